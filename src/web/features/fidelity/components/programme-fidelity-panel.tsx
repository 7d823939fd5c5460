import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FidelityAnchor, FidelityVerdict, ProgrammeFidelity } from '../../../../contracts/fidelity.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useProgrammeFidelity, type PeriodFilter } from '../api/fidelity.ts';
import { FigureNotes, PeriodForm, figureValue, notYetText, periodText, useFigureWords, type FigureKind } from './figures.tsx';

// "Remiamo įdarbinimo rodikliai" on the programme page: the fidelity figures per job coach
// and for the programme, for a chosen period. Shown only to users with fidelity.read in the
// programme's organisation (the server checks again).

type Row = Pick<ProgrammeFidelity['totals'], 'caseload' | 'contactsPerWeek' | 'firstContact' | 'competitive'>;

/** A cell: the value, then the verdict in words (the anchor is in the column header). */
function FigureCell({ kind, figure }: { kind: FigureKind; figure: { value: number | null; verdict: FidelityVerdict } }) {
  const language = useLanguage();
  const words = useFigureWords();
  return (
    <td className={`number fidelity-${figure.verdict}`}>
      {figureValue(kind, figure.value, language)}
      <span className="fidelity-cell-verdict">{words.verdict(figure.verdict)}</span>
    </td>
  );
}

function Cells({ row }: { row: Row }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <FigureCell kind="caseload" figure={row.caseload} />
      <FigureCell kind="contactsPerWeek" figure={row.contactsPerWeek} />
      <FigureCell kind="medianDays" figure={row.firstContact.medianDays} />
      <FigureCell kind="shareWithin30Days" figure={row.firstContact.shareWithin30Days} />
      <td>{notYetText(t, row.firstContact.notYet, language, true)}</td>
      <td className="number">{formatNumber(row.competitive.placements, language)}</td>
      <FigureCell kind="competitive" figure={row.competitive} />
    </>
  );
}

export function ProgrammeFidelityPanel({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const words = useFigureWords();
  const [period, setPeriod] = useState<PeriodFilter>({ from: '', to: '' });
  const figures = useProgrammeFidelity(programmeId, period);
  const data = figures.data;
  const header = (label: string, kind: FigureKind, anchor: FidelityAnchor) => (
    <th scope="col">{label}<span className="fidelity-cell-verdict">{words.anchor(kind, anchor)}</span></th>
  );
  return (
    <Panel id="fidelity" title={t('fidelity.programme.title')}>
      <PeriodForm id="fidelity-period" onApply={setPeriod} error={figures.error} />
      <QueryState isPending={figures.isPending} error={figures.error} />
      {data ? (
        <>
          <p>{periodText(t, data.period, language)}</p>
          {data.coaches.length === 0 ? <p>{t('fidelity.programme.noCoaches')}</p> : null}
          <DataTable caption={t('fidelity.programme.caption', { from: formatDate(data.period.from, language), to: formatDate(data.period.to, language) })}>
            <thead>
              <tr>
                <th scope="col">{t('fidelity.programme.coach')}</th>
                {header(t('fidelity.caseload'), 'caseload', data.totals.caseload.anchor)}
                {header(t('fidelity.contactsPerWeek'), 'contactsPerWeek', data.totals.contactsPerWeek.anchor)}
                {header(t('fidelity.medianDays'), 'medianDays', data.totals.firstContact.medianDays.anchor)}
                {header(t('fidelity.shareWithin30Days'), 'shareWithin30Days', data.totals.firstContact.shareWithin30Days.anchor)}
                <th scope="col">{t('fidelity.programme.notYet')}</th>
                <th scope="col">{t('fidelity.programme.placements')}</th>
                {header(t('fidelity.competitiveShare'), 'competitive', data.totals.competitive.anchor)}
              </tr>
            </thead>
            <tbody>
              {data.coaches.map((row) => (
                <tr key={row.coach.id}>
                  <th scope="row">
                    {row.coach.name}
                    <span className="fidelity-cell-verdict">{t('fidelity.programme.inProgramme', { count: formatNumber(row.caseloadInProgramme, language) })}</span>
                  </th>
                  <Cells row={row} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">
                  {t('fidelity.programme.totals')}
                  <span className="fidelity-cell-verdict">{t('fidelity.programme.activeProcesses', { count: formatNumber(data.totals.activeProcesses, language) })}</span>
                </th>
                <Cells row={data.totals} />
              </tr>
            </tfoot>
          </DataTable>
          <p className="muted">{t('fidelity.programme.totalsNote')}</p>
          <FigureNotes minimumWageCents={data.minimumMonthlyWageCents} days={data.period.days} weeks={data.period.weeks} />
        </>
      ) : null}
    </Panel>
  );
}
