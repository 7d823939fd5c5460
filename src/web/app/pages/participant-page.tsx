import { useParams } from '@tanstack/react-router';
import { ParticipantDetails } from '../../features/participants/components/participant-details.tsx';
import { ParticipantTimeline, ProgrammeHistory } from '../../features/programmes/components/participant-programmes.tsx';
import { ScreeningPanel } from '../../features/programmes/components/screening-panel.tsx';

// The profile is the participants feature's; screening, programme history and the
// timeline come from the programmes feature and are composed here.
export function ParticipantPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return (
    <ParticipantDetails id={id}>
      {(participant) => (
        <>
          <ScreeningPanel participantId={participant.id} organisationId={participant.organisationId} />
          <ProgrammeHistory participantId={participant.id} />
          <ParticipantTimeline participantId={participant.id} organisationId={participant.organisationId} registeredAt={participant.createdAt} />
        </>
      )}
    </ParticipantDetails>
  );
}
