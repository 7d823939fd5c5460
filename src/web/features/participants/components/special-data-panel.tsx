import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIGRANT_STATUSES, SPECIAL_ANSWERS, type SpecialData } from '../../../../contracts/participants.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorSummary, FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useEditForm } from '../../../lib/use-form-problem.ts';
import { useSaveSpecialData, useSpecialData } from '../api/participants.ts';

// Special-category data (GDPR art. 9), read on its own request and only by roles
// granted it; every read is audited, so it is read when the profile opens and not again.
// Roles with participant.special.manage change the answers; any answer other than
// "declined" or "not asked" needs a live basis for purpose special_category_data.
export function SpecialDataPanel({ participantId, canManage }: { participantId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const special = useSpecialData(participantId, true);
  const [editing, setEditing] = useState(false);
  const answer = (value: string) => t(`special.answers.${value}`);
  const s = special.data;
  return (
    <Panel id="special" title={t('special.title')}>
      <p className="field-description">{t('special.intro')}</p>
      <QueryState isPending={special.isPending} error={special.error} />
      {s ? (
        <dl className="facts">
          <div><dt>{t('special.disability')}</dt><dd>{answer(s.disability)}</dd></div>
          <div><dt>{t('special.minority')}</dt><dd>{answer(s.minority)}{s.minorityGroup ? ` (${s.minorityGroup})` : ''}</dd></div>
          <div><dt>{t('special.migrantStatus')}</dt><dd>{t(`special.migrant.${s.migrantStatus}`)}</dd></div>
          <div><dt>{t('special.healthLimits')}</dt><dd>{answer(s.healthLimits)}</dd></div>
          {s.healthNotes ? <div><dt>{t('special.healthNotes')}</dt><dd className="pre-line">{s.healthNotes}</dd></div> : null}
          <div>
            <dt>{t('special.legalBasis')}</dt>
            <dd>{s.legalBasis ? t('special.basisGiven', { basis: t(`consents.legalBases.${s.legalBasis.legalBasis}`), date: formatDate(s.legalBasis.givenOn, language) }) : t('special.noBasis')}</dd>
          </div>
        </dl>
      ) : null}
      {s && canManage ? (
        editing
          ? <SpecialDataForm data={s} refetch={special.refetch} onDone={() => setEditing(false)} />
          : <Button variant="secondary" onPress={() => setEditing(true)}>{t('special.edit')}</Button>
      ) : null}
    </Panel>
  );
}

type Answer = (typeof SPECIAL_ANSWERS)[number];
type MigrantStatus = (typeof MIGRANT_STATUSES)[number];
interface Values { disability: Answer; minority: Answer; minorityGroup: string; migrantStatus: MigrantStatus; healthLimits: Answer; healthNotes: string }

const FORM = 'special-edit';

function SpecialDataForm({ data, refetch, onDone }: { data: SpecialData; refetch: () => Promise<unknown>; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSpecialData(data.participantId);
  const form = useEditForm(refetch);
  return (
    <section className="panel-inset" aria-labelledby={`${FORM}-title`}>
      <h3 id={`${FORM}-title`}>{t('special.editTitle')}</h3>
      <RecordChanged problem={form.problem} onReload={form.reload} />
      <SpecialDataFields
        key={`${form.key}-${data.version}`}
        initial={data}
        problem={form.problem}
        attempt={form.attempt}
        isPending={save.isPending}
        onCancel={() => { form.setProblem(null); onDone(); }}
        onSubmit={(values) => {
          form.submitted();
          save.mutate(
            { ...values, minorityGroup: values.minority === 'yes' ? values.minorityGroup.trim() : '', version: data.version },
            { onSuccess: () => { form.saved(); onDone(); }, onError: form.failed },
          );
        }}
      />
    </section>
  );
}

interface FieldsProps {
  initial: SpecialData;
  problem: ReturnType<typeof useEditForm>['problem'];
  attempt: number;
  isPending: boolean;
  onCancel: () => void;
  onSubmit: (values: Values) => void;
}

function SpecialDataFields({ initial, problem, attempt, isPending, onCancel, onSubmit }: FieldsProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({
    disability: initial.disability, minority: initial.minority, minorityGroup: initial.minorityGroup,
    migrantStatus: initial.migrantStatus, healthLimits: initial.healthLimits, healthNotes: initial.healthNotes,
  });
  const set = <K extends keyof Values>(key: K) => (value: string) => setValues((v) => ({ ...v, [key]: value as Values[K] }));
  const id = (field: string) => fieldId(FORM, field);
  const labelOf = (field: string) => ({
    disability: t('special.disability'), minority: t('special.minority'), minorityGroup: t('special.minorityGroup'),
    migrantStatus: t('special.migrantStatus'), healthLimits: t('special.healthLimits'), healthNotes: t('special.healthNotes'),
  } as Record<string, string>)[field];
  const answers = SPECIAL_ANSWERS.map((a) => ({ value: a, label: t(`special.answers.${a}`) }));
  const error = (field: string) => problem?.fields[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${FORM}-title`}>
      {problem?.code === 'PARTICIPANT.NO_SPECIAL_DATA_BASIS' ? (
        // Not a mistake in a field: the record needs a legal basis first, recorded in the consents section.
        <ErrorSummary
          attempt={attempt}
          message={`${problem.message} ${t('special.noBasisFix')}`}
          items={[{ fieldId: 'consents-title', text: t('special.goToConsents') }]}
        />
      ) : (
        <FormProblemSummary form={FORM} problem={problem} attempt={attempt} labelOf={labelOf} />
      )}
      <p className="field-description">{t('special.basisHint')}</p>
      <SelectField id={id('disability')} label={labelOf('disability')!} value={values.disability} onChange={set('disability')} options={answers} error={error('disability')} />
      <SelectField id={id('minority')} label={labelOf('minority')!} value={values.minority} onChange={set('minority')} options={answers} error={error('minority')} />
      {values.minority === 'yes' || error('minorityGroup') ? (
        <TextField
          id={id('minorityGroup')} label={labelOf('minorityGroup')!} description={t('special.minorityGroupHint')} value={values.minorityGroup}
          onChange={set('minorityGroup')} error={error('minorityGroup')} maxLength={LIMITS.nameMax} autoComplete="off"
        />
      ) : null}
      <SelectField
        id={id('migrantStatus')} label={labelOf('migrantStatus')!} value={values.migrantStatus} onChange={set('migrantStatus')}
        options={MIGRANT_STATUSES.map((m) => ({ value: m, label: t(`special.migrant.${m}`) }))} error={error('migrantStatus')}
      />
      <SelectField id={id('healthLimits')} label={labelOf('healthLimits')!} value={values.healthLimits} onChange={set('healthLimits')} options={answers} error={error('healthLimits')} />
      <TextField
        id={id('healthNotes')} label={labelOf('healthNotes')!} value={values.healthNotes} onChange={set('healthNotes')} error={error('healthNotes')}
        multiline maxLength={LIMITS.textMax} autoComplete="off"
      />
      <FormActions submitLabel={t('special.save')} isPending={isPending} onCancel={onCancel} />
    </form>
  );
}

