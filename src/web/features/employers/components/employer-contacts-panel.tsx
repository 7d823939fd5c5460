import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_LIMITS, type ContactPerson, type EmployerContact, type EmployerVacancySummary } from '../../../../contracts/employers.ts';
import { EMPLOYER_CONTACT_KINDS } from '../../../../contracts/employment.ts';
import { Button } from '../../../components/ui/button.tsx';
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
import { useEmployerContacts, useRecordContact } from '../api/employers.ts';

// The relationship history with an employer (calls, visits, meetings, agreements) and the
// form to record a contact. A contact made for a person shows the person only to readers of
// their case.

export function ContactLine({ contact }: { contact: EmployerContact }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <span className="timeline-date">{formatDate(contact.contactedOn, language)}</span>
      <span>
        <strong>{t(`employers.contactKinds.${contact.kind}`)}</strong>
        {' — '}{contact.staffName}
        {contact.contactPersonName ? `; ${t('employers.contact.with', { name: contact.contactPersonName })}` : ''}
        {contact.vacancyId && contact.vacancyTitle ? <>; <Link to="/vacancies/$id" params={{ id: contact.vacancyId }}>{contact.vacancyTitle}</Link></> : null}
        {contact.caseId && contact.participantName ? <>; {t('employers.contact.forPerson')} <Link to="/cases/$id" params={{ id: contact.caseId }}>{contact.participantName}</Link></> : null}
        {contact.forCase && !contact.caseId ? `; ${t('employers.contact.forSomeone')}` : ''}
        {contact.notes ? <span className="contact-notes">{contact.notes}</span> : null}
      </span>
    </>
  );
}

interface RecordContactFormProps {
  employerId: string;
  persons: readonly ContactPerson[];
  vacancies: readonly EmployerVacancySummary[];
  /** Record it for this person's case (their job-finding log). */
  caseId?: string;
  onDone: () => void;
}

export function RecordContactForm({ employerId, persons, vacancies, caseId, onDone }: RecordContactFormProps) {
  const { t } = useTranslation();
  const record = useRecordContact(employerId);
  const problem = useFormProblem();
  const form = 'contact-new';
  const id = (field: string) => fieldId(form, field);
  const [values, setValues] = useState({ contactedOn: todayIso(), kind: 'call', contactPersonId: '', vacancyId: '', notes: '' });
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const labelOf = (field: string) => t(`employers.contact.fields.${field}`);
  const error = (field: string) => problem.problem?.fields[field];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.contactedOn) {
      problem.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { contactedOn: t('form.fillIn') } });
      return;
    }
    problem.submitted();
    record.mutate({
      contactedOn: values.contactedOn, kind: values.kind as (typeof EMPLOYER_CONTACT_KINDS)[number],
      contactPersonId: values.contactPersonId || null, vacancyId: values.vacancyId || null, notes: values.notes,
      ...(caseId ? { caseId } : {}),
    }, {
      onSuccess: () => { announce(t('employers.contact.recorded')); onDone(); },
      onError: problem.failed,
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={form} problem={problem.problem} attempt={problem.attempt} labelOf={labelOf} />
      <SelectField id={id('kind')} label={labelOf('kind')} value={values.kind} onChange={set('kind')} isRequired error={error('kind')}
        options={EMPLOYER_CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`employers.contactKinds.${kind}`) }))} />
      <TextField id={id('contactedOn')} label={labelOf('contactedOn')} type="date" value={values.contactedOn} onChange={set('contactedOn')} error={error('contactedOn')} isRequired />
      <SelectField id={id('contactPersonId')} label={labelOf('contactPersonId')} value={values.contactPersonId} onChange={set('contactPersonId')} error={error('contactPersonId')}
        emptyLabel={t('employers.notGiven')} options={persons.map((p) => ({ value: p.id, label: p.position ? `${p.name}, ${p.position}` : p.name }))} />
      {vacancies.length > 0 ? (
        <SelectField id={id('vacancyId')} label={labelOf('vacancyId')} value={values.vacancyId} onChange={set('vacancyId')} error={error('vacancyId')}
          emptyLabel={t('employers.notGiven')} options={vacancies.map((v) => ({ value: v.id, label: v.title }))} />
      ) : null}
      <TextField id={id('notes')} label={labelOf('notes')} multiline value={values.notes} onChange={set('notes')} error={error('notes')} maxLength={EMPLOYER_LIMITS.contactNotesMax} />
      <FormActions submitLabel={t('employers.contact.save')} isPending={record.isPending} onCancel={onDone} />
    </form>
  );
}

export function EmployerContactsPanel({ employerId, persons, vacancies, canManage }: {
  employerId: string; persons: readonly ContactPerson[]; vacancies: readonly EmployerVacancySummary[]; canManage: boolean;
}) {
  const { t } = useTranslation();
  const contacts = useEmployerContacts(employerId);
  const [recording, setRecording] = useState(false);
  const items = (contacts.data?.pages ?? []).flatMap((page) => page.items);
  return (
    <Panel id="employer-contacts" title={t('employers.contact.title')}>
      {canManage ? (
        recording
          ? <RecordContactForm employerId={employerId} persons={persons} vacancies={vacancies} onDone={() => setRecording(false)} />
          : <p><Button onPress={() => setRecording(true)}>{t('employers.contact.record')}</Button></p>
      ) : null}
      <QueryState isPending={contacts.isPending} error={contacts.error} />
      {contacts.data && items.length === 0 ? <p>{t('employers.contact.none')}</p> : null}
      {items.length > 0 ? (
        <ol className="timeline">
          {items.map((contact) => <li key={contact.id}><ContactLine contact={contact} /></li>)}
        </ol>
      ) : null}
      {contacts.hasNextPage ? (
        <Button variant="secondary" isDisabled={contacts.isFetchingNextPage} onPress={() => void contacts.fetchNextPage()}>{t('employers.contact.earlier')}</Button>
      ) : null}
    </Panel>
  );
}
