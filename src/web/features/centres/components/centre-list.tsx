import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FilterForm, useDraft } from '../../../components/ui/filter-form.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { formProblemOf, type FormProblem } from '../../../lib/form-errors.ts';
import { useOrganisationOptions } from '../../../lib/lookups.ts';
import { useCan } from '../../../lib/session.ts';
import { useCentres, useCreateCentre } from '../api/centres.ts';
import { CentreForm, toBody, valuesOf } from './centre-form.tsx';
import { CentreTable } from './centre-table.tsx';

export function CentreList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useCan('centre.manage');
  const organisations = useOrganisationOptions();
  const filter = useDraft({ q: '', organisationId: '' });
  const [page, setPage] = useState(1);
  const list = useCentres({ ...filter.applied, page, pageSize: LIMITS.pageSizeDefault });
  const [creating, setCreating] = useState(false);
  const create = useCreateCentre();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  return (
    <>
      {canCreate && !creating ? <p><Button onPress={() => setCreating(true)}>{t('centres.new')}</Button></p> : null}
      {creating ? (
        <section className="panel" aria-labelledby="centre-new-title">
          <h2 id="centre-new-title">{t('centres.new')}</h2>
          <CentreForm
            form="centre-new"
            mode="create"
            initial={valuesOf()}
            submitLabel={t('centres.create')}
            problem={problem}
            attempt={attempt}
            isPending={create.isPending}
            onCancel={() => { setCreating(false); setProblem(null); }}
            onInvalid={(p) => { setAttempt((n) => n + 1); setProblem(p); }}
            onSubmit={(values, withCoordinator) => {
              setAttempt((n) => n + 1);
              create.mutate({ ...toBody(values, withCoordinator), organisationId: values.organisationId }, {
                onSuccess: (centre) => {
                  announce(t('centres.created', { name: centre.name }));
                  void navigate({ to: '/centres/$id', params: { id: centre.id } });
                },
                onError: (error) => setProblem(formProblemOf(error, t('errors.generic'))),
              });
            }}
          />
        </section>
      ) : null}

      <FilterForm label={t('filters.label')} onApply={() => { filter.apply(); setPage(1); }}>
        <TextField id="centres-q" label={t('filters.search')} type="search" value={filter.draft.q} onChange={(q) => filter.setDraft((d) => ({ ...d, q }))} maxLength={LIMITS.searchMax} />
        <SelectField
          id="centres-organisation"
          label={t('centres.organisation')}
          value={filter.draft.organisationId}
          onChange={(organisationId) => filter.setDraft((d) => ({ ...d, organisationId }))}
          emptyLabel={t('filters.all')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </FilterForm>

      <QueryState isPending={list.isPending} error={list.error} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p>{t('common.nothingFound')}</p>
        ) : (
          <>
            <CentreTable caption={t('centres.tableCaption', { total: list.data.total })} centres={list.data.items} />
            <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />
          </>
        )
      ) : null}
    </>
  );
}
