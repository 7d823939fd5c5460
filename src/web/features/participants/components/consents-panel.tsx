import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES, LEGAL_BASES } from '../../../../contracts/participants.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useConsents, useRecordConsent, useWithdrawConsent } from '../api/participants.ts';

// Consents and other legal bases. The signed document can be attached through the
// API; this screen records the facts only (see the report of issue 3).
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

function ConsentForm({ participantId, onDone }: { participantId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordConsent(participantId);
  const form = useFormProblem();
  const [values, setValues] = useState({ purpose: '', legalBasis: 'consent', givenOn: todayIso() });
  const id = (field: string) => fieldId('consent-new', field);
  const labels: Record<string, string> = { purpose: t('consents.purpose'), legalBasis: t('consents.legalBasis'), givenOn: t('consents.givenOn') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.purpose) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { purpose: t('form.chooseOne') } });
      return;
    }
    form.submitted();
    record.mutate(
      { purpose: values.purpose as (typeof CONSENT_PURPOSES)[number], legalBasis: values.legalBasis as (typeof LEGAL_BASES)[number], givenOn: values.givenOn },
      { onSuccess: () => { announce(t('consents.recorded')); onDone(); }, onError: form.failed },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('consents.record')}>
      <FormProblemSummary form="consent-new" problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <SelectField
        id={id('purpose')} label={labels.purpose!} value={values.purpose} onChange={(purpose) => setValues((v) => ({ ...v, purpose }))} emptyLabel={t('form.choose')}
        options={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`consents.purposes.${p}`) }))} error={form.problem?.fields.purpose} isRequired
      />
      <SelectField
        id={id('legalBasis')} label={labels.legalBasis!} value={values.legalBasis} onChange={(legalBasis) => setValues((v) => ({ ...v, legalBasis }))}
        options={LEGAL_BASES.map((b) => ({ value: b, label: t(`consents.legalBases.${b}`) }))} error={form.problem?.fields.legalBasis} isRequired
      />
      <TextField id={id('givenOn')} label={labels.givenOn!} type="date" value={values.givenOn} onChange={(givenOn) => setValues((v) => ({ ...v, givenOn }))} error={form.problem?.fields.givenOn} isRequired />
      <FormActions submitLabel={t('consents.save')} isPending={record.isPending} onCancel={onDone} />
    </form>
  );
}
