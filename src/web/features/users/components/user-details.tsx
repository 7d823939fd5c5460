import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useEditForm } from '../../../lib/use-form-problem.ts';
import { useUpdateUser, useUser } from '../api/users.ts';
import { UserForm, commonBody, valuesOf } from './user-form.tsx';

export function UserDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mayEdit = useCan('user.manage');
  const user = useUser(id);
  const update = useUpdateUser(id);
  const form = useEditForm(user.refetch);

  if (!user.data) {
    return (
      <>
        <PageHeader title={t('users.title')} />
        <QueryState isPending={user.isPending} error={user.error} />
      </>
    );
  }
  const u = user.data;
  return (
    <>
      <PageHeader title={`${u.firstName} ${u.lastName}`} />
      <dl className="facts">
        <div><dt>{t('users.email')}</dt><dd>{u.email}</dd></div>
        <div><dt>{t('users.language')}</dt><dd>{t(`languages.${u.language}`, { defaultValue: u.language })}</dd></div>
        <div><dt>{t('users.status')}</dt><dd>{u.isActive ? t('users.active') : t('users.inactive')}</dd></div>
        <div><dt>{t('users.lastSignIn')}</dt><dd>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, language) : t('users.never')}</dd></div>
        <div>
          <dt>{t('users.memberships')}</dt>
          <dd>
            <ul className="plain-list">
              {u.isSystemAdmin ? <li>{t('users.isSystemAdminShort')}</li> : null}
              {u.memberships.map((m) => (
                <li key={`${m.organisationId}-${m.role}`}>
                  <Link to="/organisations/$id" params={{ id: m.organisationId }}>{m.organisationName}</Link>: {t(`roles.${m.role}`, { defaultValue: m.role })}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      {mayEdit ? (
        <Panel id="user-edit" title={t('users.edit')}>
          <RecordChanged problem={form.problem} onReload={form.reload} />
          <UserForm
            key={form.key}
            form="user-edit"
            mode="edit"
            initial={valuesOf(u)}
            submitLabel={t('form.save')}
            problem={form.problem}
            attempt={form.attempt}
            isPending={update.isPending}
            onInvalid={form.invalid}
            onSubmit={(values, withSystemAdmin) => {
              form.submitted();
              update.mutate({
                ...commonBody(values, withSystemAdmin),
                isActive: values.isActive,
                ...(values.password ? { password: values.password } : {}),
                version: u.version,
              }, {
                onSuccess: () => {
                  form.saved();
                  // Start again from the saved user, so the password typed is gone.
                  form.remount();
                },
                onError: form.failed,
              });
            }}
          />
        </Panel>
      ) : null}
    </>
  );
}
