import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import { SCREENING_RESULTS, type BulkScreening, type BulkScreeningRequest } from '../../../../contracts/eligibility.ts';
import type { Language } from '../../../../contracts/roles.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { downloadCsv } from '../../../lib/csv.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useBulkScreening } from '../api/programmes.ts';
import { factLabel } from './screening-result.tsx';

export const PAGE_SIZE = 50;
/** The most the API lists in one answer: the whole list for the download. */
const DOWNLOAD_MAX = 200_000;

type Request = Omit<BulkScreeningRequest, 'limit' | 'offset'>;

/** The rows of the downloaded file: a header in the page's language, then one person a row. */
export function bulkRows(items: BulkScreening['items'], language: Language, t: (key: string) => string): string[][] {
  return [
    [t('bulk.csvName'), t('bulk.result'), t('bulk.missing')],
    ...items.map((item) => [item.name, t(`screening.results.${item.result}`), item.missing.map((f) => factLabel(f, language)).join(', ')]),
  ];
}

/**
 * The whole registry (or one municipality) against the programme: this is how a municipality
 * finds whom to invite. The list comes a page at a time, in the order of names; the
 * download is the whole list. Later pages and the download use the date of the first
 * answer, so they all read the same rules.
 */
export function BulkScreeningPanel({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bulk = useBulkScreening(programmeId);
  const download = useBulkScreening(programmeId);
  const [municipality, setMunicipality] = useState('');
  const [result, setResult] = useState('eligible');
  // The last answer and what it was asked with; it stays on screen while the next page loads.
  const [shown, setShown] = useState<{ request: Request; data: BulkScreening } | null>(null);

  /** A page of the list; turning pages says which people are shown now (the table is not a live region). */
  const load = (request: Request, offset: number, turning = false) =>
    bulk.mutate({ ...request, limit: PAGE_SIZE, offset }, {
      onSuccess: (data) => {
        setShown({ request: { ...request, date: data.date }, data });
        if (turning) announce(rangeText(data));
      },
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown(null);
    load({ ...(municipality.trim() ? { municipality: municipality.trim() } : {}), ...(result ? { result: result as (typeof SCREENING_RESULTS)[number] } : {}) }, 0);
  };
  const saveAll = () => {
    if (!shown) return;
    download.mutate({ ...shown.request, offset: 0, limit: Math.min(shown.data.matched, DOWNLOAD_MAX) }, {
      onSuccess: (all) => downloadCsv(t('bulk.fileName', { date: all.date }), bulkRows(all.items, language, t)),
    });
  };
  const rangeText = (data: BulkScreening) =>
    t('bulk.showing', { from: formatNumber(data.offset + 1, language), to: formatNumber(data.offset + data.items.length, language), total: formatNumber(data.matched, language) });

  const data = shown?.data;
  return (
    <Panel id="bulk-screening" title={t('bulk.title')}>
      <p>{t('bulk.intro')}</p>
      <form className="filters" onSubmit={submit} noValidate aria-label={t('bulk.title')}>
        <div className="filters-fields">
          <TextField id="bulk-municipality" label={t('bulk.municipality')} description={t('bulk.municipalityHint')} value={municipality} onChange={setMunicipality} maxLength={LIMITS.nameMax} />
          <SelectField id="bulk-result" label={t('bulk.show')} value={result} onChange={setResult} emptyLabel={t('bulk.everyone')}
            options={SCREENING_RESULTS.map((r) => ({ value: r, label: t(`screening.results.${r}`) }))} />
        </div>
        <div className="filters-actions"><Button type="submit" isDisabled={bulk.isPending}>{t('bulk.run')}</Button></div>
      </form>
      <QueryState isPending={bulk.isPending} error={bulk.error} />
      {data ? (
        <div role="status">
          <ul className="cards">
            {SCREENING_RESULTS.map((r) => (
              <li key={r} className="card card-static"><span className="card-value">{formatNumber(data.counts[r], language)}</span><span className="card-label">{t(`screening.results.${r}`)}</span></li>
            ))}
          </ul>
          <p>{t('bulk.summary', { total: formatNumber(data.total, language), version: data.ruleSetVersion })}</p>
        </div>
      ) : null}
      {shown && data && data.items.length > 0 ? (
        <>
          <DataTable caption={rangeText(data)}>
            <thead><tr><th scope="col">{t('enrolments.participant')}</th><th scope="col">{t('bulk.result')}</th><th scope="col">{t('bulk.missing')}</th></tr></thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row"><Link to="/participants/$id" params={{ id: item.id }}>{item.name}</Link></th>
                  <td>{t(`screening.results.${item.result}`)}</td>
                  <td>{item.missing.map((f) => factLabel(f, language)).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {data.offset > 0 || data.truncated ? (
            <nav className="pagination" aria-label={t('bulk.pages')}>
              <Button variant="secondary" isDisabled={bulk.isPending || data.offset === 0} onPress={() => load(shown.request, Math.max(0, data.offset - PAGE_SIZE), true)}>{t('pagination.previous')}</Button>
              <span>{rangeText(data)}</span>
              <Button variant="secondary" isDisabled={bulk.isPending || !data.truncated} onPress={() => load(shown.request, data.offset + PAGE_SIZE, true)}>{t('pagination.next')}</Button>
            </nav>
          ) : null}
          <p>
            <Button variant="secondary" isDisabled={download.isPending} onPress={saveAll}>{t('bulk.download')}</Button>
            <br /><span className="field-description">{t('bulk.downloadHint', { count: formatNumber(data.matched, language) })}</span>
          </p>
          <QueryState isPending={download.isPending} error={download.error} />
        </>
      ) : null}
    </Panel>
  );
}
