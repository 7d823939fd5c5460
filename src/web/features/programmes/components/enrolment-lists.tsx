import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import type { Enrolment } from '../../../../contracts/programmes.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate, formatDateTime, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useEnrolments, useExit } from '../api/programmes.ts';

/** Who takes part now, and who waits for a place, in the order places are given. */
export function EnrolmentLists({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const canManage = useCan('enrolment.manage');
  const enrolments = useEnrolments(programmeId);
  const [exiting, setExiting] = useState<Enrolment | null>(null);
  const enrolled = (enrolments.data ?? []).filter((e) => e.status === 'enrolled');
  const waiting = (enrolments.data ?? []).filter((e) => e.status === 'waiting').sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));
  const exitButton = (e: Enrolment, label: string) => canManage ? (
    <td><Button variant="secondary" aria-label={t('enrolments.exitNamed', { name: e.participantName })} onPress={() => setExiting(e)}>{label}</Button></td>
  ) : null;
  // A participation with a case ends when the case is closed with its outcome (the server refuses CASE.OPEN here).
  const enrolledAction = (e: Enrolment) => (canManage && e.caseId ? (
    <td>
      <Link to="/cases/$id" params={{ id: e.caseId }} aria-label={t('enrolments.openCaseNamed', { name: e.participantName })}>{t('enrolments.openCase')}</Link>
    </td>
  ) : exitButton(e, t('enrolments.exit')));

  return (
    <>
      <Panel id="enrolled" title={t('enrolments.enrolledTitle', { count: enrolled.length })}>
        <QueryState isPending={enrolments.isPending} error={enrolments.error} />
        {exiting ? <ExitForm enrolment={exiting} onDone={() => setExiting(null)} /> : null}
        {enrolments.data && enrolled.length === 0 ? <p>{t('enrolments.noneEnrolled')}</p> : null}
        {enrolled.length > 0 ? (
          <DataTable caption={t('enrolments.enrolledCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('enrolments.participant')}</th>
                <th scope="col">{t('enrolments.enrolledOn')}</th>
                <th scope="col">{t('enrolments.note')}</th>
                {canManage ? <th scope="col">{t('enrolments.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {enrolled.map((e) => (
                <tr key={e.id}>
                  <th scope="row"><Link to="/participants/$id" params={{ id: e.participantId }}>{e.participantName}</Link></th>
                  <td className="nowrap">{e.enrolledOn ? formatDate(e.enrolledOn, language) : '—'}</td>
                  <td>{e.overrideReason ? t('enrolments.override', { reason: e.overrideReason }) : '—'}</td>
                  {enrolledAction(e)}
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : null}
      </Panel>
      <Panel id="waiting" title={t('enrolments.waitingTitle', { count: waiting.length })}>
        {enrolments.data && waiting.length === 0 ? <p>{t('enrolments.noneWaiting')}</p> : null}
        {waiting.length > 0 ? (
          <DataTable caption={t('enrolments.waitingCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('enrolments.position')}</th>
                <th scope="col">{t('enrolments.participant')}</th>
                <th scope="col">{t('enrolments.waitingSince')}</th>
                {canManage ? <th scope="col">{t('enrolments.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {waiting.map((e) => (
                <tr key={e.id}>
                  <td className="number">{e.waitingPosition}</td>
                  <th scope="row"><Link to="/participants/$id" params={{ id: e.participantId }}>{e.participantName}</Link></th>
                  <td className="nowrap">{e.waitingSince ? formatDateTime(e.waitingSince, language) : '—'}</td>
                  {exitButton(e, t('enrolments.removeFromWaiting'))}
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : null}
      </Panel>
    </>
  );
}

function ExitForm({ enrolment, onDone }: { enrolment: Enrolment; onDone: () => void }) {
  const { t } = useTranslation();
  const exit = useExit();
  const form = useFormProblem();
  const [values, setValues] = useState({ exitedOn: todayIso(), reason: '' });
  const labels: Record<string, string> = { exitedOn: t('enrolments.exitedOn'), reason: t('enrolments.exitReason') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.reason.trim()) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { reason: t('form.fillIn') } });
    form.submitted();
    exit.mutate({ id: enrolment.id, ...values }, {
      onSuccess: () => { announce(t('enrolments.exited', { name: enrolment.participantName })); onDone(); },
      onError: form.failed,
    });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-label={t('enrolments.exitTitle', { name: enrolment.participantName })}>
      <h3>{t('enrolments.exitTitle', { name: enrolment.participantName })}</h3>
      <FormProblemSummary form="exit" problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <TextField id={fieldId('exit', 'exitedOn')} label={labels.exitedOn!} type="date" value={values.exitedOn} onChange={(exitedOn) => setValues((v) => ({ ...v, exitedOn }))} error={form.problem?.fields.exitedOn} isRequired />
      <TextField id={fieldId('exit', 'reason')} label={labels.reason!} multiline value={values.reason} onChange={(reason) => setValues((v) => ({ ...v, reason }))} error={form.problem?.fields.reason} isRequired maxLength={LIMITS.textMax} />
      <FormActions submitLabel={t('enrolments.saveExit')} isPending={exit.isPending} onCancel={onDone} />
    </form>
  );
}
