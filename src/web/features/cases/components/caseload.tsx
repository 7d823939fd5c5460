import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CASE_STAGES } from '../../../../contracts/cases.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FilterForm } from '../../../components/ui/filter-form.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { formatDate, formatDateTime, formatNumber, formatTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useDraft } from '../../../lib/use-filter.ts';
import { useCaseload, useCaseloadSummary, type CaseloadFilter } from '../api/cases.ts';

/** Appointments happen at places in Lithuania: their times are Lithuanian whatever the computer's clock says. */
const LITHUANIAN_TIME = 'Europe/Vilnius';

/** The top of the caseload: what is overdue, and who is coming today, where. */
function Today() {
  const { t } = useTranslation();
  const language = useLanguage();
  const summary = useCaseloadSummary();
  const s = summary.data;
  return (
    <Panel id="caseload-today" title={t('cases.todayTitle')}>
      <QueryState isPending={summary.isPending} error={summary.error} />
      {s ? (
        <>
          <ul className="cards caseload-cards">
            <li className={`card-static${s.overdueTasks > 0 ? ' card-alert' : ''}`}>
              <span className="card-value">{formatNumber(s.overdueTasks, language)}</span>
              <span className="card-label">{t('cases.overdueTasksCard')}</span>
            </li>
            <li className="card-static">
              <span className="card-value">{formatNumber(s.todayAppointments.length, language)}</span>
              <span className="card-label">{t('cases.appointmentsTodayCard')}</span>
            </li>
          </ul>
          <h3>{t('cases.appointmentsToday')}</h3>
          {s.todayAppointments.length === 0 ? <p>{t('cases.noAppointmentsToday')}</p> : (
            <ul className="plain-list appointments-today">
              {s.todayAppointments.map((a) => {
                const place = [t(`cases.places.${a.place}`), a.centreName, a.village].filter(Boolean).join(', ');
                return (
                  <li key={a.id}>
                    <span className="appointment-time">{formatTime(a.startsAt, language, LITHUANIAN_TIME)}–{formatTime(a.endsAt, language, LITHUANIAN_TIME)}</span>
                    <span>
                      {a.participant && a.caseId ? <Link to="/cases/$id" params={{ id: a.caseId }}>{a.participant.name}</Link> : (a.participant?.name ?? t('cases.noParticipant'))}
                      <span className="muted">, {place}</span>
                      {a.status !== 'planned' ? <span className="muted"> ({t(`cases.appointmentStatuses.${a.status}`, { defaultValue: a.status })})</span> : null}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      ) : null}
    </Panel>
  );
}

/** "My caseload": my open cases with what needs doing in each, in Lithuanian name order. */
export function Caseload() {
  const { t } = useTranslation();
  const language = useLanguage();
  const canReadAll = useCan('case.read_all');
  const filter = useDraft<CaseloadFilter>({ stage: '', scope: 'mine', includeClosed: false });
  const list = useCaseload(filter.applied);
  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const mine = filter.applied.scope === 'mine';

  return (
    <>
      <Today />
      <FilterForm onApply={filter.apply}>
        <SelectField
          id="caseload-stage" label={t('cases.stage')} value={filter.draft.stage} onChange={filter.set('stage')}
          emptyLabel={t('cases.allStages')} options={CASE_STAGES.map((s) => ({ value: s, label: t(`cases.stages.${s}`) }))}
        />
        {canReadAll ? (
          <SelectField
            id="caseload-scope" label={t('cases.scope')} value={filter.draft.scope} onChange={(v) => filter.set('scope')(v as CaseloadFilter['scope'])}
            options={[{ value: 'mine', label: t('cases.scopeMine') }, { value: 'organisation', label: t('cases.scopeOrganisation') }]}
          />
        ) : null}
        <div className="field filter-checkbox">
          <Checkbox id="caseload-closed" label={t('cases.includeClosed')} isSelected={filter.draft.includeClosed} onChange={filter.set('includeClosed')} />
        </div>
      </FilterForm>

      <QueryState isPending={list.isPending} error={list.error} />
      {list.data ? (
        items.length === 0 ? <p>{mine ? t('cases.noCases') : t('common.nothingFound')}</p> : (
          <>
            <div className="caseload-wide">
            <DataTable caption={mine ? t('cases.tableCaptionMine') : t('cases.tableCaptionOrganisation')}>
              <thead>
                <tr>
                  <th scope="col">{t('cases.participantAndProgramme')}</th>
                  <th scope="col">{t('cases.stage')}</th>
                  <th scope="col">{t('cases.overdueTasks')}</th>
                  <th scope="col">{t('cases.nextAppointment')}</th>
                  <th scope="col">{t('cases.myRole')}</th>
                  <th scope="col">{t('cases.openedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className="case-cell">
                      <Link to="/cases/$id" params={{ id: c.id }}>{c.participant?.name ?? t('cases.nameHidden')}</Link>
                      <span className="case-programme">{c.programme.name}</span>
                    </th>
                    <td><span className={`stage-badge stage-badge-${c.stage}`}>{t(`cases.stages.${c.stage}`)}</span></td>
                    <td className="number">{c.overdueTasks > 0 ? <strong className="overdue">{formatNumber(c.overdueTasks, language)}</strong> : '0'}</td>
                    <td className="nowrap">{c.nextAppointmentAt ? formatDateTime(c.nextAppointmentAt, language, LITHUANIAN_TIME) : '—'}</td>
                    <td>{c.myRoles.map((role) => t(`roles.${role}`)).join(', ') || '—'}</td>
                    <td className="nowrap">{formatDate(c.openedOn, language)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            </div>
            {/* On a phone the same cases as cards; CSS shows one of the two, so a screen reader meets one. */}
            <section className="caseload-narrow" aria-labelledby="caseload-cards-title">
              <h2 id="caseload-cards-title" className="visually-hidden">{mine ? t('cases.tableCaptionMine') : t('cases.tableCaptionOrganisation')}</h2>
              <ul className="case-cards">
                {items.map((c) => (
                  <li key={c.id} className="case-card">
                    <h3><Link to="/cases/$id" params={{ id: c.id }}>{c.participant?.name ?? t('cases.nameHidden')}</Link></h3>
                    <p className="case-card-line">
                      <span className={`stage-badge stage-badge-${c.stage}`}>{t(`cases.stages.${c.stage}`)}</span>
                      {c.overdueTasks > 0 ? <strong className="overdue">{t('cases.overdueN', { count: c.overdueTasks })}</strong> : null}
                    </p>
                    {c.nextAppointmentAt ? <p className="case-card-line">{t('cases.nextAppointmentAt', { at: formatDateTime(c.nextAppointmentAt, language, LITHUANIAN_TIME) })}</p> : null}
                    <p className="case-programme">{c.programme.name}</p>
                  </li>
                ))}
              </ul>
            </section>
            <p className="list-status">{t('cases.shown', { shown: formatNumber(items.length, language) })}</p>
            {list.hasNextPage ? (
              <Button variant="secondary" isDisabled={list.isFetchingNextPage} onPress={() => void list.fetchNextPage()}>{t('cases.loadMore')}</Button>
            ) : null}
          </>
        )
      ) : null}
    </>
  );
}
