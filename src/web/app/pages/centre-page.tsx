import { useParams } from '@tanstack/react-router';
import { CentreDetails } from '../../features/centres/components/centre-details.tsx';

export function CentrePage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <CentreDetails id={id} />;
}
