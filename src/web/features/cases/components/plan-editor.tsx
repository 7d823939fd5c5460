import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { PLAN_LIMITS, PLAN_STEP_STATUSES, type Plan, type PlanGoal, type PlanGoalInput, type PlanStepStatus } from '../../../../contracts/plans.ts';
import type { ServiceTypeGroup } from '../../../../contracts/services.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { fetchLatestPlan, useSavePlan } from '../api/plans.ts';
import { PlanGoals } from './plan-goals.tsx';

// Writing the individual action plan: goals, and under each the steps with their service,
// responsible team member, due date and status. Two people may edit at once: the second
// save is refused (409), and this form keeps what was typed, shows the other version and
// lets the user either save their text as the next version or start again from the other.

const FORM = 'plan-edit';

interface StepDraft { key: string; id?: string; text: string; serviceKey: string; responsibleUserId: string; dueOn: string; status: PlanStepStatus }
interface GoalDraft { key: string; id?: string; text: string; steps: StepDraft[] }

const draftsOf = (goals: readonly PlanGoal[]): GoalDraft[] =>
  goals.map((goal) => ({
    key: goal.id, id: goal.id, text: goal.text,
    steps: goal.steps.map((step) => ({
      key: step.id, id: step.id, text: step.text, serviceKey: step.serviceKey ?? '', responsibleUserId: step.responsibleUserId ?? '', dueOn: step.dueOn ?? '', status: step.status,
    })),
  }));

const bodyOf = (goals: readonly GoalDraft[]): PlanGoalInput[] =>
  goals.map((goal) => ({
    ...(goal.id ? { id: goal.id } : {}),
    text: goal.text,
    steps: goal.steps.map((step) => ({
      ...(step.id ? { id: step.id } : {}),
      text: step.text, serviceKey: step.serviceKey || null, responsibleUserId: step.responsibleUserId || null, dueOn: step.dueOn || null, status: step.status,
    })),
  }));

interface PlanEditorProps {
  caseId: string;
  plan: Plan;
  catalogue: readonly ServiceTypeGroup[] | undefined;
  onDone: () => void;
}

