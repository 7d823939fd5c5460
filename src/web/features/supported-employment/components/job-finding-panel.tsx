import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_CONTACT_KINDS, type EmployerContactKind } from '../../../../contracts/employment.ts';
import { EMPLOYER_LIMITS } from '../../../../contracts/employers.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { EmployerField } from '../../../components/fields/employer-field.tsx';
import { useCaseEmployerContacts, useRecordEmployerContact } from '../api/supported-employment.ts';
import type { SeSectionProps } from './supported-employment-page.tsx';

// Stage 3, job finding: the person's job-finding log (every contact with an employer made for
// them) and recording a new one. The contacts are the employers feature's; this page reads
// the case's and posts new ones with the case named.

export function JobFindingPanel({ caseId, page, canWork }: SeSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const contacts = useCaseEmployerContacts(caseId);
  const [recording, setRecording] = useState(false);
  const items = contacts.data?.items ?? [];
  return (
    <Panel id="se-job-finding" title={t('supportedEmployment.jobFindingTitle')}>
      <p>
        {page.jobFinding.firstContactOn
          ? t('supportedEmployment.jobFindingSummary', { count: page.jobFinding.employerContacts, date: formatDate(page.jobFinding.firstContactOn, language) })
          : t('supportedEmployment.noContacts')}
      </p>
      <QueryState isPending={contacts.isPending} error={contacts.error} />
      {items.length > 0 ? (
        <DataTable caption={t('supportedEmployment.contactsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('supportedEmployment.contact.contactedOn')}</th>
              <th scope="col">{t('supportedEmployment.contact.employer')}</th>
              <th scope="col">{t('supportedEmployment.contact.kind')}</th>
              <th scope="col">{t('supportedEmployment.contact.vacancy')}</th>
              <th scope="col">{t('supportedEmployment.contact.staff')}</th>
              <th scope="col">{t('supportedEmployment.contact.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <td className="nowrap">{formatDate(c.contactedOn, language)}</td>
                <th scope="row">{c.employerName}</th>
                <td>{t(`supportedEmployment.contactKinds.${c.kind}`, { defaultValue: c.kind })}</td>
                <td>{c.vacancyTitle ?? '—'}</td>
                <td>{c.staffName}</td>
                <td className="pre-line">{c.notes || '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {canWork ? (
        recording
          ? <ContactForm caseId={caseId} organisationId={page.organisationId} onDone={() => setRecording(false)} />
          : <Button onPress={() => setRecording(true)}>{t('supportedEmployment.recordContact')}</Button>
      ) : null}
    </Panel>
  );
}

const FORM = 'se-contact';

function ContactForm({ caseId, organisationId, onDone }: { caseId: string; organisationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordEmployerContact(caseId);
  const form = useFormProblem();
  const [values, setValues] = useState<{ employerId: string | null; contactedOn: string; kind: EmployerContactKind; notes: string }>({
    employerId: null, contactedOn: todayIso(), kind: 'call', notes: '',
  });
  const labels: Record<string, string> = {
    employerId: t('supportedEmployment.contact.employer'), contactedOn: t('supportedEmployment.contact.contactedOn'),
    kind: t('supportedEmployment.contact.kind'), notes: t('supportedEmployment.contact.notes'),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.employerId) fields.employerId = t('form.fillIn');
    if (!values.contactedOn) fields.contactedOn = t('form.fillIn');
    if (Object.keys(fields).length) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    record.mutate({
      employerId: values.employerId!,
      body: { contactedOn: values.contactedOn, kind: values.kind, caseId, notes: values.notes },
    }, { onSuccess: () => { announce(t('supportedEmployment.contactRecorded')); onDone(); }, onError: form.failed });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby={`${FORM}-title`}>
      <h3 id={`${FORM}-title`}>{t('supportedEmployment.recordContact')}</h3>
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <EmployerField id={fieldId(FORM, 'employerId')} label={labels.employerId!} organisationId={organisationId} value={values.employerId} isRequired
        onChange={(employerId) => setValues((v) => ({ ...v, employerId }))} errorMessage={form.problem?.fields.employerId} />
      <TextField id={fieldId(FORM, 'contactedOn')} label={labels.contactedOn!} type="date" isRequired value={values.contactedOn}
        onChange={(contactedOn) => setValues((v) => ({ ...v, contactedOn }))} error={form.problem?.fields.contactedOn} />
      <SelectField id={fieldId(FORM, 'kind')} label={labels.kind!} isRequired value={values.kind}
        onChange={(kind) => setValues((v) => ({ ...v, kind: kind as EmployerContactKind }))}
        options={EMPLOYER_CONTACT_KINDS.map((k) => ({ value: k, label: t(`supportedEmployment.contactKinds.${k}`) }))} error={form.problem?.fields.kind} />
      <TextField id={fieldId(FORM, 'notes')} label={labels.notes!} multiline maxLength={EMPLOYER_LIMITS.contactNotesMax} value={values.notes}
        onChange={(notes) => setValues((v) => ({ ...v, notes }))} error={form.problem?.fields.notes} />
      <FormActions submitLabel={t('supportedEmployment.saveContact')} isPending={record.isPending} onCancel={onDone} />
    </form>
  );
}
