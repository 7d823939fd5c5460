import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../../contracts/cases.ts';
import type { Language } from '../../../../contracts/roles.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useTimeline } from '../api/cases.ts';
import { useServiceCatalogue } from '../api/plans.ts';

interface Member { userId: string; name: string; role: string }

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The sentence for one event, in the reader's language. The server sends a kind and its
 * parameters; kinds written by other case features read `cases.events.<kind>` with the
 * parameters when the locale has it, and name the kind otherwise.
 */
export function eventSentence(
  entry: TimelineEntry, t: TFunction, language: Language, exists: (key: string) => boolean, serviceName: (key: string) => string = (key) => key,
): string {
  const p = entry.params;
  const stage = (key: unknown) => t(`cases.stages.${text(key)}`);
  switch (entry.kind) {
    case 'opened':
      return t('cases.events.opened');
    case 'stage_changed':
      if (p.to === 'closed') return t('cases.events.closed', { outcome: t(`cases.outcomes.${text(p.outcome)}`), date: formatDate(text(p.outcomeOn), language) });
      if (p.from === 'closed') return t('cases.events.reopened', { stage: stage(p.to), reason: text(p.reason) });
      if (p.direction === 'back') return t('cases.events.movedBack', { stage: stage(p.to), reason: text(p.reason) });
      return t('cases.events.moved', { stage: stage(p.to) });
    case 'team_changed': {
      const list = (members: unknown) => (Array.isArray(members) ? (members as Member[]) : [])
        .map((m) => `${m.name} (${t(`roles.${m.role}`)})`).join(', ');
      const added = list(p.added);
      const removed = list(p.removed);
      return [added && t('cases.events.teamJoined', { names: added }), removed && t('cases.events.teamLeft', { names: removed })].filter(Boolean).join('. ');
    }
    case 'handed_over':
      return t('cases.events.handedOver', { from: text(p.fromName) || '—', to: text(p.toName), note: text(p.note) });
    case 'assessment_started':
      return t('cases.events.assessmentStarted', { questionnaire: t(`cases.questionnaires.${text(p.questionnaireKey)}`) });
    case 'assessment_completed':
      return t('cases.events.assessmentCompleted', {
        questionnaire: t(`cases.questionnaires.${text(p.questionnaireKey)}`), profile: t(`assessments.profiles.${text(p.profile)}`),
      });
    case 'service_delivered':
      return t('cases.events.service_delivered', { service: serviceName(text(p.serviceKey)), minutes: p.minutes });
    case 'employer_contacted':
      return t('employers.timeline.employer_contacted', {
        employer: text(p.employerName), kind: t(`employers.contactKinds.${text(p.kind)}`), date: formatDate(text(p.contactedOn), language),
      });
    case 'service_removed':
      return t('cases.events.service_removed', {
        service: serviceName(text(p.serviceKey)), deliveredOn: formatDate(text(p.deliveredOn), language), minutes: p.minutes, reason: text(p.reason),
      });
    // Supported employment (issue 5): its stages have names of their own.
    case 'supported_employment_started':
      return t('supportedEmployment.events.started', { coach: text(p.coachName), date: formatDate(text(p.startedOn), language) });
    case 'supported_employment_stage_changed':
      return p.direction === 'back'
        ? t('supportedEmployment.events.movedBack', { stage: t(`supportedEmployment.stages.${text(p.to)}`), reason: text(p.reason) })
        : t('supportedEmployment.events.moved', { stage: t(`supportedEmployment.stages.${text(p.to)}`) });
    case 'supported_employment_agreed':
      return t('supportedEmployment.events.agreed', { date: formatDate(text(p.agreementOn), language) });
    case 'supported_employment_coach_changed':
      return t('supportedEmployment.events.coachChanged', { from: text(p.fromName) || '—', to: text(p.toName) });
    case 'supported_employment_ended':
      return t('supportedEmployment.events.ended', { date: formatDate(text(p.endedOn), language), reason: text(p.reason) });
    case 'supported_employment_resumed':
      return t('supportedEmployment.events.resumed');
    case 'vocational_profile_saved':
      return t('supportedEmployment.events.profileSaved');
    // Placements (issue 5, decision 0034).
    case 'placement_recorded':
      return t('placements.events.recorded', { kind: t(`placements.kinds.${text(p.kind)}`), date: formatDate(text(p.startsOn), language) });
    case 'placement_ended':
      return t('placements.events.ended', {
        kind: t(`placements.kinds.${text(p.kind)}`), date: formatDate(text(p.endedOn), language), reason: t(`placements.endReasons.${text(p.endReason)}`),
      });
    case 'placement_follow_up_recorded':
      return t(p.stillEmployed ? 'placements.events.followUpEmployed' : 'placements.events.followUpNotEmployed', { months: p.months });
    case 'job_analysis_recorded':
      return t('supportedEmployment.events.jobAnalysisRecorded', { employer: text(p.employerName), date: formatDate(text(p.analysedOn), language) });
    default: {
      // Dates as the reader writes them (2024-05-21 in Lithuanian, 21/05/2024 in English).
      const params = Object.fromEntries(Object.entries(p).map(([key, value]) => [key, isDay(value) ? formatDate(value, language) : value]));
      return exists(`cases.events.${entry.kind}`) ? t(`cases.events.${entry.kind}`, params) : t('cases.events.other', { kind: entry.kind });
    }
  }
}

/** What happened in the case, newest first, page after page. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const timeline = useTimeline(caseId);
  // The whole catalogue, withdrawn types too: an old entry still names its service.
  const catalogue = useServiceCatalogue();
  const names = new Map((catalogue.data ?? []).flatMap((group) => group.types).map((type) => [type.key, language === 'lt' ? type.nameLt : type.nameEn]));
  const entries = (timeline.data?.pages ?? []).flatMap((page) => page.items);
  return (
    <Panel id="case-timeline" title={t('cases.timelineTitle')}>
      <QueryState isPending={timeline.isPending} error={timeline.error} />
      {timeline.data && entries.length === 0 ? <p>{t('cases.noEvents')}</p> : null}
      {entries.length > 0 ? (
        <ol className="timeline case-timeline">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="timeline-date">{formatDateTime(entry.at, language)}</span>
              <span>
                {eventSentence(entry, t, language, (key) => i18n.exists(key), (key) => names.get(key) ?? key)}
                <span className="timeline-actor"> — {entry.actor?.name ?? t('cases.system')}</span>
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {timeline.hasNextPage ? (
        <Button variant="secondary" isDisabled={timeline.isFetchingNextPage} onPress={() => void timeline.fetchNextPage()}>{t('cases.earlierEvents')}</Button>
      ) : null}
    </Panel>
  );
}