export function PlanEditor({ caseId, plan, catalogue, onDone }: PlanEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSavePlan(caseId);
  const client = useQueryClient();
  const form = useFormProblem();
  // A new plan opens with one empty goal and step: that is where everyone starts.
  const [goals, setGoals] = useState<GoalDraft[]>(() =>
    plan.goals.length > 0 ? draftsOf(plan.goals) : [{ key: 'new-goal', text: '', steps: [{ key: 'new-step', text: '', serviceKey: '', responsibleUserId: '', dueOn: '', status: 'planned' }] }]);
  const [note, setNote] = useState('');
  // The version this text is based on; after a conflict, the user may base it on theirs.
  const [baseVersion, setBaseVersion] = useState(plan.version);
  const [conflict, setConflict] = useState<{ version: number } | null>(null);
  const [theirs, setTheirs] = useState<Plan | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const counter = useRef(0);
  const newKey = () => `new-${++counter.current}`;

  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);

  const id = (field: string) => fieldId(FORM, field);
  const emptyStep = (): StepDraft => ({ key: newKey(), text: '', serviceKey: '', responsibleUserId: '', dueOn: '', status: 'planned' });
  const setGoal = (g: number, change: Partial<GoalDraft>) => setGoals((all) => all.map((goal, i) => (i === g ? { ...goal, ...change } : goal)));
  const setStep = (g: number, s: number, change: Partial<StepDraft>) =>
    setGoals((all) => all.map((goal, i) => (i === g ? { ...goal, steps: goal.steps.map((step, j) => (j === s ? { ...step, ...change } : step)) } : goal)));

  const addGoal = () => {
    setGoals((all) => [...all, { key: newKey(), text: '', steps: [emptyStep()] }]);
    setFocusId(id(`goals.${goals.length}.text`));
  };
  const removeGoal = (g: number) => {
    setGoals((all) => all.filter((_, i) => i !== g));
    setFocusId(id('add-goal'));
    announce(t('plans.goalRemoved', { number: g + 1 }));
  };
  const addStep = (g: number) => {
    setGoal(g, { steps: [...goals[g]!.steps, emptyStep()] });
    setFocusId(id(`goals.${g}.steps.${goals[g]!.steps.length}.text`));
  };
  const removeStep = (g: number, s: number) => {
    setGoal(g, { steps: goals[g]!.steps.filter((_, j) => j !== s) });
    setFocusId(id(`goals.${g}.add-step`));
    announce(t('plans.stepRemoved', { number: `${g + 1}.${s + 1}` }));
  };

  const labelOf = (field: string) => {
    const step = field.match(/^goals\.(\d+)\.steps\.(\d+)\.(\w+)$/);
    if (step) return `${t('plans.stepLabel', { number: `${Number(step[1]) + 1}.${Number(step[2]) + 1}` })}, ${fieldLabel(step[3]!)}`;
    const goal = field.match(/^goals\.(\d+)\.(\w+)$/);
    if (goal) return t('plans.goalLabel', { number: Number(goal[1]) + 1 });
    return field === 'note' ? t('plans.note') : undefined;
  };
  const fieldLabel = (name: string) =>
    ({ text: t('plans.stepText'), serviceKey: t('plans.service'), responsibleUserId: t('plans.responsible'), dueOn: t('plans.dueOn'), status: t('plans.status') } as Record<string, string>)[name] ?? name;

  const send = (version: number) => {
    form.submitted();
    save.mutate(
      { goals: bodyOf(goals), version, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => { announce(t('plans.saved')); onDone(); },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'RECORD.CHANGED') {
            setTheirs(null);
            setConflict({ version: Number((error.details as { currentVersion?: number } | undefined)?.currentVersion ?? 0) });
            form.setProblem(null);
            return;
          }
          form.failed(error);
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    goals.forEach((goal, g) => {
      if (!goal.text.trim()) fields[`goals.${g}.text`] = t('form.fillIn');
      goal.steps.forEach((step, s) => {
        if (!step.text.trim()) fields[`goals.${g}.steps.${s}.text`] = t('form.fillIn');
      });
    });
    if (Object.keys(fields).length > 0) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    send(baseVersion);
  };

  const showTheirs = async () => {
    try {
      const latest = await fetchLatestPlan(caseId);
      client.setQueryData(['plans', caseId], latest);
      setTheirs(latest);
    } catch (error) {
      form.failed(error);
    }
  };

  const startFromTheirs = (latest: Plan) => {
    setGoals(draftsOf(latest.goals));
    setBaseVersion(latest.version);
    setConflict(null);
    setTheirs(null);
    announce(t('plans.startedFromTheirs'));
  };

  const services = (catalogue ?? []).flatMap((group) => group.types);
  const serviceOptions = (current: string) =>
    services.filter((type) => type.isActive || type.key === current).map((type) => ({ value: type.key, label: language === 'lt' ? type.nameLt : type.nameEn }));
  const teamIds = new Set(plan.team.map((member) => member.userId));
  const namedBefore = new Map(plan.goals.flatMap((goal) => goal.steps).filter((s) => s.responsibleUserId).map((s) => [s.responsibleUserId!, s.responsibleName ?? '']));
  const responsibleOptions = (current: string) => [
    ...plan.team.map((member) => ({ value: member.userId, label: `${member.name} (${member.roles.map((r) => t(`roles.${r}`)).join(', ')})` })),
    ...(current && !teamIds.has(current) ? [{ value: current, label: t('plans.formerMember', { name: namedBefore.get(current) ?? '' }) }] : []),
  ];
  const error = (field: string) => form.problem?.fields[field];

  return (
    <section className="panel-inset" aria-labelledby={`${FORM}-title`}>
      <h3 id={`${FORM}-title`}>{plan.version === 0 ? t('plans.writeTitle') : t('plans.editTitle')}</h3>
      {conflict ? (
        <Conflict version={conflict.version} theirs={theirs} catalogue={catalogue} onShow={() => void showTheirs()}
          onSaveMine={(version) => { setConflict(null); setBaseVersion(version); send(version); }} onStartFromTheirs={startFromTheirs} />
      ) : null}
      {plan.agreedOn ? <Banner tone="info"><p>{t('plans.agreedWarning', { date: formatDate(plan.agreedOn, language) })}</p></Banner> : null}
      <form className="form plan-form" onSubmit={submit} noValidate aria-labelledby={`${FORM}-title`}>
        <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={labelOf} />
        {goals.length === 0 ? <p>{t('plans.noGoalsYet')}</p> : null}
        {goals.map((goal, g) => (
          <fieldset key={goal.key} className="plan-goal-edit">
            <legend>{t('plans.goalLabel', { number: g + 1 })}</legend>
            <TextField id={id(`goals.${g}.text`)} label={t('plans.goalText')} value={goal.text} onChange={(text) => setGoal(g, { text })}
              error={error(`goals.${g}.text`)} isRequired maxLength={PLAN_LIMITS.goalTextMax} autoComplete="off" />
            {goal.steps.map((step, s) => {
              const number = `${g + 1}.${s + 1}`;
              const field = (name: string) => `goals.${g}.steps.${s}.${name}`;
              return (
                <fieldset key={step.key} className="plan-step-edit">
                  <legend>{t('plans.stepLabel', { number })}</legend>
                  <TextField id={id(field('text'))} label={t('plans.stepText')} value={step.text} onChange={(text) => setStep(g, s, { text })}
                    error={error(field('text'))} isRequired maxLength={PLAN_LIMITS.stepTextMax} autoComplete="off" />
                  <div className="plan-step-fields">
                    <SelectField id={id(field('serviceKey'))} label={t('plans.service')} value={step.serviceKey} onChange={(serviceKey) => setStep(g, s, { serviceKey })}
                      options={serviceOptions(step.serviceKey)} emptyLabel={t('plans.noService')} error={error(field('serviceKey'))} />
                    <SelectField id={id(field('responsibleUserId'))} label={t('plans.responsible')} value={step.responsibleUserId}
                      onChange={(responsibleUserId) => setStep(g, s, { responsibleUserId })} options={responsibleOptions(step.responsibleUserId)}
                      emptyLabel={t('plans.nobody')} error={error(field('responsibleUserId'))} />
                    <TextField id={id(field('dueOn'))} label={t('plans.dueOn')} type="date" value={step.dueOn} onChange={(dueOn) => setStep(g, s, { dueOn })} error={error(field('dueOn'))} />
                    <SelectField id={id(field('status'))} label={t('plans.status')} value={step.status} onChange={(status) => setStep(g, s, { status: status as PlanStepStatus })}
                      options={PLAN_STEP_STATUSES.map((status) => ({ value: status, label: t(`plans.statuses.${status}`) }))} error={error(field('status'))} />
                  </div>
                  <Button variant="quiet" onPress={() => removeStep(g, s)} aria-label={t('plans.removeStepNamed', { number })}>{t('plans.removeStep')}</Button>
                </fieldset>
              );
            })}
            <div className="plan-edit-actions">
              <Button id={id(`goals.${g}.add-step`)} variant="secondary" onPress={() => addStep(g)} isDisabled={goal.steps.length >= PLAN_LIMITS.stepsPerGoalMax}
                aria-label={t('plans.addStepTo', { number: g + 1 })}>{t('plans.addStep')}</Button>
              <Button variant="quiet" onPress={() => removeGoal(g)} aria-label={t('plans.removeGoalNamed', { number: g + 1 })}>{t('plans.removeGoal')}</Button>
            </div>
          </fieldset>
        ))}
        <p>
          <Button id={id('add-goal')} variant="secondary" onPress={addGoal} isDisabled={goals.length >= PLAN_LIMITS.goalsMax}>{t('plans.addGoal')}</Button>
        </p>
        <TextField id={id('note')} label={t('plans.note')} description={t('plans.noteHint')} value={note} onChange={setNote} error={error('note')}
          multiline maxLength={PLAN_LIMITS.noteMax} autoComplete="off" />
        <FormActions submitLabel={t('plans.save')} isPending={save.isPending} onCancel={onDone} />
      </form>
    </section>
  );
}

