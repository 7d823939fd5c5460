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
import { useMe } from '../../../lib/session.ts';
import { useCentre, useUpdateCentre } from '../api/centres.ts';
import { CentreForm, toBody, valuesOf } from './centre-form.tsx';

export function CentreDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const centre = useCentre(id);
  const update = useUpdateCentre(id);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [formKey, setFormKey] = useState(0);

  if (!centre.data) {
    return (
      <>
        <PageHeader title={t('centres.title')} />
        <QueryState isPending={centre.isPending} error={centre.error} />
      </>
    );
  }
  const c = centre.data;
  // The server decides; this only hides a form the user could never save.
  const mayEdit = me?.user.isSystemAdmin ||
    me?.user.memberships.some((m) => m.organisationId === c.organisationId && (m.role === 'administrator' || m.role === 'centre_coordinator'));

  return (
    <>
      <PageHeader title={c.name} />
      <dl className="facts">
        <div><dt>{t('centres.organisation')}</dt><dd><Link to="/organisations/$id" params={{ id: c.organisationId }}>{c.organisationName}</Link></dd></div>
        <div><dt>{t('centres.address')}</dt><dd>{c.address}</dd></div>
        <div><dt>{t('centres.municipality')}</dt><dd>{c.municipality || '—'}</dd></div>
        <div><dt>{t('centres.openingHours')}</dt><dd className="pre-line">{c.openingHours || '—'}</dd></div>
        <div><dt>{t('centres.workstations')}</dt><dd>{c.workstations}</dd></div>
        <div><dt>{t('centres.coordinator')}</dt><dd>{c.coordinatorName ?? '—'}</dd></div>
        <div><dt>{t('centres.phone')}</dt><dd>{c.phone || '—'}</dd></div>
        <div><dt>{t('centres.email')}</dt><dd>{c.email || '—'}</dd></div>
        <div><dt>{t('common.updatedAt')}</dt><dd>{formatDateTime(c.updatedAt, language)}</dd></div>
      </dl>
      {mayEdit ? (
        <section className="panel" aria-labelledby="centre-edit-title">
          <h2 id="centre-edit-title">{t('centres.edit')}</h2>
          {problem?.code === 'RECORD.CHANGED' ? (
            <RecordChanged
              message={problem.message}
              onReload={async () => {
                await centre.refetch();
                setProblem(null);
                setFormKey((k) => k + 1);
              }}
            />
          ) : null}
          <CentreForm
            key={formKey}
            form="centre-edit"
            mode="edit"
            initial={valuesOf(c)}
            submitLabel={t('form.save')}
            problem={problem}
            attempt={attempt}
            isPending={update.isPending}
            onInvalid={(p) => { setAttempt((n) => n + 1); setProblem(p); }}
            onSubmit={(values, withCoordinator) => {
              setAttempt((n) => n + 1);
              update.mutate({ ...toBody(values, withCoordinator), version: c.version }, {
                onSuccess: () => {
                  setProblem(null);
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
