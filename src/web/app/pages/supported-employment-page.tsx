import { useParams } from '@tanstack/react-router';
import { SupportedEmploymentPageView } from '../../features/supported-employment/components/supported-employment-page.tsx';

export function SupportedEmploymentPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <SupportedEmploymentPageView id={id} />;
}
