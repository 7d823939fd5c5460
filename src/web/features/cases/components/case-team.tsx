import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_LIMITS, CASE_TEAM_ROLES, type CaseTeamRole } from '../../../../contracts/cases.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCaseStaff, useHandover, useSaveTeam, type Case, type StaffMember } from '../api/cases.ts';

type Open = null | 'team' | 'handover';

/** Who works on the case and in which role; the case manager changes it and hands the case over. */
export function CaseTeam({ caseRecord, canManage, onRefetch }: { caseRecord: Case; canManage: boolean; onRefetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const staff = useCaseStaff(caseRecord.id, canManage && open !== null);
  return (
    <Panel id="case-team" title={t('cases.teamTitle')}>
      {caseRecord.team.length === 0 ? <p>{t('cases.noTeam')}</p> : (
        <ul className="team-list">
          {caseRecord.team.map((member) => (
            <li key={`${member.userId}-${member.role}`}>
              <span className="team-name">{member.name}</span>
              <span className="team-role">
                {t(`roles.${member.role}`)}
                {member.role === 'case_manager' && member.userId === caseRecord.caseManager?.id ? ` (${t('cases.responsible')})` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canManage && open === null ? (
        <div className="form-actions">
          <Button variant="secondary" onPress={() => setOpen('team')}>{t('cases.editTeam')}</Button>
          <Button variant="secondary" onPress={() => setOpen('handover')}>{t('cases.handover')}</Button>
        </div>
      ) : null}
      {open !== null ? <QueryState isPending={staff.isPending} error={staff.error} /> : null}
      {open === 'team' && staff.data ? <TeamForm caseRecord={caseRecord} staff={staff.data} onDone={() => setOpen(null)} onRefetch={onRefetch} /> : null}
      {open === 'handover' && staff.data ? <HandoverForm caseRecord={caseRecord} staff={staff.data} onDone={() => setOpen(null)} onRefetch={onRefetch} /> : null}
    </Panel>
  );
}

interface Row { key: number; userId: string; role: CaseTeamRole | '' }

/** The team as rows of person and role; the responsible case manager stays (the server keeps them too). */
function TeamForm({ caseRecord, staff, onDone, onRefetch }: { caseRecord: Case; staff: StaffMember[]; onDone: () => void; onRefetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const save = useSaveTeam(caseRecord.id);
  const form = useFormProblem();
  const [rows, setRows] = useState<Row[]>(() => caseRecord.team
    .filter((m) => !(m.role === 'case_manager' && m.userId === caseRecord.caseManager?.id))
    .map((m, key) => ({ key, userId: m.userId, role: m.role })));
  const [nextKey, setNextKey] = useState(rows.length);
  const set = (key: number, change: Partial<Row>) => setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const people = staff.map((s) => ({ value: s.id, label: s.name }));
  const labelOf = (field: string) => {
    const [, index, part] = field.split('.');
    return index === undefined ? undefined : t(part === 'role' ? 'cases.memberRoleN' : 'cases.memberN', { n: Number(index) + 1 });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    rows.forEach((row, index) => {
      if (!row.userId) missing[`members.${index}.userId`] = t('form.chooseOne');
      if (!row.role) missing[`members.${index}.role`] = t('form.chooseOne');
    });
    if (Object.keys(missing).length) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: missing });
    form.submitted();
    save.mutate({ members: rows.map((row) => ({ userId: row.userId, role: row.role as CaseTeamRole })), version: caseRecord.version }, {
      onSuccess: () => { announce(t('cases.teamSaved')); onDone(); },
      onError: form.failed,
    });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby="case-team-form-title">
      <h3 id="case-team-form-title">{t('cases.editTeam')}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <FormProblemSummary form="case-team" problem={form.problem} attempt={form.attempt} labelOf={labelOf} />
      {caseRecord.caseManager ? <p>{t('cases.teamKeepsManager', { name: caseRecord.caseManager.name })}</p> : null}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="form-group team-row">
          <legend>{t('cases.memberN', { n: index + 1 })}</legend>
          <SelectField
            id={fieldId('case-team', `members.${index}.userId`)} label={t('cases.member')} value={row.userId} isRequired emptyLabel={t('form.choose')}
            onChange={(userId) => set(row.key, { userId })} options={people} error={form.problem?.fields[`members.${index}.userId`]}
          />
          <SelectField
            id={fieldId('case-team', `members.${index}.role`)} label={t('cases.memberRole')} value={row.role} isRequired emptyLabel={t('form.choose')}
            onChange={(role) => set(row.key, { role: role as CaseTeamRole })} error={form.problem?.fields[`members.${index}.role`]}
            options={CASE_TEAM_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
          <div>
            <Button variant="quiet" onPress={() => setRows((all) => all.filter((r) => r.key !== row.key))}>{t('cases.removeMember', { n: index + 1 })}</Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button variant="secondary" onPress={() => { setRows((all) => [...all, { key: nextKey, userId: '', role: '' }]); setNextKey((k) => k + 1); }}>{t('cases.addMember')}</Button>
      </div>
      <FormActions submitLabel={t('cases.saveTeam')} isPending={save.isPending} onCancel={onDone} />
    </form>
  );
}

/** To another case manager of the organisation, with a note for them (kept on the timeline). */
function HandoverForm({ caseRecord, staff, onDone, onRefetch }: { caseRecord: Case; staff: StaffMember[]; onDone: () => void; onRefetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const handover = useHandover(caseRecord.id);
  const form = useFormProblem();
  const [values, setValues] = useState({ toUserId: '', note: '' });
  const candidates = staff.filter((s) => s.roles.includes('case_manager') && s.id !== caseRecord.caseManager?.id);
  const labels: Record<string, string> = { toUserId: t('cases.handoverTo'), note: t('cases.handoverNote') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.toUserId) missing.toUserId = t('form.chooseOne');
    if (!values.note.trim()) missing.note = t('form.fillIn');
    if (Object.keys(missing).length) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: missing });
    form.submitted();
    const name = candidates.find((c) => c.id === values.toUserId)?.name ?? '';
    handover.mutate({ ...values, version: caseRecord.version }, {
      onSuccess: () => { announce(t('cases.handedOver', { name })); onDone(); },
      onError: form.failed,
    });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby="case-handover-title">
      <h3 id="case-handover-title">{t('cases.handover')}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <FormProblemSummary form="case-handover" problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      {candidates.length === 0 ? (
        <>
          <p>{t('cases.noOtherManagers')}</p>
          <div className="form-actions"><Button variant="secondary" onPress={onDone}>{t('form.cancel')}</Button></div>
        </>
      ) : null}
      {candidates.length > 0 ? (
        <>
      <SelectField
        id={fieldId('case-handover', 'toUserId')} label={labels.toUserId!} value={values.toUserId} isRequired emptyLabel={t('form.choose')}
        onChange={(toUserId) => setValues((v) => ({ ...v, toUserId }))} error={form.problem?.fields.toUserId}
        options={candidates.map((c) => ({ value: c.id, label: c.name }))}
      />
      <TextField
        id={fieldId('case-handover', 'note')} label={labels.note!} description={t('cases.handoverNoteHint')} multiline isRequired maxLength={CASE_LIMITS.noteMax}
        value={values.note} onChange={(note) => setValues((v) => ({ ...v, note }))} error={form.problem?.fields.note}
      />
      <FormActions submitLabel={t('cases.handoverSave')} isPending={handover.isPending} onCancel={onDone} />
        </>
      ) : null}
    </form>
  );
}
