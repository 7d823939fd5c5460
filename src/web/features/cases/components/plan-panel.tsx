import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_CONTENT_TYPES, type AttachmentUpload } from '../../../../contracts/participants.ts';
import { PLAN_PRINT_LANGUAGES, type Plan } from '../../../../contracts/plans.ts';
import type { ServiceTypeGroup } from '../../../../contracts/services.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FileField } from '../../../components/ui/file-field.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { onDocumentField, readAsBase64, SIGNED_DOCUMENT_MAX_MB, signedDocumentProblem } from '../../../lib/files.ts';
import { fieldId, formProblemOf } from '../../../lib/form-errors.ts';
import { formatDate, formatDateTime, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { planPdfUrl, useAgreePlan, usePlan, usePlanRevision, usePlanRevisions, useServiceCatalogue } from '../api/plans.ts';
import { PlanEditor } from './plan-editor.tsx';
import { PlanGoals } from './plan-goals.tsx';

// The individual action plan on the case page: the goals and steps as a list, whether
// the person agreed to it, and (for 'case.manage') writing it and recording the agreement
// with the signed copy. Everyone who may read the case reads and prints it.

type Mode = 'view' | 'edit' | 'agree';

/**
 * The plan section of the case page.
 * `canManage`: the user holds 'case.manage' in the case's organisation (edits, records the agreement).
 */
export function PlanPanel({ caseId, canManage }: { caseId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const plan = usePlan(caseId);
  const catalogue = useServiceCatalogue();
  const [mode, setMode] = useState<Mode>('view');
  const [showRevisions, setShowRevisions] = useState(false);
  const p = plan.data;

  return (
    <Panel id="plan" title={t('plans.title')}>
      <QueryState isPending={plan.isPending} error={plan.error} />
      {p ? (
        <>
          <AgreementState plan={p} />
          {mode === 'edit' ? (
            <PlanEditor caseId={caseId} plan={p} catalogue={catalogue.data} onDone={() => setMode('view')} />
          ) : p.goals.length === 0 ? (
            <p>{t('plans.none')}</p>
          ) : (
            <PlanGoals goals={p.goals} catalogue={catalogue.data} headingLevel={3} />
          )}
          {mode === 'agree' ? <AgreementForm caseId={caseId} plan={p} onDone={() => setMode('view')} /> : null}
          {mode === 'view' ? (
            <div className="plan-actions">
              {canManage ? <Button onPress={() => setMode('edit')}>{p.version === 0 ? t('plans.write') : t('plans.edit')}</Button> : null}
              {canManage && p.goals.length > 0 ? (
                <Button variant="secondary" onPress={() => setMode('agree')}>{p.agreedOn ? t('plans.recordAgreementAgain') : t('plans.recordAgreement')}</Button>
              ) : null}
              {p.goals.length > 0 ? <PrintLinks caseId={caseId} plan={p} /> : null}
            </div>
          ) : null}
          {p.revisions > 0 ? (
            <div className="plan-revisions">
              <Button variant="quiet" aria-expanded={showRevisions} onPress={() => setShowRevisions((v) => !v)}>
                {showRevisions ? t('plans.hideRevisions') : t('plans.showRevisions', { n: p.revisions })}
              </Button>
              {showRevisions ? <Revisions caseId={caseId} catalogue={catalogue.data} /> : null}
            </div>
          ) : null}
          {p.updatedAt ? (
            <p className="muted">{t('plans.lastSaved', { version: p.version, date: formatDateTime(p.updatedAt, language), name: p.updatedByName ?? '—' })}</p>
          ) : null}
        </>
      ) : null}
    </Panel>
  );
}

function AgreementState({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (plan.goals.length === 0) return null;
  if (!plan.agreedOn) return <p className="plan-agreement plan-agreement-missing"><strong>{t('plans.notAgreed')}</strong></p>;
  return (
    <p className="plan-agreement plan-agreement-given">
      <strong>{t('plans.agreedOn', { date: formatDate(plan.agreedOn, language) })}</strong>
      {plan.agreementDocument ? (
        <>
          {' '}
          <a href={`/api/attachments/${plan.agreementDocument.id}`} download={plan.agreementDocument.fileName}>
            {t('plans.signedCopy', { fileName: plan.agreementDocument.fileName })}
          </a>
        </>
      ) : null}
    </p>
  );
}

/** Plain links: the browser opens the PDF in a new tab with the session cookie, ready to print. */
function PrintLinks({ caseId, plan }: { caseId: string; plan: Plan }) {
  const { t } = useTranslation();
  // The person's language first.
  const languages = [plan.printLanguage, ...PLAN_PRINT_LANGUAGES.filter((l) => l !== plan.printLanguage)];
  return (
    <ul className="plan-print">
      {languages.map((l) => (
        <li key={l}>
          <a href={planPdfUrl(caseId, l)} target="_blank" rel="noopener">{t('plans.print', { language: t(`plans.printLanguages.${l}`) })}</a>
        </li>
      ))}
    </ul>
  );
}

const AGREEMENT_FORM = 'plan-agreement';
const ACCEPT = `.pdf,.jpg,.jpeg,.png,${ATTACHMENT_CONTENT_TYPES.join(',')}`;

function AgreementForm({ caseId, plan, onDone }: { caseId: string; plan: Plan; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const agree = useAgreePlan(caseId);
  const planQuery = usePlan(caseId);
  const form = useFormProblem();
  const [agreedOn, setAgreedOn] = useState(todayIso());
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  const id = (field: string) => fieldId(AGREEMENT_FORM, field);
  const labels: Record<string, string> = { agreedOn: t('plans.agreedOnLabel'), document: t('plans.signedCopyLabel') };

  const failed = (error: unknown) => form.setProblem(onDocumentField(formProblemOf(error, t('errors.generic'))));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!agreedOn) fields.agreedOn = t('form.fillIn');
    const documentProblem = file ? signedDocumentProblem(file, t, language) : undefined;
    if (documentProblem) fields.document = documentProblem;
    if (Object.keys(fields).length > 0) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    form.submitted();
    let signed: AttachmentUpload | undefined;
    if (file) {
      setReading(true);
      try {
        signed = { fileName: file.name, contentType: file.type, contentBase64: await readAsBase64(file) };
      } catch {
        form.setProblem({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { document: t('plans.documentCannotRead') } });
        return;
      } finally {
        setReading(false);
      }
    }
    agree.mutate(
      { agreedOn, version: plan.version, ...(signed ? { document: signed } : {}) },
      { onSuccess: () => { announce(t('plans.agreementRecorded')); onDone(); }, onError: failed },
    );
  };

  return (
    <section className="panel-inset" aria-labelledby={`${AGREEMENT_FORM}-title`}>
      <h3 id={`${AGREEMENT_FORM}-title`}>{t('plans.recordAgreement')}</h3>
      <p className="field-description">{t('plans.agreementHint', { version: plan.version })}</p>
      <RecordChanged problem={form.problem} onReload={async () => { await planQuery.refetch(); form.setProblem(null); }} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${AGREEMENT_FORM}-title`}>
        <FormProblemSummary form={AGREEMENT_FORM} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
        <TextField id={id('agreedOn')} label={labels.agreedOn!} type="date" value={agreedOn} onChange={setAgreedOn} error={form.problem?.fields.agreedOn} isRequired />
        <FileField id={id('document')} label={labels.document!} description={t('plans.signedCopyHint', { max: SIGNED_DOCUMENT_MAX_MB })} accept={ACCEPT}
          error={form.problem?.fields.document} onChange={setFile} />
        <FormActions submitLabel={t('plans.saveAgreement')} isPending={reading || agree.isPending} onCancel={onDone} />
      </form>
    </section>
  );
}

function Revisions({ caseId, catalogue }: { caseId: string; catalogue: readonly ServiceTypeGroup[] | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const revisions = usePlanRevisions(caseId, true);
  const [open, setOpen] = useState<number | null>(null);
  const revision = usePlanRevision(caseId, open);
  return (
    <>
      <QueryState isPending={revisions.isPending} error={revisions.error ?? revision.error} />
      {revisions.data ? (
        <DataTable caption={t('plans.revisionsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('plans.version')}</th>
              <th scope="col">{t('plans.savedAt')}</th>
              <th scope="col">{t('plans.savedBy')}</th>
              <th scope="col">{t('plans.noteColumn')}</th>
              <th scope="col">{t('plans.agreement')}</th>
              <th scope="col">{t('plans.content')}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.data.map((r) => (
              <tr key={r.version}>
                <th scope="row">{r.version}</th>
                <td className="nowrap">{formatDateTime(r.savedAt, language)}</td>
                <td>{r.savedByName ?? '—'}</td>
                <td className="pre-line">{r.note || '—'}</td>
                <td className="nowrap">{r.agreedOn ? formatDate(r.agreedOn, language) : '—'}</td>
                <td>
                  <span className="nowrap">{t('plans.revisionSize', { goals: r.goals, steps: r.steps })}</span>{' '}
                  <Button variant="quiet" aria-expanded={open === r.version} onPress={() => setOpen(open === r.version ? null : r.version)}
                    aria-label={open === r.version ? t('plans.hideRevisionNamed', { version: r.version }) : t('plans.showRevisionNamed', { version: r.version })}>
                    {open === r.version ? t('plans.hideRevision') : t('plans.showRevision')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {open !== null && revision.data ? (
        <section className="plan-revision" aria-labelledby="plan-revision-title">
          <h3 id="plan-revision-title">{t('plans.revisionTitle', { version: revision.data.version, date: formatDateTime(revision.data.savedAt, language) })}</h3>
          {revision.data.goals.length === 0 ? <p>{t('plans.noGoalsYet')}</p> : <PlanGoals goals={revision.data.goals} catalogue={catalogue} headingLevel={4} />}
        </section>
      ) : null}
    </>
  );
}
