import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { CreatePanel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan, useMe } from '../../../lib/session.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateProgramme, useProgrammes, useTemplates } from '../api/programmes.ts';

export function period(startsOn: string | null, endsOn: string | null, language: 'lt' | 'en'): string {
  if (!startsOn && !endsOn) return '—';
  return `${startsOn ? formatDate(startsOn, language) : '…'} – ${endsOn ? formatDate(endsOn, language) : '…'}`;
}

export function ProgrammeList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const canCreate = useCan('programme.manage');
  const list = useProgrammes();
  return (
    <>
      <CreatePanel id="programme-new" title={t('programmes.new')} canCreate={canCreate}>
        {(close) => <ProgrammeFromTemplate onCancel={close} />}
      </CreatePanel>
      <QueryState isPending={list.isPending} error={list.error} />
      {list.data && list.data.items.length === 0 ? <p>{t('programmes.none')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <DataTable caption={t('programmes.tableCaption', { total: list.data.total })}>
          <thead>
            <tr>
              <th scope="col">{t('programmes.name')}</th>
              <th scope="col">{t('programmes.period')}</th>
              <th scope="col">{t('programmes.capacity')}</th>
              <th scope="col">{t('programmes.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((p) => (
              <tr key={p.id}>
                <th scope="row"><Link to="/programmes/$id" params={{ id: p.id }}>{p.name}</Link></th>
                <td className="nowrap">{period(p.startsOn, p.endsOn, language)}</td>
                <td className="number">{p.capacity}</td>
                <td>{t(`programmes.statuses.${p.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </>
  );
}

/** A programme set up from one of the built-in templates; everything else is changed later. */
function ProgrammeFromTemplate({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const templates = useTemplates(true);
  const create = useCreateProgramme();
  const form = useFormProblem();
  const organisations = [...new Map((me?.user.memberships ?? []).filter((m) => m.role === 'administrator' || m.role === 'programme_manager').map((m) => [m.organisationId, m.organisationName])).entries()];
  const [values, setValues] = useState({ organisationId: organisations.length === 1 ? organisations[0]![0] : '', templateKey: '' });
  const labels: Record<string, string> = { organisationId: t('programmes.organisation'), templateKey: t('programmes.template') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.organisationId) fields.organisationId = t('form.chooseOne');
    if (!values.templateKey) fields.templateKey = t('form.chooseOne');
    if (Object.keys(fields).length) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    create.mutate(values, {
      onSuccess: (programme) => {
        announce(t('programmes.created', { name: programme.name }), { forNextPage: true });
        void navigate({ to: '/programmes/$id', params: { id: programme.id } });
      },
      onError: form.failed,
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form="programme-new" problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <SelectField id={fieldId('programme-new', 'organisationId')} label={labels.organisationId!} value={values.organisationId} onChange={(organisationId) => setValues((v) => ({ ...v, organisationId }))}
        emptyLabel={t('form.choose')} options={organisations.map(([value, label]) => ({ value, label }))} error={form.problem?.fields.organisationId} isRequired />
      <SelectField id={fieldId('programme-new', 'templateKey')} label={labels.templateKey!} value={values.templateKey} onChange={(templateKey) => setValues((v) => ({ ...v, templateKey }))}
        emptyLabel={t('form.choose')} options={(templates.data ?? []).map((tpl) => ({ value: tpl.key, label: tpl.name }))} error={form.problem?.fields.templateKey} isRequired />
      <p className="field-description">{t('programmes.templateHint')}</p>
      <FormActions submitLabel={t('programmes.create')} isPending={create.isPending} onCancel={onCancel} />
    </form>
  );
}
