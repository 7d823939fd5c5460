import { useParams } from '@tanstack/react-router';
import { SupportedEmploymentPageView } from '../../features/supported-employment/components/supported-employment-page.tsx';
import { CaseMatches } from '../../features/matching/components/case-matches.tsx';
import { useCan } from '../../lib/session.ts';

function MatchesWhenAllowed({ caseId, organisationId }: { caseId: string; organisationId: string }) {
  return useCan('matching.run', organisationId) ? <CaseMatches caseId={caseId} /> : null;
}

export function SupportedEmploymentPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <SupportedEmploymentPageView id={id} matches={(page) => <MatchesWhenAllowed {...page} />} />;
}
