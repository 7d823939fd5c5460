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
import { useCentre, useUpdateCentre } from '../api/centres.ts';
import { CentreForm, toBody, valuesOf } from './centre-form.tsx';

export function CentreDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const centre = useCentre(id);
  const update = useUpdateCentre(id);
  const form = useEditForm(centre.refetch);
  // The server decides; this only hides a form the user could never save.
  const mayEdit = useCan('centre.manage', centre.data?.organisationId ?? null);

  if (!centre.data) {
    return (
      <>
        <PageHeader title={t('centres.title')} />
        <QueryState isPending={centre.isPending} error={centre.error} />
      </>
    );
  }
  const c = centre.data;

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
        <Panel id="centre-edit" title={t('centres.edit')}>
          <RecordChanged problem={form.problem} onReload={form.reload} />
          <CentreForm
            key={form.key}
            form="centre-edit"
            mode="edit"
            initial={valuesOf(c)}
            submitLabel={t('form.save')}
            problem={form.problem}
            attempt={form.attempt}
            isPending={update.isPending}
            onInvalid={form.invalid}
            onSubmit={(values, withCoordinator) => {
              form.submitted();
              update.mutate({ ...toBody(values, withCoordinator), version: c.version }, { onSuccess: form.saved, onError: form.failed });
            }}
          />
        </Panel>
      ) : null}
    </>
  );
}
