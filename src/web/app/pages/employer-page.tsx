import { useParams } from '@tanstack/react-router';
import { EmployerDetails } from '../../features/employers/components/employer-details.tsx';

export function EmployerPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <EmployerDetails id={id} />;
}
