import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import { SCREENING_RESULTS } from '../../../../contracts/eligibility.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useBulkScreening } from '../api/programmes.ts';
import { factLabel } from './screening-result.tsx';

const FIRST_PAGE = 50;

/** The whole registry (or one municipality) against the programme: this is how a municipality finds whom to invite. */
export function BulkScreeningPanel({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bulk = useBulkScreening(programmeId);
  const [municipality, setMunicipality] = useState('');
  const [result, setResult] = useState('eligible');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    bulk.mutate({ limit: FIRST_PAGE, ...(municipality.trim() ? { municipality: municipality.trim() } : {}), ...(result ? { result: result as (typeof SCREENING_RESULTS)[number] } : {}) });
  };
  const data = bulk.data;
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
      {data && data.items.length > 0 ? (
        <DataTable caption={data.truncated ? t('bulk.captionFirst', { count: data.items.length }) : t('bulk.caption', { count: data.items.length })}>
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
      ) : null}
    </Panel>
  );
}
