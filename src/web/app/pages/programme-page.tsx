import { useParams } from '@tanstack/react-router';
import { ProgrammeDetails } from '../../features/programmes/components/programme-details.tsx';
import { ProgrammeFidelityPanel } from '../../features/fidelity/components/programme-fidelity-panel.tsx';
import { useCan } from '../../lib/session.ts';

function FidelityWhenAllowed({ programme }: { programme: { id: string; organisationId: string } }) {
  const allowed = useCan('fidelity.read', programme.organisationId);
  return allowed ? <ProgrammeFidelityPanel programmeId={programme.id} /> : null;
}

export function ProgrammePage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <ProgrammeDetails id={id} fidelity={(programme) => <FidelityWhenAllowed programme={programme} />} />;
}
