import { useParams } from '@tanstack/react-router';
import { VacancyDetails } from '../../features/employers/components/vacancy-page.tsx';
import { VacancyMatches } from '../../features/matching/components/vacancy-matches.tsx';
import { useCan } from '../../lib/session.ts';

function MatchesWhenAllowed({ vacancy }: { vacancy: { id: string; organisationId: string; status: string } }) {
  const allowed = useCan('matching.run', vacancy.organisationId);
  return allowed && vacancy.status === 'open' ? <VacancyMatches vacancyId={vacancy.id} /> : null;
}

export function VacancyPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <VacancyDetails id={id} matches={(vacancy) => <MatchesWhenAllowed vacancy={vacancy} />} />;
}
