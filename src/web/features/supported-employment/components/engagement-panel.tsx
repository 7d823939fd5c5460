import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCLOSURES } from '../../../../contracts/employment.ts';
import { ATTACHMENT_CONTENT_TYPES, type AttachmentUpload } from '../../../../contracts/participants.ts';
import { SE_LIMITS, type SupportedEmploymentUpdate } from '../../../../contracts/supported-employment.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FileField } from '../../../components/ui/file-field.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { readAsBase64, SIGNED_DOCUMENT_MAX_MB, signedDocumentProblem } from '../../../lib/files.ts';
import { fieldId, formProblemOf, type FormProblem } from '../../../lib/form-errors.ts';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useJobCoaches, useUpdateSupportedEmployment } from '../api/supported-employment.ts';
import type { SeSectionProps } from './supported-employment-page.tsx';

// Stage 1, engagement: the person's informed choice, the agreement with its signed copy, and
// what they agree may be told to employers (disclosure). Also the coach and ending the process.

type Mode = 'view' | 'edit' | 'coach' | 'end';

export function EngagementPanel(props: SeSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [mode, setMode] = useState<Mode>('view');
  const p = props.page.process!;
  const ended = p.endedOn !== null;
  const date = (value: string | null) => (value ? formatDate(value, language) : t('supportedEmployment.notRecorded'));
  return (
    <Panel id="se-engagement" title={t('supportedEmployment.engagementTitle')}>
      <p className="field-description">{t('supportedEmployment.engagementIntro')}</p>
      <dl className="facts">
        <div><dt>{t('supportedEmployment.informedChoiceOn')}</dt><dd>{date(p.informedChoiceOn)}</dd></div>
        <div>
          <dt>{t('supportedEmployment.agreementOn')}</dt>
          <dd>
            {date(p.agreementOn)}
            {p.agreementDocumentId ? <> {' '}<a href={`/api/attachments/${p.agreementDocumentId}`}>{t('supportedEmployment.signedCopy')}</a></> : null}
          </dd>
        </div>
        <div><dt>{t('supportedEmployment.disclosure')}</dt><dd>{t(`supportedEmployment.disclosures.${p.disclosure}`)}</dd></div>
        {p.disclosureNote ? <div><dt>{t('supportedEmployment.disclosureNote')}</dt><dd className="pre-line">{p.disclosureNote}</dd></div> : null}
      </dl>
      {mode === 'edit' ? <EngagementForm {...props} onDone={() => setMode('view')} /> : null}
      {mode === 'coach' ? <CoachForm {...props} onDone={() => setMode('view')} /> : null}
      {mode === 'end' ? <EndForm {...props} onDone={() => setMode('view')} /> : null}
      {props.canWork && mode === 'view' ? (
        <div className="form-actions">
          <Button onPress={() => setMode('edit')}>{t('supportedEmployment.editEngagement')}</Button>
          <Button variant="secondary" onPress={() => setMode('coach')}>{t('supportedEmployment.changeCoach')}</Button>
          {ended ? <ResumeButton {...props} /> : <Button variant="secondary" onPress={() => setMode('end')}>{t('supportedEmployment.end')}</Button>}
        </div>
      ) : null}
    </Panel>
  );
}

const ENGAGEMENT_FORM = 'se-engagement-form';
const ACCEPT = `.pdf,.jpg,.jpeg,.png,${ATTACHMENT_CONTENT_TYPES.join(',')}`;

/** The API names the document's parts (agreementDocument.contentType…); they all belong to the one file input. */
function onDocument(problem: FormProblem): FormProblem {
  const fields: Record<string, string> = {};
  for (const [field, text] of Object.entries(problem.fields)) fields[field.startsWith('agreementDocument') ? 'agreementDocument' : field] = text;
  return { ...problem, fields };
}

