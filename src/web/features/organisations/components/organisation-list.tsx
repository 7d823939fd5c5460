import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '../../../../contracts/roles.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FilterForm, SearchField } from '../../../components/ui/filter-form.tsx';
import { PagedResults } from '../../../components/ui/paged-results.tsx';
import { CreatePanel } from '../../../components/ui/panel.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { useCan } from '../../../lib/session.ts';
import { usePagedFilter } from '../../../lib/use-filter.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateOrganisation, useOrganisations } from '../api/organisations.ts';
import { OrganisationForm, toBody, valuesOf } from './organisation-form.tsx';

export function OrganisationList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useCan('organisation.create');
  const filter = usePagedFilter({ q: '', kind: '' });
  const list = useOrganisations(filter.query);
  const create = useCreateOrganisation();
  const form = useFormProblem();

  return (
    <>
      <CreatePanel id="organisation-new" title={t('organisations.new')} canCreate={canCreate}>
        {(close) => (
          <OrganisationForm
            form="organisation-new"
            initial={valuesOf()}
            submitLabel={t('organisations.create')}
            problem={form.problem}
            attempt={form.attempt}
            isPending={create.isPending}
            onCancel={() => { close(); form.setProblem(null); }}
            onSubmit={(values) => {
              form.submitted();
              create.mutate(toBody(values), {
                onSuccess: (organisation) => {
                  announce(t('organisations.created', { name: organisation.name }), { forNextPage: true });
                  void navigate({ to: '/organisations/$id', params: { id: organisation.id } });
                },
                onError: form.failed,
              });
            }}
          />
        )}
      </CreatePanel>

      <FilterForm onApply={filter.apply}>
        <SearchField id="organisations-q" value={filter.draft.q} onChange={filter.set('q')} />
        <SelectField
          id="organisations-kind"
          label={t('organisations.kind')}
          value={filter.draft.kind}
          onChange={filter.set('kind')}
          emptyLabel={t('filters.all')}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKinds.${kind}`) }))}
        />
      </FilterForm>

      <PagedResults list={list} onPage={filter.setPage}>
        {(page) => (
          <DataTable caption={t('organisations.tableCaption', { total: page.total })}>
            <thead>
              <tr>
                <th scope="col">{t('organisations.name')}</th>
                <th scope="col">{t('organisations.kind')}</th>
                <th scope="col">{t('organisations.centreCount')}</th>
                <th scope="col">{t('organisations.staffCount')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((organisation) => (
                <tr key={organisation.id}>
                  <th scope="row"><Link to="/organisations/$id" params={{ id: organisation.id }}>{organisation.name}</Link></th>
                  <td>{t(`organisationKinds.${organisation.kind}`, { defaultValue: organisation.kind })}</td>
                  <td className="number">{organisation.centreCount}</td>
                  <td className="number">{organisation.staffCount}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </PagedResults>
    </>
  );
}
