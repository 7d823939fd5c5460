import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPerson } from '../../../../contracts/employers.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useAddContactPerson, useEditContactPerson, useRemoveContactPerson } from '../api/employers.ts';

// People at the employer whom staff talk to: listed with position, phone and e-mail; added,
// changed and removed here.

type PersonValues = { name: string; position: string; phone: string; email: string };
const blank: PersonValues = { name: '', position: '', phone: '', email: '' };

function PersonForm({ form, initial, submitLabel, isPending, onSubmit, onCancel, problem }: {
  form: string; initial: PersonValues; submitLabel: string; isPending: boolean; onSubmit: (values: PersonValues) => void; onCancel: () => void;
  problem: ReturnType<typeof useFormProblem>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof PersonValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const id = (field: string) => fieldId(form, field);
  const labelOf = (field: string) => t(`employers.person.${field}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) {
      problem.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { name: t('form.fillIn') } });
      return;
    }
    problem.submitted();
    onSubmit(values);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={form} problem={problem.problem} attempt={problem.attempt} labelOf={labelOf} />
      <TextField id={id('name')} label={labelOf('name')} value={values.name} onChange={set('name')} error={problem.problem?.fields.name} isRequired maxLength={LIMITS.nameMax} autoComplete="off" />
      <TextField id={id('position')} label={labelOf('position')} value={values.position} onChange={set('position')} error={problem.problem?.fields.position} maxLength={LIMITS.nameMax} />
      <TextField id={id('phone')} label={labelOf('phone')} type="tel" value={values.phone} onChange={set('phone')} error={problem.problem?.fields.phone} maxLength={LIMITS.phoneMax} autoComplete="off" />
      <TextField id={id('email')} label={labelOf('email')} type="email" value={values.email} onChange={set('email')} error={problem.problem?.fields.email} maxLength={LIMITS.emailMax} autoComplete="off" />
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </form>
  );
}

export function ContactPersonsPanel({ employerId, persons, canManage }: { employerId: string; persons: ContactPerson[]; canManage: boolean }) {
  const { t } = useTranslation();
  const add = useAddContactPerson(employerId);
  const edit = useEditContactPerson(employerId);
  const remove = useRemoveContactPerson(employerId);
  const problem = useFormProblem();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const close = () => { setEditing(null); problem.setProblem(null); };
  const toBody = (v: PersonValues) => ({ name: v.name.trim(), position: v.position, phone: v.phone, email: v.email.trim() });

  return (
    <Panel id="employer-persons" title={t('employers.person.title')}>
      {persons.length === 0 ? <p>{t('employers.person.none')}</p> : (
        <ul className="plain-list">
          {persons.map((person) => (
            <li key={person.id}>
              {editing === person.id ? (
                <PersonForm
                  form={`person-${person.id}`} initial={{ name: person.name, position: person.position, phone: person.phone, email: person.email }}
                  submitLabel={t('form.save')} isPending={edit.isPending} onCancel={close} problem={problem}
                  onSubmit={(values) => edit.mutate({ personId: person.id, ...toBody(values) }, { onSuccess: () => { close(); announce(t('form.saved')); }, onError: problem.failed })}
                />
              ) : (
                <div className="status-line">
                  <span><strong>{person.name}</strong>{person.position ? `, ${person.position}` : ''}</span>
                  {person.phone ? <a href={`tel:${person.phone.replace(/\s/g, '')}`}>{person.phone}</a> : null}
                  {person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : null}
                  {canManage ? (
                    <span className="inline-actions">
                      <Button variant="secondary" onPress={() => { problem.setProblem(null); setEditing(person.id); }} aria-label={t('employers.person.editNamed', { name: person.name })}>{t('employers.person.edit')}</Button>
                      <Button
                        variant="danger" isDisabled={remove.isPending}
                        onPress={() => { if (window.confirm(t('employers.person.confirmRemove', { name: person.name }))) remove.mutate(person.id, { onSuccess: () => announce(t('employers.person.removed', { name: person.name })) }); }}
                        aria-label={t('employers.person.removeNamed', { name: person.name })}
                      >
                        {t('employers.person.remove')}
                      </Button>
                    </span>
                  ) : null}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        editing === 'new' ? (
          <PersonForm
            form="person-new" initial={blank} submitLabel={t('employers.person.add')} isPending={add.isPending} onCancel={close} problem={problem}
            onSubmit={(values) => add.mutate(toBody(values), { onSuccess: (p) => { close(); announce(t('employers.person.added', { name: p.name })); }, onError: problem.failed })}
          />
        ) : <p><Button variant="secondary" onPress={() => { problem.setProblem(null); setEditing('new'); }}>{t('employers.person.add')}</Button></p>
      ) : null}
    </Panel>
  );
}
