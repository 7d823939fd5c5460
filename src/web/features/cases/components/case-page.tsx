import { Link } from '@tanstack/react-router';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useCase, type Case } from '../api/cases.ts';
import { CaseOutcomePanel } from './case-outcome.tsx';
import { StagePanel } from './case-stage.tsx';
import { CaseTeam } from './case-team.tsx';
import { CaseTimeline } from './case-timeline.tsx';
import { AssessmentsPanel } from './assessments-panel.tsx';
import { PlanPanel } from './plan-panel.tsx';
import { TasksPanel } from './tasks-panel.tsx';
import { ServicesPanel } from './services-panel.tsx';
import { AppointmentsPanel } from './appointments-panel.tsx';

/** What every section of the case page is given. */
export interface CaseSectionProps {
  caseRecord: Case;
  /** case.work in the case's organisation: log services, appointments, tasks, assessments. */
  canWork: boolean;
  /** case.manage there: move stages, edit the plan and the team, hand over, close. */
  canManage: boolean;
  /** Reads the case again (after "someone else saved first"). */
  onRefetch: () => Promise<unknown>;
}

/** A closed case takes no new assessments, plan changes, services or appointments (the server refuses them: CASE.CLOSED). */
export const forNewWork = (props: CaseSectionProps): CaseSectionProps =>
  props.caseRecord.stage === 'closed' ? { ...props, canWork: false, canManage: false } : props;

/** A section of the case page. */
export interface CaseSection { id: string; render: (props: CaseSectionProps) => ReactNode }

/**
 * The sections of the case page, top to bottom. Each case feature adds its panel here with
 * one line and its own file in this folder; the header above them is the case's own. Other
 * features' sections (placements, supported employment) are given by the page and come
 * after the appointments.
 */
const SECTIONS: readonly CaseSection[] = [
  { id: 'stage', render: (props) => <StagePanel {...props} /> },
  { id: 'outcome', render: ({ caseRecord }) => <CaseOutcomePanel caseRecord={caseRecord} /> },
  { id: 'assessments', render: (props) => <AssessmentsPanel {...forNewWork(props)} /> },
  { id: 'plan', render: (props) => <PlanPanel caseId={props.caseRecord.id} canManage={forNewWork(props).canManage} /> },
  { id: 'services', render: (props) => <ServicesPanel {...forNewWork(props)} /> },
  { id: 'appointments', render: (props) => <AppointmentsPanel {...forNewWork(props)} /> },
  { id: 'tasks', render: (props) => <TasksPanel {...props} /> },
  { id: 'team', render: (props) => <CaseTeam {...props} /> },
  { id: 'timeline', render: ({ caseRecord }) => <CaseTimeline caseId={caseRecord.id} /> },
];

const withSections = (extra: readonly CaseSection[]) => {
  const at = SECTIONS.findIndex((section) => section.id === 'appointments') + 1;
  return [...SECTIONS.slice(0, at), ...extra, ...SECTIONS.slice(at)];
};

/** A participant's case: who, which programme, the stage, and the sections below. */
export function CasePageView({ id, sections = [] }: { id: string; sections?: readonly CaseSection[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useCase(id);
  const organisationId = query.data?.organisationId ?? null;
  const canWork = useCan('case.work', organisationId);
  const canManage = useCan('case.manage', organisationId);

  if (!query.data) {
    return (
      <>
        <PageHeader title={t('cases.caseTitle')} />
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }
  const c = query.data;
  const props: CaseSectionProps = { caseRecord: c, canWork, canManage, onRefetch: query.refetch };
  return (
    <>
      <PageHeader title={c.participant ? t('cases.caseOf', { name: c.participant.name }) : t('cases.caseTitle')} />
      <p className="breadcrumb"><Link to="/cases">{t('cases.backToCaseload')}</Link></p>
      <dl className="facts">
        <div>
          <dt>{t('cases.participant')}</dt>
          <dd>{c.participant ? <Link to="/participants/$id" params={{ id: c.participant.id }}>{c.participant.name}</Link> : t('cases.nameHidden')}</dd>
        </div>
        <div><dt>{t('cases.programme')}</dt><dd><Link to="/programmes/$id" params={{ id: c.programme.id }}>{c.programme.name}</Link></dd></div>
        <div><dt>{t('cases.stage')}</dt><dd><strong>{t(`cases.stages.${c.stage}`)}</strong></dd></div>
        <div><dt>{t('cases.caseManager')}</dt><dd>{c.caseManager?.name ?? t('cases.noCaseManager')}</dd></div>
        <div><dt>{t('cases.openedOn')}</dt><dd>{formatDate(c.openedOn, language)}</dd></div>
        {c.closedOn ? <div><dt>{t('cases.closedOn')}</dt><dd>{formatDate(c.closedOn, language)}</dd></div> : null}
      </dl>
      {withSections(sections).map((section) => <Fragment key={section.id}>{section.render(props)}</Fragment>)}
    </>
  );
}