function EngagementForm({ caseId, page, onRefetch, onDone }: SeSectionProps & { onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const p = page.process!;
  const update = useUpdateSupportedEmployment(caseId);
  const form = useFormProblem();
  const [values, setValues] = useState({
    informedChoiceOn: p.informedChoiceOn ?? '', agreementOn: p.agreementOn ?? '', disclosure: p.disclosure, disclosureNote: p.disclosureNote,
  });
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  const id = (field: string) => fieldId(ENGAGEMENT_FORM, field);
  const labels: Record<string, string> = {
    informedChoiceOn: t('supportedEmployment.informedChoiceOn'), agreementOn: t('supportedEmployment.agreementOn'),
    agreementDocument: t('supportedEmployment.signedCopyLabel'), disclosure: t('supportedEmployment.disclosure'), disclosureNote: t('supportedEmployment.disclosureNote'),
  };
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (values.agreementOn && !values.informedChoiceOn) fields.informedChoiceOn = t('supportedEmployment.informedChoiceFirst');
    if (file && !values.agreementOn) fields.agreementOn = t('form.fillIn');
    const documentProblem = file ? signedDocumentProblem(file, t, language) : undefined;
    if (documentProblem) fields.agreementDocument = documentProblem;
    if (Object.keys(fields).length) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    let document: AttachmentUpload | undefined;
    if (file) {
      setReading(true);
      try {
        document = { fileName: file.name, contentType: file.type, contentBase64: await readAsBase64(file) };
      } catch {
        form.setProblem({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { agreementDocument: t('supportedEmployment.documentCannotRead') } });
        return;
      } finally {
        setReading(false);
      }
    }
    const body: SupportedEmploymentUpdate = {
      informedChoiceOn: values.informedChoiceOn || null, agreementOn: values.agreementOn || null,
      disclosure: values.disclosure, disclosureNote: values.disclosureNote, version: p.version, ...(document ? { agreementDocument: document } : {}),
    };
    update.mutate(body, {
      onSuccess: () => { announce(t('form.saved')); onDone(); },
      onError: (error) => form.setProblem(onDocument(formProblemOf(error, t('errors.generic')))),
    });
  };

  return (
    <section className="panel-inset" aria-labelledby={`${ENGAGEMENT_FORM}-title`}>
      <h3 id={`${ENGAGEMENT_FORM}-title`}>{t('supportedEmployment.editEngagement')}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${ENGAGEMENT_FORM}-title`}>
        <FormProblemSummary form={ENGAGEMENT_FORM} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
        <TextField id={id('informedChoiceOn')} label={labels.informedChoiceOn!} type="date" value={values.informedChoiceOn} onChange={set('informedChoiceOn')}
          description={t('supportedEmployment.informedChoiceHint')} error={form.problem?.fields.informedChoiceOn} />
        <TextField id={id('agreementOn')} label={labels.agreementOn!} type="date" value={values.agreementOn} onChange={set('agreementOn')}
          description={t('supportedEmployment.agreementHint')} error={form.problem?.fields.agreementOn} />
        <FileField id={id('agreementDocument')} label={labels.agreementDocument!} description={t('supportedEmployment.signedCopyHint', { max: SIGNED_DOCUMENT_MAX_MB })}
          accept={ACCEPT} error={form.problem?.fields.agreementDocument} onChange={setFile} />
        <SelectField id={id('disclosure')} label={labels.disclosure!} value={values.disclosure} onChange={set('disclosure')}
          options={DISCLOSURES.map((d) => ({ value: d, label: t(`supportedEmployment.disclosures.${d}`) }))} error={form.problem?.fields.disclosure} />
        <TextField id={id('disclosureNote')} label={labels.disclosureNote!} multiline maxLength={SE_LIMITS.textMax} value={values.disclosureNote}
          onChange={set('disclosureNote')} description={t('supportedEmployment.disclosureHint')} error={form.problem?.fields.disclosureNote} />
        <FormActions submitLabel={t('form.save')} isPending={reading || update.isPending} onCancel={onDone} />
      </form>
    </section>
  );
}

const COACH_FORM = 'se-coach-form';

function CoachForm({ caseId, page, onRefetch, onDone }: SeSectionProps & { onDone: () => void }) {
  const { t } = useTranslation();
  const p = page.process!;
  const coaches = useJobCoaches(caseId, true);
  const update = useUpdateSupportedEmployment(caseId);
  const form = useFormProblem();
  const [coachId, setCoachId] = useState(p.coach?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!coachId) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { coachId: t('form.fillIn') } });
    form.submitted();
    update.mutate({ coachId, version: p.version }, { onSuccess: () => { announce(t('form.saved')); onDone(); }, onError: form.failed });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby={`${COACH_FORM}-title`}>
      <h3 id={`${COACH_FORM}-title`}>{t('supportedEmployment.changeCoach')}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <FormProblemSummary form={COACH_FORM} problem={form.problem} attempt={form.attempt} labelOf={() => t('supportedEmployment.coach')} />
      <SelectField id={fieldId(COACH_FORM, 'coachId')} label={t('supportedEmployment.coach')} isRequired value={coachId} emptyLabel={t('form.choose')}
        onChange={setCoachId} options={(coaches.data ?? []).map((c) => ({ value: c.id, label: c.name }))} error={form.problem?.fields.coachId} />
      <p className="field-description">{t('supportedEmployment.coachJoinsTeam')}</p>
      <FormActions submitLabel={t('form.save')} isPending={update.isPending} onCancel={onDone} />
    </form>
  );
}

const END_FORM = 'se-end-form';

function EndForm({ caseId, page, onRefetch, onDone }: SeSectionProps & { onDone: () => void }) {
  const { t } = useTranslation();
  const p = page.process!;
  const update = useUpdateSupportedEmployment(caseId);
  const form = useFormProblem();
  const [values, setValues] = useState({ endedOn: todayIso(), endReason: '' });
  const labels: Record<string, string> = { endedOn: t('supportedEmployment.endedOn'), endReason: t('supportedEmployment.endReason') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.endedOn) fields.endedOn = t('form.fillIn');
    if (!values.endReason.trim()) fields.endReason = t('form.fillIn');
    if (Object.keys(fields).length) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    update.mutate({ ...values, version: p.version }, { onSuccess: () => { announce(t('supportedEmployment.ended')); onDone(); }, onError: form.failed });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby={`${END_FORM}-title`}>
      <h3 id={`${END_FORM}-title`}>{t('supportedEmployment.end')}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <FormProblemSummary form={END_FORM} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <TextField id={fieldId(END_FORM, 'endedOn')} label={labels.endedOn!} type="date" isRequired value={values.endedOn}
        onChange={(endedOn) => setValues((v) => ({ ...v, endedOn }))} error={form.problem?.fields.endedOn} />
      <TextField id={fieldId(END_FORM, 'endReason')} label={labels.endReason!} multiline isRequired maxLength={SE_LIMITS.reasonMax} value={values.endReason}
        onChange={(endReason) => setValues((v) => ({ ...v, endReason }))} error={form.problem?.fields.endReason} />
      <FormActions submitLabel={t('supportedEmployment.end')} isPending={update.isPending} onCancel={onDone} />
    </form>
  );
}

function ResumeButton({ caseId, page }: SeSectionProps) {
  const { t } = useTranslation();
  const update = useUpdateSupportedEmployment(caseId);
  const form = useFormProblem();
  return (
    <>
      <Button variant="secondary" isDisabled={update.isPending}
        onPress={() => update.mutate({ endedOn: null, version: page.process!.version }, { onSuccess: () => announce(t('supportedEmployment.resumed')), onError: form.failed })}>
        {t('supportedEmployment.resume')}
      </Button>
      {form.problem ? <p className="field-error" role="alert">{form.problem.message}</p> : null}
    </>
  );
}
