import { Link } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS, type ImportRequest, type ImportResult, type ImportRow } from '../../../../contracts/participant-import.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FileField } from '../../../components/ui/file-field.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { blobOf, readAsBase64 } from '../../../lib/files.ts';
import { fieldId, formProblemOf } from '../../../lib/form-errors.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useOrganisationOptionsFor } from '../../../lib/lookups.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useImportDryRun, useImportRun } from '../api/participant-import.ts';

// Importing people from an Employment Service file (decision 0018): choose the file,
// see what each row would do (nothing is written), then confirm. Rejected rows come
// back as a file to fix and send again.

const FORM = 'import';
const MAX_MB = IMPORT_LIMITS.fileMaxBytes / 1024 / 1024;
/** API fields about the file belong to the file input. */
const FILE_FIELDS = new Set(['fileName', 'contentBase64', 'file']);

export function ParticipantImport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useFormProblem();
  const dryRun = useImportDryRun();
  const run = useImportRun();
  const [organisationId, setOrganisationId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [request, setRequest] = useState<ImportRequest | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [reading, setReading] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  // The organisations the user imports into, as the server's permission table says.
  const organisations = useOrganisationOptionsFor('participant.import').map((o) => ({ value: o.id, label: o.name }));
  const chooseOrganisation = organisations.length > 1;

  const labelOf = (field: string) => (field === 'organisationId' ? t('participants.organisation') : FILE_FIELDS.has(field) ? t('import.file') : undefined);

  const failed = (error: unknown) => {
    const problem = formProblemOf(error, t('errors.generic'));
    const fields: Record<string, string> = {};
    for (const [field, text] of Object.entries(problem.fields)) fields[FILE_FIELDS.has(field) ? 'file' : field] = text;
    form.setProblem({ ...problem, fields });
  };

  const startAgain = () => {
    setFile(null);
    setRequest(null);
    setChecked(null);
    setDone(null);
    setInputKey((k) => k + 1);
    form.setProblem(null);
    dryRun.reset();
    run.reset();
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (chooseOrganisation && !organisationId) fields.organisationId = t('form.chooseOne');
    if (!file) fields.file = t('import.chooseFile');
    else if (file.size > IMPORT_LIMITS.fileMaxBytes) fields.file = t('import.tooLarge', { size: formatNumber(Math.ceil((file.size / 1024 / 1024) * 10) / 10, language), max: MAX_MB });
    else if (file.size === 0) fields.file = t('import.emptyFile');
    if (Object.keys(fields).length > 0 || !file) {
      form.invalid({ code: 'VALIDATION.FAILED', message: fields.file && Object.keys(fields).length === 1 ? fields.file : t('form.checkFields'), fields });
      return;
    }
    form.submitted();
    form.setProblem(null);
    setChecked(null);
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      setReading(false);
      form.invalid({ code: 'VALIDATION.FAILED', message: t('import.cannotRead'), fields: { file: t('import.cannotRead') } });
      return;
    }
    setReading(false);
    const body: ImportRequest = { fileName: file.name, contentBase64, ...(chooseOrganisation ? { organisationId } : {}) };
    dryRun.mutate(body, {
      onSuccess: (result) => {
        setRequest(body);
        setChecked(result);
        announce(t('import.checked'));
      },
      onError: failed,
    });
  };

  const confirm = () => {
    if (!request) return;
    form.submitted();
    form.setProblem(null);
    run.mutate(request, {
      onSuccess: (result) => {
        setDone(result);
        setChecked(null);
        announce(t('import.done'));
      },
      onError: failed,
    });
  };

  const valid = checked ? checked.summary.rows - checked.summary.reject : 0;
  const busy = reading || dryRun.isPending || run.isPending;

  return (
    <>
      <p className="breadcrumb"><Link to="/participants">{t('participants.backToList')}</Link></p>
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={labelOf} />
      {done ? null : (
        <Panel id="import-file" title={t('import.step1')}>
          <p className="field-description">{t('import.intro', { max: MAX_MB })}</p>
          <form className="form" onSubmit={(event) => void check(event)} noValidate aria-label={t('import.step1')}>
            {chooseOrganisation ? (
              <SelectField
                id={fieldId(FORM, 'organisationId')} label={t('participants.organisation')} value={organisationId}
                onChange={(value) => { setOrganisationId(value); setChecked(null); }}
                emptyLabel={t('form.choose')} options={organisations} error={form.problem?.fields.organisationId} isRequired
              />
            ) : null}
            <FileField
              key={inputKey}
              id={fieldId(FORM, 'file')}
              label={t('import.file')}
              description={t('import.fileHint', { max: MAX_MB })}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              isRequired
              error={form.problem?.fields.file}
              onChange={(next) => { setFile(next); setChecked(null); setRequest(null); }}
            />
            <div className="form-actions">
              <Button type="submit" isDisabled={busy}>{reading || dryRun.isPending ? t('import.checking') : t('import.check')}</Button>
            </div>
          </form>
        </Panel>
      )}

      {checked ? (
        <ImportSummary result={checked} step="check">
          {valid > 0 ? (
            <>
              <p>{t('import.confirmHint')}</p>
              <div className="form-actions">
                <Button isDisabled={busy} onPress={confirm}>{run.isPending ? t('import.importing') : t('import.run', { n: formatNumber(valid, language) })}</Button>
                <Button variant="secondary" isDisabled={busy} onPress={startAgain}>{t('import.another')}</Button>
              </div>
            </>
          ) : (
            <Banner tone="warning"><p>{t('import.nothingValid')}</p></Banner>
          )}
        </ImportSummary>
      ) : null}

      {done ? (
        <ImportSummary result={done} step="done">
          <div className="form-actions">
            <Button variant="secondary" onPress={startAgain}>{t('import.another')}</Button>
          </div>
          <p><Link to="/participants">{t('participants.backToList')}</Link></p>
        </ImportSummary>
      ) : null}
    </>
  );
}

