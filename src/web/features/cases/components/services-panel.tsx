import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CASE_LIMITS, type ServicePlace } from '../../../../contracts/cases.ts';
import { confidentialRoleOf } from '../../../../contracts/services.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useMe } from '../../../lib/session.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCaseServices, useLogService, useRemoveService, type ServiceDelivery } from '../api/services.ts';
import type { CaseSectionProps } from './case-page.tsx';
import { SessionFields } from './service-fields.tsx';
import { formatMinutes, minutesOf } from '../../../lib/duration.ts';

// Services delivered in the case: totals per service type, the list newest first, and
// the form to log one. A confidential note is read only by its author and by staff
// holding the author's role (decision 0021); everyone else sees that there is one.

const FORM = 'service-new';

/** "1 val. 30 min." / "1 h 30 min". */
function placeOf(service: Pick<ServiceDelivery, 'place' | 'centreName' | 'village'>, t: TFunction): string {
  return [t(`servicePlaces.${service.place}`), service.centreName, service.village].filter(Boolean).join(', ');
}

export function ServicesPanel({ caseRecord, canWork }: CaseSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const services = useCaseServices(caseRecord.id);
  const [adding, setAdding] = useState(false);
  const pages = services.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const totals = pages[0]?.totals;

  return (
    <Panel id="services" title={t('services.title')}>
      <QueryState isPending={services.isPending} error={services.error} />
      {totals && totals.count === 0 ? <p>{t('services.none')}</p> : null}
      {totals && totals.count > 0 ? (
        <>
          <p>{t('services.totalsLine', { n: totals.count, duration: formatMinutes(totals.minutes, t) })}</p>
          <DataTable caption={t('services.totalsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('services.service')}</th>
                <th scope="col">{t('services.times')}</th>
                <th scope="col">{t('services.duration')}</th>
              </tr>
            </thead>
            <tbody>
              {totals.byType.map((total) => (
                <tr key={total.serviceKey}>
                  <th scope="row">{total.serviceName}</th>
                  <td className="number">{total.count}</td>
                  <td className="nowrap">{formatMinutes(total.minutes, t)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <DataTable caption={t('services.tableCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('services.deliveredOn')}</th>
                <th scope="col">{t('services.service')}</th>
                <th scope="col">{t('services.duration')}</th>
                <th scope="col">{t('services.place')}</th>
                <th scope="col">{t('services.provider')}</th>
                <th scope="col">{t('services.notes')}</th>
                {canWork ? <th scope="col">{t('services.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((service) => (
                <tr key={service.id}>
                  <td className="nowrap">{formatDate(service.deliveredOn, language)}</td>
                  <th scope="row">
                    {service.serviceName}
                    {service.groupId ? <><br /><span className="muted">{t('services.groupSession', { n: service.groupSize })}</span></> : null}
                  </th>
                  <td className="nowrap">{formatMinutes(service.durationMinutes, t)}</td>
                  <td>{placeOf(service, t)}</td>
                  <td>{service.providerName}</td>
                  <td><Notes service={service} /></td>
                  {canWork ? <td>{service.canRemove ? <RemoveService caseId={caseRecord.id} service={service} /> : null}</td> : null}
                </tr>
              ))}
            </tbody>
          </DataTable>
          {services.hasNextPage ? (
            <Button variant="secondary" isDisabled={services.isFetchingNextPage} onPress={() => void services.fetchNextPage()}>{t('services.more')}</Button>
          ) : null}
        </>
      ) : null}
      {canWork ? (
        adding
          ? <ServiceForm caseRecord={caseRecord} onDone={() => setAdding(false)} />
          : <p><Button onPress={() => setAdding(true)}>{t('services.log')}</Button></p>
      ) : null}
    </Panel>
  );
}

function Notes({ service }: { service: ServiceDelivery }) {
  const { t } = useTranslation();
  const role = service.confidentialRole ? t(`roles.${service.confidentialRole}`) : '';
  return (
    <>
      {service.notes ? <p className="pre-line">{service.notes}</p> : null}
      {service.hasConfidentialNote && service.confidentialNote !== null ? (
        <p className="pre-line"><strong>{t('services.confidentialShown', { role })}</strong> {service.confidentialNote}</p>
      ) : null}
      {service.hasConfidentialNote && service.confidentialNote === null ? <p className="muted">{t('services.confidentialHidden', { role })}</p> : null}
    </>
  );
}

/** Its author removes an entry on the day it was logged, a case manager later; the reason goes on the timeline. */
function RemoveService({ caseId, service }: { caseId: string; service: ServiceDelivery }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const remove = useRemoveService(caseId);
  const form = useFormProblem();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const name = t('services.removeNamed', { service: service.serviceName, date: formatDate(service.deliveredOn, language) });
  const formName = `service-remove-${service.id}`;
  if (!open) return <Button variant="secondary" aria-label={name} onPress={() => setOpen(true)}>{t('services.remove')}</Button>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { reason: t('form.fillIn') } });
    form.submitted();
    remove.mutate({ id: service.id, reason }, { onSuccess: () => announce(t('services.removed')), onError: form.failed });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={name}>
      <FormProblemSummary form={formName} problem={form.problem} attempt={form.attempt} />
      <TextField
        id={fieldId(formName, 'reason')} label={t('services.removeReason')} description={t('services.removeHint')} value={reason} onChange={setReason}
        error={form.problem?.fields.reason} isRequired maxLength={CASE_LIMITS.reasonMax}
      />
      <FormActions submitLabel={t('services.removeSubmit')} isPending={remove.isPending} onCancel={() => setOpen(false)} />
    </form>
  );
}

interface Values {
  serviceKey: string; deliveredOn: string; hours: string; minutes: string; place: string; centreId: string; village: string; notes: string; confidentialNote: string;
}

function ServiceForm({ caseRecord, onDone }: { caseRecord: CaseSectionProps['caseRecord']; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const log = useLogService(caseRecord.id);
  const form = useFormProblem();
  const [values, setValues] = useState<Values>({ serviceKey: '', deliveredOn: todayIso(), hours: '', minutes: '', place: '', centreId: '', village: '', notes: '', confidentialNote: '' });
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));
  const id = (field: string) => fieldId(FORM, field);
  const labels: Record<string, string> = {
    serviceKey: t('services.service'), deliveredOn: t('services.deliveredOn'), durationMinutes: t('services.duration'), place: t('services.place'),
    centreId: t('services.centre'), village: t('services.village'), notes: t('services.notes'), confidentialNote: t('services.confidentialNote'),
  };
  // The same rule the server applies, so the form can say beforehand who will read the note.
  const myId = me?.user.id;
  const noteRole = confidentialRoleOf(
    caseRecord.team.filter((m) => m.userId === myId).map((m) => m.role),
    (me?.user.memberships ?? []).filter((m) => m.organisationId === caseRecord.organisationId).map((m) => m.role),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const minutes = minutesOf(values.hours, values.minutes);
    if (!values.serviceKey) fields.serviceKey = t('form.chooseOne');
    if (!values.deliveredOn) fields.deliveredOn = t('form.fillIn');
    else if (values.deliveredOn > todayIso()) fields.deliveredOn = t('services.notInFuture');
    if (minutes === null) fields.durationMinutes = t('services.durationWhole');
    else if (minutes < 1) fields.durationMinutes = t('services.durationPositive');
    else if (minutes > CASE_LIMITS.serviceMinutesMax) fields.durationMinutes = t('services.durationTooLong');
    if (!values.place) fields.place = t('form.chooseOne');
    if (values.place === 'centre' && !values.centreId) fields.centreId = t('form.chooseOne');
    if (values.place === 'mobile_team' && !values.village.trim()) fields.village = t('form.fillIn');
    if (Object.keys(fields).length > 0) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    log.mutate({
      serviceKey: values.serviceKey, deliveredOn: values.deliveredOn, durationMinutes: minutes!, place: values.place as ServicePlace,
      ...(values.place === 'centre' ? { centreId: values.centreId } : {}),
      ...(values.village.trim() && values.place !== 'centre' ? { village: values.village.trim() } : {}),
      ...(values.notes.trim() ? { notes: values.notes } : {}),
      ...(values.confidentialNote.trim() ? { confidentialNote: values.confidentialNote } : {}),
    }, { onSuccess: () => { announce(t('services.logged')); onDone(); }, onError: form.failed });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('services.log')}>
      <h3>{t('services.log')}</h3>
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <SessionFields form={FORM} values={values} set={set} errors={form.problem?.fields} labels={labels} organisationId={caseRecord.organisationId} />
      <TextField id={id('notes')} label={labels.notes!} description={t('services.notesHint')} value={values.notes} onChange={(notes) => set({ notes })} error={form.problem?.fields.notes} multiline maxLength={CASE_LIMITS.noteMax} />
      <TextField
        id={id('confidentialNote')} label={labels.confidentialNote!} value={values.confidentialNote} onChange={(confidentialNote) => set({ confidentialNote })}
        description={noteRole ? t('services.confidentialHint', { role: t(`roles.${noteRole}`) }) : t('services.confidentialHintNoRole')}
        error={form.problem?.fields.confidentialNote} multiline maxLength={CASE_LIMITS.noteMax}
      />
      <FormActions submitLabel={t('services.save')} isPending={log.isPending} onCancel={onDone} />
    </form>
  );
}
