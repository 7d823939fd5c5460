import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useEditForm } from '../../../lib/use-form-problem.ts';
import { useProgramme, useRuleSets, useUpdateProgramme } from '../api/programmes.ts';
import type { Programme } from '../../../../contracts/programmes.ts';
import { BulkScreeningPanel } from './bulk-screening.tsx';
import { EnrolmentLists } from './enrolment-lists.tsx';
import { ProgrammeForm, toBody, valuesOf } from './programme-form.tsx';
import { period } from './programme-list.tsx';
import { RuleEditor } from './rule-editor.tsx';
import { RuleSentences } from './rule-sentences.tsx';

/** A programme's page; `fidelity` is the supported-employment figures panel the page adds (features do not import each other). */
export function ProgrammeDetails({ id, fidelity }: { id: string; fidelity?: (programme: { id: string; organisationId: string }) => ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const programme = useProgramme(id);
  const canScreen = useCan('screening.run');
  const canManage = useCan('programme.manage', programme.data?.organisationId ?? null);

  if (!programme.data) {
    return (
      <>
        <PageHeader title={t('programmes.title')} />
        <QueryState isPending={programme.isPending} error={programme.error} />
      </>
    );
  }
  const p = programme.data;
  return (
    <>
      <PageHeader title={p.name} />
      <p className="breadcrumb"><Link to="/programmes">{t('programmes.backToList')}</Link></p>
      <dl className="facts">
        <div><dt>{t('programmes.organisation')}</dt><dd>{p.organisationName}</dd></div>
        <div><dt>{t('programmes.period')}</dt><dd>{period(p.startsOn, p.endsOn, language)}</dd></div>
        <div><dt>{t('programmes.funder')}</dt><dd>{p.funder || '—'}</dd></div>
        <div><dt>{t('programmes.status')}</dt><dd>{t(`programmes.statuses.${p.status}`)}</dd></div>
        <div><dt>{t('programmes.placesTaken')}</dt><dd>{t('programmes.placesOf', { taken: formatNumber(p.enrolled, language), capacity: formatNumber(p.capacity, language) })}</dd></div>
        <div><dt>{t('programmes.waiting')}</dt><dd>{formatNumber(p.waiting, language)}</dd></div>
        <div><dt>{t('programmes.centres')}</dt><dd>{p.centres.map((c) => c.name).join(', ') || '—'}</dd></div>
        <div><dt>{t('programmes.team')}</dt><dd>{p.team.map((m) => `${m.name} (${t(`roles.${m.role}`)})`).join(', ') || '—'}</dd></div>
        <div><dt>{t('programmes.services')}</dt><dd>{p.services.map((key) => t(`programmes.serviceNames.${key}`, { defaultValue: key })).join(', ') || '—'}</dd></div>
        <div><dt>{t('programmes.partners')}</dt><dd>{p.partners.map((x) => `${x.name} (${t(`programmes.partnerRoles.${x.role}`, { defaultValue: x.role })})`).join(', ') || '—'}</dd></div>
      </dl>
      {canManage ? <EditPanel programme={p} refetch={programme.refetch} /> : null}
      <RulesPanel programmeId={p.id} />
      <EnrolmentLists programmeId={p.id} />
      {canScreen ? <BulkScreeningPanel programmeId={p.id} /> : null}
      {fidelity ? fidelity(p) : null}
    </>
  );
}

/** "Change the programme's details": a button that opens the form, so the page stays short to read. */
function EditPanel({ programme, refetch }: { programme: Programme; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const update = useUpdateProgramme(programme.id);
  const form = useEditForm(refetch);
  const [editing, setEditing] = useState(false);
  const close = () => {
    form.setProblem(null);
    setEditing(false);
  };
  if (!editing) return <p><Button variant="secondary" onPress={() => setEditing(true)}>{t('programmes.edit')}</Button></p>;
  return (
    <Panel id="programme-edit" title={t('programmes.edit')}>
      <RecordChanged problem={form.problem} onReload={form.reload} />
      <ProgrammeForm
        key={form.key}
        form="programme-edit"
        programme={programme}
        initial={valuesOf(programme)}
        submitLabel={t('form.save')}
        problem={form.problem}
        attempt={form.attempt}
        isPending={update.isPending}
        onInvalid={form.invalid}
        onCancel={close}
        onSubmit={(values) => {
          form.submitted();
          update.mutate(toBody(values), {
            onSuccess: () => {
              form.saved();
              setEditing(false);
            },
            onError: form.failed,
          });
        }}
      />
    </Panel>
  );
}

function RulesPanel({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ruleSets = useRuleSets(programmeId);
  const canManage = useCan('programme.manage');
  const [editing, setEditing] = useState(false);
  const sets = [...(ruleSets.data ?? [])].sort((a, b) => b.version - a.version);
  const latest = sets[0] ?? null;
  return (
    <Panel id="rules" title={t('rules.title')}>
      <QueryState isPending={ruleSets.isPending} error={ruleSets.error} />
      {ruleSets.data && sets.length === 0 ? <p>{t('rules.none')}</p> : null}
      {sets.map((set) => (
        <section key={set.id} className="rule-set" aria-label={t('rules.version', { version: set.version })}>
          <h3>
            {t('rules.version', { version: set.version })}{' '}
            <span className="muted">
              {set.effectiveTo
                ? t('rules.inForceBetween', { from: formatDate(set.effectiveFrom, language), to: formatDate(set.effectiveTo, language) })
                : t('rules.inForceFrom', { from: formatDate(set.effectiveFrom, language) })}
            </span>
          </h3>
          <div className="rule-sentences"><RuleSentences rule={set.rules} /></div>
        </section>
      ))}
      {canManage ? (
        editing ? <RuleEditor programmeId={programmeId} current={latest?.rules ?? null} onDone={() => setEditing(false)} />
          : <Button variant="secondary" onPress={() => setEditing(true)}>{t('rules.newVersion')}</Button>
      ) : null}
    </Panel>
  );
}
