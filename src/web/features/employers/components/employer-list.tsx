import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import { municipalityByCode } from '../../../../contracts/municipalities.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FilterForm } from '../../../components/ui/filter-form.tsx';
import { CreatePanel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useDraft } from '../../../lib/use-filter.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateEmployer, useEmployerList } from '../api/employers.ts';
import { EmployerForm, employerBody, employerValuesOf } from './employer-form.tsx';
import { MunicipalityField } from '../../../components/fields/municipality-field.tsx';

/** Employers in Lithuanian name order with search and filters, and the form for a new one. */
export function EmployerList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const canCreate = useCan('employer.manage');
  const filter = useDraft({ q: '', municipalityCode: null as string | null, offersTrialPractice: '' });
  const applied = {
    q: filter.applied.q.trim() || undefined,
    municipalityCode: filter.applied.municipalityCode ?? undefined,
    offersTrialPractice: filter.applied.offersTrialPractice === '' ? undefined : filter.applied.offersTrialPractice === 'yes',
  };
  const list = useEmployerList(applied);
  const create = useCreateEmployer();
  const form = useFormProblem();
  const [existing, setExisting] = useState<{ id: string; name: string } | null>(null);
  const items = (list.data?.pages ?? []).flatMap((page) => page.items);

  return (
    <>
      <CreatePanel id="employer-new" title={t('employers.new')} canCreate={canCreate}>
        {(close) => (
          <>
            {existing ? (
              <Banner tone="warning">
                <p>{t('employers.duplicate', { name: existing.name })}</p>
                <p><Link to="/employers/$id" params={{ id: existing.id }}>{t('employers.openExisting', { name: existing.name })}</Link></p>
              </Banner>
            ) : null}
            <EmployerForm
              form="employer-new"
              mode="create"
              initial={employerValuesOf()}
              submitLabel={t('employers.create')}
              problem={form.problem}
              attempt={form.attempt}
              isPending={create.isPending}
              onCancel={() => { close(); form.setProblem(null); setExisting(null); }}
              onInvalid={form.invalid}
              onSubmit={(values) => {
                form.submitted();
                setExisting(null);
                create.mutate({ ...employerBody(values), ...(values.organisationId ? { organisationId: values.organisationId } : {}) }, {
                  onSuccess: (employer) => {
                    announce(t('employers.created', { name: employer.name }), { forNextPage: true });
                    void navigate({ to: '/employers/$id', params: { id: employer.id } });
                  },
                  onError: (error) => {
                    form.failed(error);
                    if (error instanceof ApiError && error.code === 'EMPLOYER.DUPLICATE_COMPANY_CODE') {
                      const details = error.details as { existingId?: string; existingName?: string };
                      setExisting({ id: String(details.existingId ?? ''), name: String(details.existingName ?? '') });
                    }
                  },
                });
              }}
            />
          </>
        )}
      </CreatePanel>

      <FilterForm onApply={filter.apply}>
        <TextField id="employers-q" label={t('employers.search')} description={t('employers.searchHint')} type="search" value={filter.draft.q} onChange={filter.set('q')} maxLength={LIMITS.searchMax} />
        <MunicipalityField id="employers-municipality" label={t('employers.fields.municipalityCode')} value={filter.draft.municipalityCode} onChange={filter.set('municipalityCode')} emptyLabel={t('filters.all')} />
        <SelectField
          id="employers-trial" label={t('employers.fields.offersTrialPractice')} value={filter.draft.offersTrialPractice} onChange={filter.set('offersTrialPractice')}
          emptyLabel={t('filters.all')} options={[{ value: 'yes', label: t('employers.yes') }, { value: 'no', label: t('employers.no') }]}
        />
      </FilterForm>

      <QueryState isPending={list.isPending} error={list.error} />
      {list.data ? (
        items.length === 0 ? <p>{t('common.nothingFound')}</p> : (
          <>
            <DataTable caption={t('employers.tableCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('employers.fields.name')}</th>
                  <th scope="col">{t('employers.fields.companyCode')}</th>
                  <th scope="col">{t('employers.fields.municipalityCode')}</th>
                  <th scope="col">{t('employers.fields.coachId')}</th>
                  <th scope="col">{t('employers.openVacancies')}</th>
                  <th scope="col">{t('employers.lastContact')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr key={e.id}>
                    <th scope="row"><Link to="/employers/$id" params={{ id: e.id }}>{e.name}</Link></th>
                    <td className="nowrap">{e.companyCode ?? '—'}</td>
                    <td>{municipalityByCode(e.municipalityCode)?.name ?? '—'}</td>
                    <td>{e.coachName ?? '—'}</td>
                    <td>{formatNumber(e.openVacancies, language)}</td>
                    <td className="nowrap">{e.lastContactOn ? formatDate(e.lastContactOn, language) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <p className="list-status">{t('employers.shown', { shown: formatNumber(items.length, language) })}</p>
            {list.hasNextPage ? (
              <Button variant="secondary" isDisabled={list.isFetchingNextPage} onPress={() => void list.fetchNextPage()}>{t('employers.loadMore')}</Button>
            ) : null}
          </>
        )
      ) : null}
    </>
  );
}
