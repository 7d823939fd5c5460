import { useEffect, useState, type FormEvent } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CASE_LIMITS, type ServicePlace } from '../../../../contracts/cases.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId, formProblemOf } from '../../../lib/form-errors.ts';
import { todayIso } from '../../../lib/format.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCaseload } from '../api/cases.ts';
import { useLogGroupService } from '../api/services.ts';
import { SessionFields } from './service-fields.tsx';
import { minutesOf } from '../../../lib/duration.ts';

// One group session (a workshop, a job club) logged for many participants of my caseload
// at once. The server writes all rows or none; a case it refuses comes back as
// caseIds.<index>, which the summary names by the person and links to their checkbox.

const FORM = 'group-session';

interface Values {
  serviceKey: string; deliveredOn: string; hours: string; minutes: string; place: string; centreId: string; village: string; notes: string;
}

const participantField = (caseId: string) => `participant-${caseId}`;

/** The Lithuanian form of a noun after a number: 1, 21 → One; 2–9, 22… → Few; 0, 10–20, 30… → Many (English uses the same keys). */
export function countForm(n: number): 'One' | 'Few' | 'Many' {
  if (n % 10 === 1 && n % 100 !== 11) return 'One';
  if (n % 10 >= 2 && (n % 100 < 10 || n % 100 > 20)) return 'Few';
  return 'Many';
}

export function GroupSessionForm() {
  const { t } = useTranslation();
  const log = useLogGroupService();
  const form = useFormProblem();
  const caseload = useCaseload({ stage: '', scope: 'mine', includeClosed: false });
  const [values, setValues] = useState<Values>({ serviceKey: '', deliveredOn: todayIso(), hours: '', minutes: '', place: '', centreId: '', village: '', notes: '' });
  const [ticked, setTicked] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [done, setDone] = useState<number | null>(null);
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));
  const id = (field: string) => fieldId(FORM, field);

  // A caseload is tens of cases: read every page, so the filter and the ticks see them all.
  useEffect(() => {
    if (caseload.hasNextPage && !caseload.isFetchingNextPage) void caseload.fetchNextPage();
  }, [caseload]);
  const cases = (caseload.data?.pages ?? []).flatMap((page) => page.items).filter((c) => c.myRoles.length > 0);
  const nameOf = (caseId: string) => cases.find((c) => c.id === caseId)?.participant?.name ?? t('cases.nameHidden');
  const needle = filter.trim().toLocaleLowerCase('lt');
  const shown = cases.filter((c) => ticked.includes(c.id) || (c.participant?.name ?? '').toLocaleLowerCase('lt').includes(needle));
  const organisationId = cases.find((c) => c.id === ticked[0])?.organisationId ?? cases[0]?.organisationId;

  const labels: Record<string, string> = {
    serviceKey: t('services.service'), deliveredOn: t('services.deliveredOn'), durationMinutes: t('services.duration'), place: t('services.place'),
    centreId: t('services.centre'), village: t('services.village'), notes: t('services.notes'), caseIds: t('groupSession.participants'),
  };
  const labelOf = (field: string) => (field.startsWith('participant-') ? nameOf(field.slice('participant-'.length)) : labels[field]);

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
    if (ticked.length === 0) fields.caseIds = t('groupSession.tickSomeone');
    else if (ticked.length > CASE_LIMITS.groupParticipantsMax) fields.caseIds = t('groupSession.tooMany', { max: CASE_LIMITS.groupParticipantsMax });
    if (Object.keys(fields).length > 0) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    const caseIds = [...ticked];
    log.mutate({
      caseIds, serviceKey: values.serviceKey, deliveredOn: values.deliveredOn, durationMinutes: minutes!, place: values.place as ServicePlace,
      ...(values.place === 'centre' ? { centreId: values.centreId } : {}),
      ...(values.village.trim() && values.place !== 'centre' ? { village: values.village.trim() } : {}),
      ...(values.notes.trim() ? { notes: values.notes } : {}),
    }, {
      onSuccess: (result) => {
        announce(t(`groupSession.logged${countForm(result.items.length)}`, { count: result.items.length }));
        setDone(result.items.length);
      },
      onError: (error) => {
        // caseIds.3 is the fourth case sent: name that person, link to their checkbox.
        const problem = formProblemOf(error, t('errors.generic'));
        const remapped = Object.fromEntries(Object.entries(problem.fields).map(([field, text]) => {
          const index = /^caseIds\.(\d+)$/.exec(field)?.[1];
          const caseId = index === undefined ? undefined : caseIds[Number(index)];
          return [caseId ? participantField(caseId) : field, text];
        }));
        form.setProblem({ ...problem, fields: remapped });
      },
    });
  };

  if (done !== null) {
    return (
      // The announcement says it aloud; the banner shows it and the way on.
      <Banner tone="success">
        <p>{t(`groupSession.logged${countForm(done)}`, { count: done })}</p>
        <p className="form-actions">
          <Link to="/cases" className="button">{t('groupSession.back')}</Link>
          <Button variant="secondary" onPress={() => { setDone(null); setTicked([]); form.setProblem(null); }}>{t('groupSession.another')}</Button>
        </p>
      </Banner>
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('groupSession.title')}>
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={labelOf} />
      <SessionFields form={FORM} values={values} set={set} errors={form.problem?.fields} labels={labels} organisationId={organisationId} />
      <TextField id={id('notes')} label={labels.notes!} description={t('groupSession.notesHint')} value={values.notes} onChange={(notes) => set({ notes })} error={form.problem?.fields.notes} multiline maxLength={CASE_LIMITS.noteMax} />

      <fieldset className="form-group" id={id('caseIds')} tabIndex={-1}>
        <legend>{labels.caseIds} <span className="field-required">{t('form.required')}</span></legend>
        <p className="field-description">{t('groupSession.participantsHint', { count: ticked.length })}</p>
        <TextField id={id('filter')} label={t('groupSession.filter')} value={filter} onChange={setFilter} type="search" />
        {form.problem?.fields.caseIds ? <p className="field-error">{form.problem.fields.caseIds}</p> : null}
        <QueryState isPending={caseload.isPending} error={caseload.error} />
        {caseload.data && shown.length === 0 ? <p>{t('groupSession.noneFound')}</p> : null}
        <ul className="plain-list">
          {shown.map((c) => {
            const field = participantField(c.id);
            const error = form.problem?.fields[field];
            return (
              <li key={c.id}>
                <label className="checkbox" htmlFor={id(field)}>
                  <input
                    type="checkbox" id={id(field)} checked={ticked.includes(c.id)} aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id(field)}-error` : undefined}
                    onChange={(event) => setTicked((all) => (event.target.checked ? [...all, c.id] : all.filter((x) => x !== c.id)))}
                  />
                  <span>{c.participant?.name ?? t('cases.nameHidden')} <span className="muted">({c.programme.name})</span></span>
                </label>
                {error ? <p id={`${id(field)}-error`} className="field-error">{error}</p> : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <FormActions submitLabel={t(`groupSession.save${countForm(ticked.length)}`, { count: ticked.length })} isPending={log.isPending} />
    </form>
  );
}
