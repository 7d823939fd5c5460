import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { announce } from '../../../lib/announce.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formProblemOf, type FormProblem } from '../../../lib/form-errors.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useUpdateUser, useUser } from '../api/users.ts';
import { UserForm, commonBody, valuesOf } from './user-form.tsx';

export function UserDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mayEdit = useCan('user.manage');
  const user = useUser(id);
  const update = useUpdateUser(id);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [formKey, setFormKey] = useState(0);

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
        <section className="panel" aria-labelledby="user-edit-title">
          <h2 id="user-edit-title">{t('users.edit')}</h2>
          {problem?.code === 'RECORD.CHANGED' ? (
            <RecordChanged
              message={problem.message}
              onReload={async () => {
                await user.refetch();
                setProblem(null);
                setFormKey((k) => k + 1);
              }}
            />
          ) : null}
          <UserForm
            key={formKey}
            form="user-edit"
            mode="edit"
            initial={valuesOf(u)}
            submitLabel={t('form.save')}
            problem={problem}
            attempt={attempt}
            isPending={update.isPending}
            onInvalid={(p) => { setAttempt((n) => n + 1); setProblem(p); }}
            onSubmit={(values, withSystemAdmin) => {
              setAttempt((n) => n + 1);
              update.mutate({
                ...commonBody(values, withSystemAdmin),
                isActive: values.isActive,
                ...(values.password ? { password: values.password } : {}),
                version: u.version,
              }, {
                onSuccess: () => {
                  setProblem(null);
                  setFormKey((k) => k + 1);
                  announce(t('form.saved'));
                },
                onError: (error) => setProblem(formProblemOf(error, t('errors.generic'))),
              });
            }}
          />
        </section>
      ) : null}
    </>
  );
}