interface ConflictProps {
  version: number;
  theirs: Plan | null;
  catalogue: readonly ServiceTypeGroup[] | undefined;
  onShow: () => void;
  onSaveMine: (version: number) => void;
  onStartFromTheirs: (theirs: Plan) => void;
}

/** Someone else saved first: nothing of this edit was saved, and nothing typed is lost. */
function Conflict({ version, theirs, catalogue, onShow, onSaveMine, onStartFromTheirs }: ConflictProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // The save button is far below; take focus so the message is seen and heard.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="banner banner-warning" role="alert" tabIndex={-1}>
      <p><strong>{t('plans.conflict')}</strong></p>
      <p>{t('plans.conflictHint', { version })}</p>
      {theirs ? (
        <section className="plan-theirs" aria-labelledby="plan-theirs-title">
          <h4 id="plan-theirs-title">{t('plans.theirVersion', { version: theirs.version, name: theirs.updatedByName ?? '—' })}</h4>
          {theirs.goals.length === 0 ? <p>{t('plans.noGoalsYet')}</p> : <PlanGoals goals={theirs.goals} catalogue={catalogue} headingLevel={5} />}
          <div className="plan-edit-actions">
            <Button onPress={() => onSaveMine(theirs.version)}>{t('plans.saveMine')}</Button>
            <Button variant="secondary" onPress={() => onStartFromTheirs(theirs)}>{t('plans.startFromTheirs')}</Button>
          </div>
        </section>
      ) : (
        <Button variant="secondary" onPress={onShow}>{t('plans.showTheirs')}</Button>
      )}
    </div>
  );
}
