import { useParams } from '@tanstack/react-router';
import { ProgrammeDetails } from '../../features/programmes/components/programme-details.tsx';

export function ProgrammePage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <ProgrammeDetails id={id} />;
}
