import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADAPTATIONS, HOURS_KINDS, type Adaptation, type HoursKind } from '../../../../contracts/employment.ts';
import { SE_LIMITS, type VocationalProfile } from '../../../../contracts/supported-employment.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId, formProblemOf, type FormProblem } from '../../../lib/form-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { OccupationsField } from '../../../components/fields/occupation-field.tsx';
import { useSaveVocationalProfile } from '../api/supported-employment.ts';
import type { SeSectionProps } from './supported-employment-page.tsx';

// Stage 2, the vocational profile: what the person likes and is good at, the help they need,
// the jobs they aim for and have done (ISCO-08), hours, travel and adaptations. Matching
// reads it, so the words are plain and every field says what it is for.

const FORM = 'se-profile';

/** Field errors on list items (skills.3, targetIsco.0) belong to the list's one control. */
function onLists(problem: FormProblem): FormProblem {
  const fields: Record<string, string> = {};
  for (const [field, text] of Object.entries(problem.fields)) fields[field.replace(/\.\d+$/, '')] ??= text;
  return { ...problem, fields };
}

export function VocationalProfilePanel({ caseId, page, canWork, onRefetch }: SeSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const profile = page.vocationalProfile;
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : '—');
  return (
    <Panel id="se-profile" title={t('supportedEmployment.profileTitle')}>
      {editing ? (
        <ProfileForm caseId={caseId} profile={profile} onRefetch={onRefetch} onDone={() => setEditing(false)} />
      ) : profile ? (
        <>
          <dl className="facts">
            <div><dt>{t('supportedEmployment.profile.targetIsco')}</dt><dd>{list(profile.targetIsco.map((o) => `${o.code} ${o.name}`))}</dd></div>
            <div><dt>{t('supportedEmployment.profile.experienceIsco')}</dt><dd>{list(profile.experienceIsco.map((o) => `${o.code} ${o.name}`))}</dd></div>
            <div><dt>{t('supportedEmployment.profile.skills')}</dt><dd>{list(profile.skills)}</dd></div>
            <div><dt>{t('supportedEmployment.profile.interests')}</dt><dd className="pre-line">{profile.interests || '—'}</dd></div>
            <div><dt>{t('supportedEmployment.profile.strengths')}</dt><dd className="pre-line">{profile.strengths || '—'}</dd></div>
            <div><dt>{t('supportedEmployment.profile.supportNeeds')}</dt><dd className="pre-line">{profile.supportNeeds || '—'}</dd></div>
            <div><dt>{t('supportedEmployment.profile.hours')}</dt><dd>{list(profile.hours.map((h) => t(`supportedEmployment.hours.${h}`)))}</dd></div>
            <div>
              <dt>{t('supportedEmployment.profile.travel')}</dt>
              <dd>
                {profile.maxCommuteKm === null ? t('supportedEmployment.profile.noCommuteLimit') : t('supportedEmployment.profile.commuteKm', { km: profile.maxCommuteKm })}
                {profile.hasDrivingLicence ? `; ${t('supportedEmployment.profile.hasDrivingLicence')}` : ''}
                {profile.ownTransport ? `; ${t('supportedEmployment.profile.ownTransport')}` : ''}
              </dd>
            </div>
            <div><dt>{t('supportedEmployment.profile.adaptationsNeeded')}</dt><dd>{list(profile.adaptationsNeeded.map((a) => t(`supportedEmployment.adaptations.${a}`)))}</dd></div>
          </dl>
          {profile.updatedAt ? (
            <p className="muted">{t('supportedEmployment.profile.lastSaved', { date: formatDateTime(profile.updatedAt, language), name: profile.updatedBy?.name ?? '—' })}</p>
          ) : null}
        </>
      ) : (
        <p>{t('supportedEmployment.profile.none')}</p>
      )}
      {canWork && !editing ? <Button onPress={() => setEditing(true)}>{profile ? t('supportedEmployment.profile.edit') : t('supportedEmployment.profile.write')}</Button> : null}
    </Panel>
  );
}

