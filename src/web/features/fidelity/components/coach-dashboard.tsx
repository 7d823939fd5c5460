import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyFidelity } from '../../../../contracts/fidelity.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useMyFidelity, type PeriodFilter } from '../api/fidelity.ts';
import { FigureCards, FigureNotes, PeriodForm, periodText } from './figures.tsx';

// The job coach's dashboard (/coach): her own fidelity figures for a period, and the lists
// she works from — her supported-employment participants, this week's employer contacts,
// her placement follow-ups.

export function CoachDashboard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [period, setPeriod] = useState<PeriodFilter>({ from: '', to: '' });
  const mine = useMyFidelity(period);
  const data = mine.data;
  return (
    <>
      <Panel id="my-figures" title={t('fidelity.myFigures')}>
        <PeriodForm id="my-period" onApply={setPeriod} error={mine.error} />
        <QueryState isPending={mine.isPending} error={mine.error} />
        {data ? (
          <>
            <p>{periodText(t, data.period, language)}</p>
            <FigureCards figures={data.figures} />
            <FigureNotes minimumWageCents={data.minimumMonthlyWageCents} days={data.period.days} weeks={data.period.weeks} />
          </>
        ) : null}
      </Panel>
      {data ? (
        <>
          <MyParticipants data={data} />
          <ThisWeek data={data} />
          <FollowUps data={data} />
        </>
      ) : null}
    </>
  );
}

function MyParticipants({ data }: { data: MyFidelity }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = data.participants.filter((p) => p.firstContactOverdue).length;
  return (
    <Panel id="my-participants" title={t('fidelity.participants.title')}>
      {data.participants.length === 0 ? <p>{t('fidelity.participants.none')}</p> : (
        <>
          {overdue > 0 ? <p className="overdue"><strong>{t('fidelity.participants.overdueSummary', { count: formatNumber(overdue, language) })}</strong></p> : null}
          <DataTable caption={t('fidelity.participants.caption', { count: formatNumber(data.participants.length, language) })}>
            <thead>
              <tr>
                <th scope="col">{t('fidelity.participants.participant')}</th>
                <th scope="col">{t('fidelity.participants.stage')}</th>
                <th scope="col">{t('fidelity.participants.enrolledOn')}</th>
                <th scope="col">{t('fidelity.participants.days')}</th>
                <th scope="col">{t('fidelity.participants.firstContact')}</th>
              </tr>
            </thead>
            <tbody>
              {data.participants.map((p) => (
                <tr key={p.caseId} className={p.firstContactOverdue ? 'task-overdue' : undefined}>
                  <th scope="row"><Link to="/cases/$id" params={{ id: p.caseId }}>{p.participantName ?? t('fidelity.nameHidden')}</Link></th>
                  <td>{t(`fidelity.stages.${p.stage}`)}</td>
                  <td className="nowrap">{formatDate(p.enrolledOn, language)}</td>
                  <td className="number">{formatNumber(p.daysSinceEnrolment, language)}</td>
                  <td>
                    {p.firstContactOn ? formatDate(p.firstContactOn, language)
                      : p.firstContactOverdue ? <strong className="overdue">{t('fidelity.participants.noneYetOverdue')}</strong>
                        : t('fidelity.participants.noneYet')}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
      {data.participantsNotShown > 0 ? <p className="muted">{t('fidelity.participants.notShown', { count: formatNumber(data.participantsNotShown, language) })}</p> : null}
    </Panel>
  );
}

function ThisWeek({ data }: { data: MyFidelity }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { week } = data;
  const range = { from: formatDate(week.from, language), to: formatDate(week.to, language) };
  return (
    <Panel id="my-week" title={t('fidelity.week.title')}>
      <p>{t('fidelity.week.count', { count: formatNumber(week.count, language), ...range })}</p>
      {week.contacts.length > 0 ? (
        <DataTable caption={t('fidelity.week.caption', range)}>
          <thead>
            <tr>
              <th scope="col">{t('fidelity.week.date')}</th>
              <th scope="col">{t('fidelity.week.employer')}</th>
              <th scope="col">{t('fidelity.week.kind')}</th>
              <th scope="col">{t('fidelity.week.participant')}</th>
            </tr>
          </thead>
          <tbody>
            {week.contacts.map((c) => (
              <tr key={c.id}>
                <td className="nowrap">{formatDate(c.contactedOn, language)}</td>
                <th scope="row">{c.employerName}</th>
                <td>{t(`fidelity.contactKinds.${c.kind}`)}</td>
                <td>
                  {c.caseId ? <Link to="/cases/$id" params={{ id: c.caseId }}>{c.participantName ?? t('fidelity.nameHidden')}</Link> : t('fidelity.week.noParticipant')}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </Panel>
  );
}

function FollowUps({ data }: { data: MyFidelity }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Panel id="my-follow-ups" title={t('fidelity.followUps.title')}>
      {data.followUps.length === 0 ? <p>{t('fidelity.followUps.none')}</p> : (
        <DataTable caption={t('fidelity.followUps.caption', { count: formatNumber(data.followUps.length, language) })}>
          <thead>
            <tr>
              <th scope="col">{t('fidelity.followUps.participant')}</th>
              <th scope="col">{t('fidelity.followUps.job')}</th>
              <th scope="col">{t('fidelity.followUps.months')}</th>
              <th scope="col">{t('fidelity.followUps.dueOn')}</th>
            </tr>
          </thead>
          <tbody>
            {data.followUps.map((f) => (
              <tr key={f.taskId} className={f.overdue ? 'task-overdue' : undefined}>
                <th scope="row"><Link to="/cases/$id" params={{ id: f.caseId }}>{f.participantName ?? t('fidelity.nameHidden')}</Link></th>
                <td>{f.employerName ? `${f.jobTitle}, ${f.employerName}` : f.jobTitle}</td>
                <td>{t('fidelity.followUps.monthsAfter', { months: formatNumber(f.months, language) })}</td>
                <td className="nowrap">
                  {formatDate(f.dueOn, language)}
                  {f.overdue ? <> <strong className="overdue">{t('fidelity.followUps.overdue')}</strong></> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Panel>
  );
}
