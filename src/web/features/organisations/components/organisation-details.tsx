import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useEditForm } from '../../../lib/use-form-problem.ts';
import { useOrganisation, useUpdateOrganisation } from '../api/organisations.ts';
import { OrganisationForm, toBody, valuesOf } from './organisation-form.tsx';

export function OrganisationDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const organisation = useOrganisation(id);
  const update = useUpdateOrganisation(id);
  const form = useEditForm(organisation.refetch);

  // The server decides; this only hides a form the user could never save.
  const mayEdit = useCan('organisation.update', id);

  if (!organisation.data) {
    return (
      <>
        <PageHeader title={t('organisations.title')} />
        <QueryState isPending={organisation.isPending} error={organisation.error} />
      </>
    );
  }
  const o = organisation.data;
  return (
    <>
      <PageHeader title={o.name} />
      <dl className="facts">
        <div><dt>{t('organisations.kind')}</dt><dd>{t(`organisationKinds.${o.kind}`, { defaultValue: o.kind })}</dd></div>
        <div><dt>{t('organisations.companyCode')}</dt><dd>{o.companyCode || '—'}</dd></div>
        <div><dt>{t('organisations.address')}</dt><dd>{o.address || '—'}</dd></div>
        <div><dt>{t('organisations.email')}</dt><dd>{o.email || '—'}</dd></div>
        <div><dt>{t('organisations.phone')}</dt><dd>{o.phone || '—'}</dd></div>
        <div><dt>{t('organisations.staffCount')}</dt><dd>{o.staffCount}</dd></div>
        <div><dt>{t('organisations.centreCount')}</dt><dd>{o.centreCount}</dd></div>
        <div><dt>{t('common.updatedAt')}</dt><dd>{formatDateTime(o.updatedAt, language)}</dd></div>
      </dl>
      {mayEdit ? (
        <Panel id="organisation-edit" title={t('organisations.edit')}>
          <RecordChanged problem={form.problem} onReload={form.reload} />
          <OrganisationForm
            key={form.key}
            form="organisation-edit"
            initial={valuesOf(o)}
            submitLabel={t('form.save')}
            problem={form.problem}
            attempt={form.attempt}
            isPending={update.isPending}
            onSubmit={(values) => {
              form.submitted();
              update.mutate({ ...toBody(values), version: o.version }, { onSuccess: form.saved, onError: form.failed });
            }}
          />
        </Panel>
      ) : null}
    </>
  );
}
