import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FilterForm, SearchField } from '../../../components/ui/filter-form.tsx';
import { PagedResults } from '../../../components/ui/paged-results.tsx';
import { CreatePanel } from '../../../components/ui/panel.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { useOrganisationOptions } from '../../../lib/lookups.ts';
import { useCan } from '../../../lib/session.ts';
import { usePagedFilter } from '../../../lib/use-filter.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCentres, useCreateCentre } from '../api/centres.ts';
import { CentreForm, toBody, valuesOf } from './centre-form.tsx';
import { CentreTable } from './centre-table.tsx';

export function CentreList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useCan('centre.manage');
  const organisations = useOrganisationOptions();
  const filter = usePagedFilter({ q: '', organisationId: '' });
  const list = useCentres(filter.query);
  const create = useCreateCentre();
  const form = useFormProblem();

  return (
    <>
      <CreatePanel id="centre-new" title={t('centres.new')} canCreate={canCreate}>
        {(close) => (
          <CentreForm
            form="centre-new"
            mode="create"
            initial={valuesOf()}
            submitLabel={t('centres.create')}
            problem={form.problem}
            attempt={form.attempt}
            isPending={create.isPending}
            onCancel={() => { close(); form.setProblem(null); }}
            onInvalid={form.invalid}
            onSubmit={(values, withCoordinator) => {
              form.submitted();
              create.mutate({ ...toBody(values, withCoordinator), organisationId: values.organisationId }, {
                onSuccess: (centre) => {
                  announce(t('centres.created', { name: centre.name }), { forNextPage: true });
                  void navigate({ to: '/centres/$id', params: { id: centre.id } });
                },
                onError: form.failed,
              });
            }}
          />
        )}
      </CreatePanel>

      <FilterForm onApply={filter.apply}>
        <SearchField id="centres-q" value={filter.draft.q} onChange={filter.set('q')} />
        <SelectField
          id="centres-organisation"
          label={t('centres.organisation')}
          value={filter.draft.organisationId}
          onChange={filter.set('organisationId')}
          emptyLabel={t('filters.all')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </FilterForm>

      <PagedResults list={list} onPage={filter.setPage}>
        {(page) => <CentreTable caption={t('centres.tableCaption', { total: page.total })} centres={page.items} />}
      </PagedResults>
    </>
  );
}
