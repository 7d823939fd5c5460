import { useParams } from '@tanstack/react-router';
import { CasePageView } from '../../features/cases/components/case-page.tsx';

export function CasePage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <CasePageView id={id} />;
}
