import { useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '../../../../contracts/roles.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FilterForm, useDraft } from '../../../components/ui/filter-form.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { formProblemOf, type FormProblem } from '../../../lib/form-errors.ts';
import { useCan } from '../../../lib/session.ts';
import { useCreateOrganisation, useOrganisations } from '../api/organisations.ts';
import { OrganisationForm, toBody, valuesOf } from './organisation-form.tsx';

export function OrganisationList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useCan('organisation.create');
  const filter = useDraft({ q: '', kind: '' });
  const [page, setPage] = useState(1);
  const list = useOrganisations({ ...filter.applied, page, pageSize: LIMITS.pageSizeDefault });
  const [creating, setCreating] = useState(false);
  const create = useCreateOrganisation();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  return (
    <>
      {canCreate && !creating ? (
        <p><Button onPress={() => setCreating(true)}>{t('organisations.new')}</Button></p>
      ) : null}
      {creating ? (
        <section className="panel" aria-labelledby="organisation-new-title">
          <h2 id="organisation-new-title">{t('organisations.new')}</h2>
          <OrganisationForm
            form="organisation-new"
            initial={valuesOf()}
            submitLabel={t('organisations.create')}
            problem={problem}
            attempt={attempt}
            isPending={create.isPending}
            onCancel={() => { setCreating(false); setProblem(null); }}
            onSubmit={(values) => {
              setAttempt((n) => n + 1);
              create.mutate(toBody(values), {
                onSuccess: (organisation) => {
                  announce(t('organisations.created', { name: organisation.name }));
                  void navigate({ to: '/organisations/$id', params: { id: organisation.id } });
                },
                onError: (error) => setProblem(formProblemOf(error, t('errors.generic'))),
              });
            }}
          />
        </section>
      ) : null}

      <FilterForm label={t('filters.label')} onApply={() => { filter.apply(); setPage(1); }}>
        <TextField id="organisations-q" label={t('filters.search')} type="search" value={filter.draft.q} onChange={(q) => filter.setDraft((d) => ({ ...d, q }))} maxLength={LIMITS.searchMax} />
        <SelectField
          id="organisations-kind"
          label={t('organisations.kind')}
          value={filter.draft.kind}
          onChange={(kind) => filter.setDraft((d) => ({ ...d, kind }))}
          emptyLabel={t('filters.all')}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKinds.${kind}`) }))}
        />
      </FilterForm>

      <QueryState isPending={list.isPending} error={list.error} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p>{t('common.nothingFound')}</p>
        ) : (
          <>
            <DataTable caption={t('organisations.tableCaption', { total: list.data.total })}>
              <thead>
                <tr>
                  <th scope="col">{t('organisations.name')}</th>
                  <th scope="col">{t('organisations.kind')}</th>
                  <th scope="col">{t('organisations.centreCount')}</th>
                  <th scope="col">{t('organisations.staffCount')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((organisation) => (
                  <tr key={organisation.id}>
                    <th scope="row"><Link to="/organisations/$id" params={{ id: organisation.id }}>{organisation.name}</Link></th>
                    <td>{t(`organisationKinds.${organisation.kind}`, { defaultValue: organisation.kind })}</td>
                    <td className="number">{organisation.centreCount}</td>
                    <td className="number">{organisation.staffCount}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />
          </>
        )
      ) : null}
    </>
  );
}