interface Values {
  interests: string;
  strengths: string;
  supportNeeds: string;
  skills: string;
  targetIsco: string[];
  experienceIsco: string[];
  hours: HoursKind[];
  maxCommuteKm: string;
  hasDrivingLicence: boolean;
  ownTransport: boolean;
  adaptationsNeeded: Adaptation[];
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

function ProfileForm({ caseId, profile, onRefetch, onDone }: { caseId: string; profile: VocationalProfile | null; onRefetch: () => Promise<unknown>; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveVocationalProfile(caseId);
  const form = useFormProblem();
  const [values, setValues] = useState<Values>({
    interests: profile?.interests ?? '', strengths: profile?.strengths ?? '', supportNeeds: profile?.supportNeeds ?? '',
    skills: (profile?.skills ?? []).join('\n'), targetIsco: profile?.targetIsco.map((o) => o.code) ?? [], experienceIsco: profile?.experienceIsco.map((o) => o.code) ?? [],
    hours: profile?.hours ?? [], maxCommuteKm: profile?.maxCommuteKm == null ? '' : String(profile.maxCommuteKm),
    hasDrivingLicence: profile?.hasDrivingLicence ?? false, ownTransport: profile?.ownTransport ?? false, adaptationsNeeded: profile?.adaptationsNeeded ?? [],
  });
  const set = <K extends keyof Values>(field: K) => (value: Values[K]) => setValues((v) => ({ ...v, [field]: value }));
  const id = (field: string) => fieldId(FORM, field);
  const labels: Record<string, string> = Object.fromEntries(
    ['interests', 'strengths', 'supportNeeds', 'skills', 'targetIsco', 'experienceIsco', 'hours', 'maxCommuteKm', 'adaptationsNeeded']
      .map((f) => [f, t(`supportedEmployment.profile.${f}`)]),
  );
  const errors = form.problem?.fields ?? {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const km = values.maxCommuteKm.trim();
    if (km && (!/^\d+$/.test(km) || Number(km) > SE_LIMITS.maxCommuteKm)) {
      return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { maxCommuteKm: t('supportedEmployment.profile.commuteInvalid', { max: SE_LIMITS.maxCommuteKm }) } });
    }
    form.submitted();
    save.mutate({
      interests: values.interests, strengths: values.strengths, supportNeeds: values.supportNeeds,
      skills: values.skills.split('\n').map((s) => s.trim()).filter(Boolean),
      targetIsco: values.targetIsco, experienceIsco: values.experienceIsco, hours: values.hours,
      maxCommuteKm: km ? Number(km) : null, hasDrivingLicence: values.hasDrivingLicence, ownTransport: values.ownTransport,
      adaptationsNeeded: values.adaptationsNeeded, version: profile?.version ?? 0,
    }, {
      onSuccess: () => { announce(t('supportedEmployment.profile.saved')); onDone(); },
      onError: (error) => form.setProblem(onLists(formProblemOf(error, t('errors.generic')))),
    });
  };

  return (
    <section className="panel-inset" aria-labelledby={`${FORM}-title`}>
      <h3 id={`${FORM}-title`}>{profile ? t('supportedEmployment.profile.edit') : t('supportedEmployment.profile.write')}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${FORM}-title`}>
        <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f.replace(/\.\d+$/, '')]} />
        <OccupationsField id={id('targetIsco')} label={labels.targetIsco!} value={values.targetIsco} onChange={set('targetIsco')}
          description={t('supportedEmployment.profile.targetIscoHint')} errorMessage={errors.targetIsco} />
        <OccupationsField id={id('experienceIsco')} label={labels.experienceIsco!} value={values.experienceIsco} onChange={set('experienceIsco')}
          description={t('supportedEmployment.profile.experienceIscoHint')} errorMessage={errors.experienceIsco} />
        <TextField id={id('skills')} label={labels.skills!} multiline value={values.skills} onChange={set('skills')}
          description={t('supportedEmployment.profile.skillsHint', { max: SE_LIMITS.skillsMax })} error={errors.skills} />
        <TextField id={id('interests')} label={labels.interests!} multiline maxLength={SE_LIMITS.textMax} value={values.interests} onChange={set('interests')}
          description={t('supportedEmployment.profile.interestsHint')} error={errors.interests} />
        <TextField id={id('strengths')} label={labels.strengths!} multiline maxLength={SE_LIMITS.textMax} value={values.strengths} onChange={set('strengths')}
          description={t('supportedEmployment.profile.strengthsHint')} error={errors.strengths} />
        <TextField id={id('supportNeeds')} label={labels.supportNeeds!} multiline maxLength={SE_LIMITS.textMax} value={values.supportNeeds} onChange={set('supportNeeds')}
          description={t('supportedEmployment.profile.supportNeedsHint')} error={errors.supportNeeds} />
        <fieldset className="checkbox-group" id={id('hours')} tabIndex={-1}>
          <legend>{labels.hours}</legend>
          {HOURS_KINDS.map((h) => (
            <Checkbox key={h} label={t(`supportedEmployment.hours.${h}`)} isSelected={values.hours.includes(h)} onChange={(on) => set('hours')(toggle(values.hours, h, on))} />
          ))}
        </fieldset>
        <TextField id={id('maxCommuteKm')} label={labels.maxCommuteKm!} type="number" inputMode="numeric" value={values.maxCommuteKm} onChange={set('maxCommuteKm')}
          description={t('supportedEmployment.profile.maxCommuteKmHint')} error={errors.maxCommuteKm} />
        <Checkbox label={t('supportedEmployment.profile.hasDrivingLicence')} isSelected={values.hasDrivingLicence} onChange={set('hasDrivingLicence')} />
        <Checkbox label={t('supportedEmployment.profile.ownTransport')} isSelected={values.ownTransport} onChange={set('ownTransport')} />
        <fieldset className="checkbox-group" id={id('adaptationsNeeded')} tabIndex={-1}>
          <legend>{labels.adaptationsNeeded}</legend>
          {ADAPTATIONS.map((a) => (
            <Checkbox key={a} label={t(`supportedEmployment.adaptations.${a}`)} isSelected={values.adaptationsNeeded.includes(a)}
              onChange={(on) => set('adaptationsNeeded')(toggle(values.adaptationsNeeded, a, on))} />
          ))}
        </fieldset>
        <FormActions submitLabel={t('form.save')} isPending={save.isPending} onCancel={onDone} />
      </form>
    </section>
  );
}
