import { useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import { ROLES } from '../../../../contracts/roles.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FilterForm, useDraft } from '../../../components/ui/filter-form.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formProblemOf, type FormProblem } from '../../../lib/form-errors.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useOrganisationOptions } from '../../../lib/lookups.ts';
import { useCan } from '../../../lib/session.ts';
import { useCreateUser, useUsers } from '../api/users.ts';
import { UserForm, commonBody, valuesOf } from './user-form.tsx';

export function UserList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const canCreate = useCan('user.manage');
  const organisations = useOrganisationOptions();
  const filter = useDraft({ q: '', organisationId: '', role: '', active: '' });
  const [page, setPage] = useState(1);
  const list = useUsers({ ...filter.applied, page, pageSize: LIMITS.pageSizeDefault });
  const [creating, setCreating] = useState(false);
  const create = useCreateUser();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  return (
    <>
      {canCreate && !creating ? <p><Button onPress={() => setCreating(true)}>{t('users.new')}</Button></p> : null}
      {creating ? (
        <section className="panel" aria-labelledby="user-new-title">
          <h2 id="user-new-title">{t('users.new')}</h2>
          <UserForm
            form="user-new"
            mode="create"
            initial={valuesOf()}
            submitLabel={t('users.create')}
            problem={problem}
            attempt={attempt}
            isPending={create.isPending}
            onCancel={() => { setCreating(false); setProblem(null); }}
            onInvalid={(p) => { setAttempt((n) => n + 1); setProblem(p); }}
            onSubmit={(values, withSystemAdmin) => {
              setAttempt((n) => n + 1);
              create.mutate({ ...commonBody(values, withSystemAdmin), password: values.password }, {
                onSuccess: (user) => {
                  announce(t('users.created', { name: `${user.firstName} ${user.lastName}` }));
                  void navigate({ to: '/users/$id', params: { id: user.id } });
                },
                onError: (error) => setProblem(formProblemOf(error, t('errors.generic'))),
              });
            }}
          />
        </section>
      ) : null}

      <FilterForm label={t('filters.label')} onApply={() => { filter.apply(); setPage(1); }}>
        <TextField id="users-q" label={t('filters.search')} type="search" value={filter.draft.q} onChange={(q) => filter.setDraft((d) => ({ ...d, q }))} maxLength={LIMITS.searchMax} />
        <SelectField
          id="users-organisation"
          label={t('users.organisation')}
          value={filter.draft.organisationId}
          onChange={(organisationId) => filter.setDraft((d) => ({ ...d, organisationId }))}
          emptyLabel={t('filters.all')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          id="users-role"
          label={t('users.role')}
          value={filter.draft.role}
          onChange={(role) => filter.setDraft((d) => ({ ...d, role }))}
          emptyLabel={t('filters.all')}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <SelectField
          id="users-active"
          label={t('users.status')}
          value={filter.draft.active}
          onChange={(active) => filter.setDraft((d) => ({ ...d, active }))}
          emptyLabel={t('filters.all')}
          options={[{ value: 'true', label: t('users.active') }, { value: 'false', label: t('users.inactive') }]}
        />
      </FilterForm>

      <QueryState isPending={list.isPending} error={list.error} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p>{t('common.nothingFound')}</p>
        ) : (
          <>
            <DataTable caption={t('users.tableCaption', { total: list.data.total })}>
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
                {list.data.items.map((user) => (
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
            <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />
          </>
        )
      ) : null}
    </>
  );
}
