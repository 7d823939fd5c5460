import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_CONTENT_TYPES, CONSENT_PURPOSES, LEGAL_BASES, type Consent, type ConsentCreate } from '../../../../contracts/participants.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FileField } from '../../../components/ui/file-field.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { onDocumentField, readAsBase64, SIGNED_DOCUMENT_MAX_MB, signedDocumentProblem } from '../../../lib/files.ts';
import { fieldId, formProblemOf } from '../../../lib/form-errors.ts';
import { formatDate, formatFileSize, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useConsents, useRecordConsent, useWithdrawConsent } from '../api/participants.ts';

// Consents and other legal bases, with the signed document when there is one. The
// document is optional: a legal obligation or a public task has nothing to sign.

const FORM = 'consent-new';
const ACCEPT = `.pdf,.jpg,.jpeg,.png,${ATTACHMENT_CONTENT_TYPES.join(',')}`;
export function ConsentsPanel({ participantId, canManage }: { participantId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const consents = useConsents(participantId);
  const withdraw = useWithdrawConsent(participantId);
  const [adding, setAdding] = useState(false);

  return (
    <Panel id="consents" title={t('consents.title')}>
      <QueryState isPending={consents.isPending} error={consents.error ?? withdraw.error} />
      {consents.data && consents.data.length === 0 ? <p>{t('consents.none')}</p> : null}
      {consents.data && consents.data.length > 0 ? (
        <DataTable caption={t('consents.tableCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('consents.purpose')}</th>
              <th scope="col">{t('consents.legalBasis')}</th>
              <th scope="col">{t('consents.givenOn')}</th>
              <th scope="col">{t('consents.recordedBy')}</th>
              <th scope="col">{t('consents.document')}</th>
              <th scope="col">{t('consents.state')}</th>
              {canManage ? <th scope="col">{t('consents.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {consents.data.map((c) => (
              <tr key={c.id}>
                <th scope="row">{t(`consents.purposes.${c.purpose}`)}</th>
                <td>{t(`consents.legalBases.${c.legalBasis}`)}</td>
                <td className="nowrap">{formatDate(c.givenOn, language)}</td>
                <td>{c.recordedByName ?? '—'}</td>
                <td>{c.document ? <DocumentLink file={c.document} /> : '—'}</td>
                <td>{c.withdrawnOn ? t('consents.withdrawnOn', { date: formatDate(c.withdrawnOn, language) }) : c.live ? t('consents.live') : t('consents.notYet')}</td>
                {canManage ? (
                  <td>
                    {c.withdrawnOn ? null : (
                      <Button
                        variant="secondary"
                        isDisabled={withdraw.isPending}
                        aria-label={t('consents.withdrawNamed', { purpose: t(`consents.purposes.${c.purpose}`) })}
                        onPress={() => withdraw.mutate({ consentId: c.id, withdrawnOn: todayIso() }, { onSuccess: () => announce(t('consents.withdrawn')) })}
                      >
                        {t('consents.withdrawToday')}
                      </Button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {canManage ? (adding ? <ConsentForm participantId={participantId} onDone={() => setAdding(false)} /> : <Button variant="secondary" onPress={() => setAdding(true)}>{t('consents.record')}</Button>) : null}
    </Panel>
  );
}

/** The signed document: a plain link, so the browser downloads it with the session cookie (the server audits it). */
function DocumentLink({ file }: { file: NonNullable<Consent['document']> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <a href={`/api/attachments/${file.id}`} download={file.fileName}>
      {t('consents.downloadDocument', { fileName: file.fileName, size: formatFileSize(file.sizeBytes, language) })}
    </a>
  );
}

function ConsentForm({ participantId, onDone }: { participantId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const record = useRecordConsent(participantId);
  const form = useFormProblem();
  const [values, setValues] = useState({ purpose: '', legalBasis: 'consent', givenOn: todayIso() });
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  const id = (field: string) => fieldId(FORM, field);
  const labels: Record<string, string> = {
    purpose: t('consents.purpose'), legalBasis: t('consents.legalBasis'), givenOn: t('consents.givenOn'), document: t('consents.document'),
  };

  const failed = (error: unknown) => form.setProblem(onDocumentField(formProblemOf(error, t('errors.generic'))));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.purpose) fields.purpose = t('form.chooseOne');
    const documentProblem = file ? signedDocumentProblem(file, t, language) : undefined;
    if (documentProblem) fields.document = documentProblem;
    if (Object.keys(fields).length > 0) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    form.submitted();
    let signed: ConsentCreate['document'];
    if (file) {
      setReading(true);
      try {
        signed = { fileName: file.name, contentType: file.type, contentBase64: await readAsBase64(file) };
      } catch {
        form.setProblem({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { document: t('consents.documentCannotRead') } });
        return;
      } finally {
        setReading(false);
      }
    }
    record.mutate(
      {
        purpose: values.purpose as (typeof CONSENT_PURPOSES)[number], legalBasis: values.legalBasis as (typeof LEGAL_BASES)[number], givenOn: values.givenOn,
        ...(signed ? { document: signed } : {}),
      },
      { onSuccess: () => { announce(t('consents.recorded')); onDone(); }, onError: failed },
    );
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('consents.record')}>
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <SelectField
        id={id('purpose')} label={labels.purpose!} value={values.purpose} onChange={(purpose) => setValues((v) => ({ ...v, purpose }))} emptyLabel={t('form.choose')}
        options={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`consents.purposes.${p}`) }))} error={form.problem?.fields.purpose} isRequired
      />
      <SelectField
        id={id('legalBasis')} label={labels.legalBasis!} value={values.legalBasis} onChange={(legalBasis) => setValues((v) => ({ ...v, legalBasis }))}
        options={LEGAL_BASES.map((b) => ({ value: b, label: t(`consents.legalBases.${b}`) }))} error={form.problem?.fields.legalBasis} isRequired
      />
      <TextField id={id('givenOn')} label={labels.givenOn!} type="date" value={values.givenOn} onChange={(givenOn) => setValues((v) => ({ ...v, givenOn }))} error={form.problem?.fields.givenOn} isRequired />
      <FileField
        id={id('document')} label={labels.document!} description={t('consents.documentHint', { max: SIGNED_DOCUMENT_MAX_MB })} accept={ACCEPT}
        error={form.problem?.fields.document} onChange={setFile}
      />
      <FormActions submitLabel={t('consents.save')} isPending={reading || record.isPending} onCancel={onDone} />
    </form>
  );
}
