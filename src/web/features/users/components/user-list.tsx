import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../contracts/roles.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FilterForm, SearchField } from '../../../components/ui/filter-form.tsx';
import { PagedResults } from '../../../components/ui/paged-results.tsx';
import { CreatePanel } from '../../../components/ui/panel.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useOrganisationOptions } from '../../../lib/lookups.ts';
import { useCan } from '../../../lib/session.ts';
import { usePagedFilter } from '../../../lib/use-filter.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateUser, useUsers } from '../api/users.ts';
import { UserForm, commonBody, valuesOf } from './user-form.tsx';

export function UserList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const canCreate = useCan('user.manage');
  const organisations = useOrganisationOptions();
  const filter = usePagedFilter({ q: '', organisationId: '', role: '', active: '' });
  const list = useUsers(filter.query);
  const create = useCreateUser();
  const form = useFormProblem();

  return (
    <>
      <CreatePanel id="user-new" title={t('users.new')} canCreate={canCreate}>
        {(close) => (
          <UserForm
            form="user-new"
            mode="create"
            initial={valuesOf()}
            submitLabel={t('users.create')}
            problem={form.problem}
            attempt={form.attempt}
            isPending={create.isPending}
            onCancel={() => { close(); form.setProblem(null); }}
            onInvalid={form.invalid}
            onSubmit={(values, withSystemAdmin) => {
              form.submitted();
              create.mutate({ ...commonBody(values, withSystemAdmin), password: values.password }, {
                onSuccess: (user) => {
                  announce(t('users.created', { name: `${user.firstName} ${user.lastName}` }), { forNextPage: true });
                  void navigate({ to: '/users/$id', params: { id: user.id } });
                },
                onError: form.failed,
              });
            }}
          />
        )}
      </CreatePanel>

      <FilterForm onApply={filter.apply}>
        <SearchField id="users-q" value={filter.draft.q} onChange={filter.set('q')} />
        <SelectField
          id="users-organisation"
          label={t('users.organisation')}
          value={filter.draft.organisationId}
          onChange={filter.set('organisationId')}
          emptyLabel={t('filters.all')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          id="users-role"
          label={t('users.role')}
          value={filter.draft.role}
          onChange={filter.set('role')}
          emptyLabel={t('filters.all')}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <SelectField
          id="users-active"
          label={t('users.status')}
          value={filter.draft.active}
          onChange={filter.set('active')}
          emptyLabel={t('filters.all')}
          options={[{ value: 'true', label: t('users.active') }, { value: 'false', label: t('users.inactive') }]}
        />
      </FilterForm>

      <PagedResults list={list} onPage={filter.setPage}>
        {(page) => (
          <DataTable caption={t('users.tableCaption', { total: page.total })}>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.memberships')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.lastSignIn')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row"><Link to="/users/$id" params={{ id: user.id }}>{user.firstName} {user.lastName}</Link></th>
                  <td>{user.email}</td>
                  <td>
                    <ul className="plain-list">
                      {user.isSystemAdmin ? <li>{t('users.isSystemAdminShort')}</li> : null}
                      {user.memberships.map((m) => (
                        <li key={`${m.organisationId}-${m.role}`}>{m.organisationName}: {t(`roles.${m.role}`, { defaultValue: m.role })}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{user.isActive ? t('users.active') : t('users.inactive')}</td>
                  <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, language) : t('users.never')}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </PagedResults>
    </>
  );
}
