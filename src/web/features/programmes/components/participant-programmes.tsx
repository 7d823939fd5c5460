import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CASE_OUTCOMES } from '../../../../contracts/cases.ts';
import type { Enrolment } from '../../../../contracts/programmes.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useProgrammeHistory, useProgrammes, useScreeningsOf } from '../api/programmes.ts';

/** A person's programme history: every enrolment, waiting place and exit. */
export function ProgrammeHistory({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useProgrammeHistory(participantId);
  return (
    <Panel id="programme-history" title={t('enrolments.historyTitle')}>
      <QueryState isPending={history.isPending} error={history.error} />
      {history.data && history.data.length === 0 ? <p>{t('enrolments.noHistory')}</p> : null}
      {history.data && history.data.length > 0 ? (
        <DataTable caption={t('enrolments.historyCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('enrolments.programme')}</th>
              <th scope="col">{t('enrolments.status')}</th>
              <th scope="col">{t('enrolments.enrolledOn')}</th>
              <th scope="col">{t('enrolments.exitedOn')}</th>
              <th scope="col">{t('enrolments.case')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((e) => (
              <tr key={e.id}>
                <th scope="row"><Link to="/programmes/$id" params={{ id: e.programmeId }}>{e.programmeName}</Link></th>
                <td>{statusText(e, t)}</td>
                <td className="nowrap">{e.enrolledOn ? formatDate(e.enrolledOn, language) : '—'}</td>
                <td>{e.exitedOn ? `${formatDate(e.exitedOn, language)}${e.exitReason ? ` — ${exitReasonText(e, t)}` : ''}` : '—'}</td>
                <td>{e.caseId ? <Link to="/cases/$id" params={{ id: e.caseId }}>{t('enrolments.openCase')}</Link> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </Panel>
  );
}

/** A case closed with an outcome exits its enrolment with the outcome's key as the reason: said in words. */
function exitReasonText(e: Enrolment, t: TFunction): string {
  return e.caseId && (CASE_OUTCOMES as readonly string[]).includes(e.exitReason) ? t(`cases.outcomes.${e.exitReason}`) : e.exitReason;
}

export function statusText(e: Enrolment, t: TFunction): string {
  if (e.status === 'waiting') return t('enrolments.waitingAt', { position: e.waitingPosition ?? '' });
  return t(`enrolments.statuses.${e.status}`);
}

interface Event { at: string; dateOnly: boolean; text: string; key: string }

/**
 * What happened to the person, newest first. There is no timeline endpoint yet: this
 * is composed here from the registration date, the stored screenings of each programme
 * of the person's organisation (one request per programme, each audited) and the enrolments.
 */
export function ParticipantTimeline({ participantId, organisationId, registeredAt }: { participantId: string; organisationId: string; registeredAt: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useProgrammeHistory(participantId);
  const programmes = useProgrammes();
  const canScreen = useCan('screening.run');
  const names = new Map((programmes.data?.items ?? []).map((p) => [p.id, p.name]));
  // Screenings are kept per programme; only the person's own organisation's programmes can have screened them.
  const own = (programmes.data?.items ?? []).filter((p) => p.organisationId === organisationId).map((p) => p.id);
  const screenings = useScreeningsOf(participantId, canScreen ? own : []);

  const events: Event[] = [{ at: registeredAt, dateOnly: false, text: t('timeline.registered'), key: 'registered' }];
  for (const s of screenings.data ?? []) {
    events.push({ at: s.createdAt, dateOnly: false, key: `s-${s.id}`, text: t('timeline.screened', { programme: names.get(s.programmeId) ?? '', result: t(`screening.results.${s.result}`) }) });
  }
  for (const e of history.data ?? []) {
    if (e.waitingSince) events.push({ at: e.waitingSince, dateOnly: false, key: `w-${e.id}`, text: t('timeline.waiting', { programme: e.programmeName }) });
    if (e.enrolledOn) events.push({ at: e.enrolledOn, dateOnly: true, key: `e-${e.id}`, text: t(e.overrideReason ? 'timeline.enrolledOverride' : 'timeline.enrolled', { programme: e.programmeName, reason: e.overrideReason }) });
    if (e.exitedOn) events.push({ at: e.exitedOn, dateOnly: true, key: `x-${e.id}`, text: t('timeline.exited', { programme: e.programmeName, reason: exitReasonText(e, t) }) });
  }
  events.sort((a, b) => b.at.localeCompare(a.at));

  return (
    <Panel id="timeline" title={t('timeline.title')}>
      <QueryState isPending={history.isPending} error={history.error ?? screenings.error} />
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.key}>
            <span className="timeline-date">{event.dateOnly ? formatDate(event.at, language) : formatDateTime(event.at, language)}</span>
            <span>{event.text}</span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