/** The result of a dry run or a real run: counts, notes, the rows and the rejected rows to download. */
function ImportSummary({ result, step, children }: { result: ImportResult; step: 'check' | 'done'; children: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = step === 'check' ? 'import-check' : 'import-done';
  const n = (value: number) => formatNumber(value, language);
  // The results replace the form's focus: move it to their heading so they are read next.
  useEffect(() => {
    document.getElementById(`${id}-title`)?.focus();
  }, [id, result]);
  const s = result.summary;
  return (
    <Panel id={id} title={step === 'check' ? t('import.step2') : t('import.step3')}>
      {step === 'check' ? <p>{t('import.dryRunHint')}</p> : <Banner tone="success" role="status"><p>{t('import.importedHint')}</p></Banner>}
      {result.notes.length > 0 ? (
        <Banner tone="info"><ul className="plain-list">{result.notes.map((note) => <li key={note.code}>{note.message}</li>)}</ul></Banner>
      ) : null}
      <dl className="facts">
        <div><dt>{t('import.summary.rows')}</dt><dd>{n(s.rows)}</dd></div>
        <div><dt>{t(`import.summary.${step}.create`)}</dt><dd>{n(s.create)}</dd></div>
        <div><dt>{t(`import.summary.${step}.update`)}</dt><dd>{n(s.update)}</dd></div>
        <div><dt>{t('import.summary.unchanged')}</dt><dd>{n(s.unchanged)}</dd></div>
        <div><dt>{t('import.summary.reject')}</dt><dd>{n(s.reject)}</dd></div>
      </dl>
      {result.rejectedFile ? <RejectedFileLink file={result.rejectedFile} count={s.reject} /> : null}
      {children}
      {result.rows.length > 0 ? <RowTable rows={result.rows} truncated={result.rowsTruncated} total={s.rows} /> : null}
    </Panel>
  );
}

function RejectedFileLink({ file, count }: { file: { fileName: string; contentBase64: string }; count: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const blob = useMemo(() => blobOf(file.contentBase64, 'text/csv;charset=utf-8'), [file.contentBase64]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  if (!url) return null;
  return (
    <p>
      <a href={url} download={file.fileName}>{t('import.downloadRejected', { n: formatNumber(count, language) })}</a>
      <br /><span className="field-description">{t('import.downloadRejectedHint')}</span>
    </p>
  );
}

function RowTable({ rows, truncated, total }: { rows: ImportRow[]; truncated: boolean; total: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldLabel = (field: string) => (field === 'row' ? '' : t(`participants.fields.${field}`, { defaultValue: field }));
  // The API picks the rejected rows first when it has to cut the list, but lists in file order:
  // show the rejected ones at the top, where the work is.
  const sorted = [...rows].sort((a, b) => Number(b.action === 'reject') - Number(a.action === 'reject') || a.row - b.row);
  return (
    <>
      <DataTable caption={t('import.rowsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.action')}</th>
            <th scope="col">{t('import.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.row}>
              <th scope="row" className="nowrap">{n(row.row, language)}</th>
              <td className="nowrap">{t(`import.actions.${row.action}`)}</td>
              <td>
                {row.problems.length > 0 ? (
                  <ul className="plain-list">
                    {row.problems.map((problem, index) => {
                      const where = problem.column ?? fieldLabel(problem.field);
                      return <li key={index}>{where ? `${where}: ` : ''}{problem.message}</li>;
                    })}
                  </ul>
                ) : row.changes && row.changes.length > 0 ? (
                  t('import.changes', { fields: row.changes.map(fieldLabel).join(', ') })
                ) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {truncated ? <p className="list-status">{t('import.truncated', { shown: n(rows.length, language), total: n(total, language) })}</p> : null}
    </>
  );
}

const n = (value: number, language: ReturnType<typeof useLanguage>) => formatNumber(value, language);
