import { useParams } from '@tanstack/react-router';
import { CasePageView, forNewWork, type CaseSection } from '../../features/cases/components/case-page.tsx';
import { PlacementsPanel } from '../../features/placements/components/placements-panel.tsx';
import { SupportedEmploymentSection } from '../../features/supported-employment/components/case-section.tsx';

// The case page with the sections of the features that hang off a case.
const SECTIONS: readonly CaseSection[] = [
  { id: 'supported-employment', render: (props) => <SupportedEmploymentSection caseId={props.caseRecord.id} canWork={forNewWork(props).canWork} /> },
  { id: 'placements', render: (props) => <PlacementsPanel caseRecord={props.caseRecord} canWork={props.canWork} /> },
];

export function CasePage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <CasePageView id={id} sections={SECTIONS} />;
}
