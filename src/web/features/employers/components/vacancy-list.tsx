import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { HOURS_KINDS, VACANCY_STATUSES } from '../../../../contracts/employment.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { municipalityByCode } from '../../../../contracts/municipalities.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FilterForm } from '../../../components/ui/filter-form.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useDraft } from '../../../lib/use-filter.ts';
import { OccupationField } from '../../../components/fields/occupation-field.tsx';
import { useVacancies } from '../api/vacancies.ts';
import { formatWage } from '../../../lib/amounts.ts';
import { MunicipalityField } from '../../../components/fields/municipality-field.tsx';

/** Vacancies, newest opening first, filtered by status, occupation, municipality, hours and words. */
export function VacancyList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const search = useSearch({ strict: false }) as { employerId?: string };
  const employerId = typeof search.employerId === 'string' ? search.employerId : undefined;
  const filter = useDraft({ q: '', status: 'open', isco: null as string | null, municipalityCode: null as string | null, hours: '' });
  const a = filter.applied;
  const list = useVacancies({
    employerId,
    q: a.q.trim() || undefined,
    status: (a.status || undefined) as (typeof VACANCY_STATUSES)[number] | undefined,
    isco: a.isco ?? undefined,
    municipalityCode: a.municipalityCode ?? undefined,
    hours: (a.hours || undefined) as (typeof HOURS_KINDS)[number] | undefined,
  });
  const items = (list.data?.pages ?? []).flatMap((page) => page.items);

  return (
    <>
      <FilterForm onApply={filter.apply}>
        <TextField id="vacancies-q" label={t('employers.vacancy.search')} type="search" value={filter.draft.q} onChange={filter.set('q')} maxLength={LIMITS.searchMax} />
        <SelectField id="vacancies-status" label={t('employers.vacancy.fields.status')} value={filter.draft.status} onChange={filter.set('status')}
          emptyLabel={t('filters.all')} options={VACANCY_STATUSES.map((s) => ({ value: s, label: t(`employers.vacancy.statuses.${s}`) }))} />
        <OccupationField id="vacancies-isco" label={t('employers.vacancy.fields.iscoCode')} value={filter.draft.isco} onChange={filter.set('isco')} />
        <MunicipalityField id="vacancies-municipality" label={t('employers.vacancy.fields.municipalityCode')} value={filter.draft.municipalityCode} onChange={filter.set('municipalityCode')} emptyLabel={t('filters.all')} />
        <SelectField id="vacancies-hours" label={t('employers.vacancy.fields.hours')} value={filter.draft.hours} onChange={filter.set('hours')}
          emptyLabel={t('filters.all')} options={HOURS_KINDS.map((h) => ({ value: h, label: t(`employers.vacancy.hoursKinds.${h}`) }))} />
      </FilterForm>
      {employerId ? <p>{t('employers.vacancy.ofOneEmployer')} <Link to="/vacancies">{t('employers.vacancy.allEmployers')}</Link></p> : null}

      <QueryState isPending={list.isPending} error={list.error} />
      {list.data ? (
        items.length === 0 ? <p>{t('common.nothingFound')}</p> : (
          <>
            <DataTable caption={t('employers.vacancy.tableCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('employers.vacancy.fields.title')}</th>
                  <th scope="col">{t('employers.vacancy.fields.employerId')}</th>
                  <th scope="col">{t('employers.vacancy.fields.iscoCode')}</th>
                  <th scope="col">{t('employers.vacancy.fields.municipalityCode')}</th>
                  <th scope="col">{t('employers.vacancy.fields.hours')}</th>
                  <th scope="col">{t('employers.vacancy.wage')}</th>
                  <th scope="col">{t('employers.vacancy.fields.status')}</th>
                  <th scope="col">{t('employers.vacancy.fields.closesOn')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((v) => (
                  <tr key={v.id}>
                    <th scope="row"><Link to="/vacancies/$id" params={{ id: v.id }}>{v.title}</Link></th>
                    <td><Link to="/employers/$id" params={{ id: v.employerId }}>{v.employerName}</Link></td>
                    <td>{v.iscoCode} {v.occupationName}</td>
                    <td>{municipalityByCode(v.municipalityCode)?.name ?? v.municipalityCode}</td>
                    <td>{t(`employers.vacancy.hoursKinds.${v.hours}`)}{v.hoursPerWeek !== null ? `, ${t('employers.vacancy.perWeek', { hours: formatNumber(v.hoursPerWeek, language) })}` : ''}</td>
                    <td className="nowrap">
                      {formatWage(v.wageMinCents, v.wageMaxCents, language) ?? '—'}
                      {v.wageBelowMinimum ? <span className="badge badge-warning"> {t('employers.vacancy.belowMinimumShort')}</span> : null}
                    </td>
                    <td>{t(`employers.vacancy.statuses.${v.status}`)}</td>
                    <td className="nowrap">{v.closesOn ? formatDate(v.closesOn, language) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <p className="list-status">{t('employers.vacancy.shown', { shown: formatNumber(items.length, language) })}</p>
            {list.hasNextPage ? (
              <Button variant="secondary" isDisabled={list.isFetchingNextPage} onPress={() => void list.fetchNextPage()}>{t('employers.vacancy.loadMore')}</Button>
            ) : null}
          </>
        )
      ) : null}
    </>
  );
}
