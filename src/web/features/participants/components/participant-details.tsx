import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_GROUPS } from '../../../../contracts/eligibility.ts';
import type { Participant } from '../../../../contracts/participants.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useEditForm } from '../../../lib/use-form-problem.ts';
import { useParticipant, useUpdateParticipant } from '../api/participants.ts';
import { ConsentsPanel } from './consents-panel.tsx';
import { ParticipantForm, toBody, valuesOf } from './participant-form.tsx';
import { SpecialDataPanel } from './special-data-panel.tsx';

/** A participant's profile; `children` are the sections other features add (screening, programmes, timeline). */
export function ParticipantDetails({ id, children }: { id: string; children?: (participant: Participant) => ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const participant = useParticipant(id);
  const update = useUpdateParticipant(id);
  const form = useEditForm(participant.refetch);
  // In the participant's organisation: another membership's roles do not reach this record.
  const organisationId = participant.data?.organisationId ?? null;
  const canManage = useCan('participant.manage', organisationId);
  const canReadSpecial = useCan('participant.special.read', organisationId);
  const canManageSpecial = useCan('participant.special.manage', organisationId);

  if (!participant.data) {
    return (
      <>
        <PageHeader title={t('participants.title')} />
        <QueryState isPending={participant.isPending} error={participant.error} />
      </>
    );
  }
  const p = participant.data;
  const date = (value: string | null) => (value ? formatDate(value, language) : t('participants.notRecorded'));
  const groups = p.targetGroups.map((g) => (g in TARGET_GROUPS ? TARGET_GROUPS[g as keyof typeof TARGET_GROUPS][language] : g));

  return (
    <>
      <PageHeader title={`${p.firstName} ${p.lastName}`} />
      <p className="breadcrumb"><Link to="/participants">{t('participants.backToList')}</Link></p>
      {p.consentWarnings.length > 0 ? (
        <Banner tone="warning">
          <p>{t('participants.consentWarning')}</p>
          <ul>{p.consentWarnings.map((purpose) => <li key={purpose}>{t(`consents.purposes.${purpose}`)}</li>)}</ul>
        </Banner>
      ) : null}
      <dl className="facts">
        <div><dt>{t('participants.fields.personalCode')}</dt><dd>{p.personalCode ?? t('participants.noCode')}</dd></div>
        <div><dt>{t('participants.fields.birthDate')}</dt><dd>{date(p.birthDate)}</dd></div>
        <div><dt>{t('participants.fields.sex')}</dt><dd>{p.sex ? t(`participants.sexes.${p.sex}`) : t('participants.notRecorded')}</dd></div>
        <div><dt>{t('participants.organisation')}</dt><dd>{p.organisationName}</dd></div>
        <div><dt>{t('participants.fields.municipality')}</dt><dd>{[p.municipality, p.eldership].filter(Boolean).join(', ') || t('participants.notRecorded')}</dd></div>
        <div><dt>{t('participants.fields.phone')}</dt><dd>{p.phone || '—'}</dd></div>
        <div><dt>{t('participants.fields.email')}</dt><dd>{p.email || '—'}</dd></div>
        <div><dt>{t('participants.fields.languages')}</dt><dd>{p.languages.map((l) => t(`participants.spokenLanguages.${l}`, { defaultValue: l })).join(', ') || '—'}</dd></div>
        <div><dt>{t('participants.fields.educationLevel')}</dt><dd>{p.educationLevel === null ? t('participants.notRecorded') : t(`participants.education.${p.educationLevel}`)}</dd></div>
        <div><dt>{t('participants.fields.labourMarketStatus')}</dt><dd>{p.labourMarketStatus ? t(`participants.statuses.${p.labourMarketStatus}`) : t('participants.notRecorded')}</dd></div>
        <div><dt>{t('participants.fields.registeredUnemployedSince')}</dt><dd>{date(p.registeredUnemployedSince)}</dd></div>
        <div><dt>{t('participants.fields.notWorkingSince')}</dt><dd>{date(p.notWorkingSince)}</dd></div>
        <div>
          <dt>{t('participants.fields.receivesSocialAssistance')}</dt>
          <dd>
            {p.receivesSocialAssistance === null ? t('participants.notRecorded') : p.receivesSocialAssistance ? t('participants.yes') : t('participants.no')}
            {p.socialAssistanceSince ? ` (${t('participants.since', { date: formatDate(p.socialAssistanceSince, language) })})` : ''}
          </dd>
        </div>
        <div><dt>{t('participants.fields.targetGroups')}</dt><dd>{groups.join(', ') || '—'}</dd></div>
        <div><dt>{t('participants.registeredAt')}</dt><dd>{formatDateTime(p.createdAt, language)}</dd></div>
      </dl>

      {children?.(p)}

      <ConsentsPanel participantId={p.id} canManage={canManage} />
      {canReadSpecial ? <SpecialDataPanel participantId={p.id} canManage={canManageSpecial} /> : null}

      {canManage ? (
        <Panel id="participant-edit" title={t('participants.edit')}>
          <RecordChanged problem={form.problem} onReload={form.reload} />
          <ParticipantForm
            key={form.key}
            form="participant-edit"
            mode="edit"
            initial={valuesOf(p)}
            submitLabel={t('form.save')}
            problem={form.problem}
            attempt={form.attempt}
            isPending={update.isPending}
            onInvalid={form.invalid}
            onSubmit={(values) => {
              form.submitted();
              update.mutate({ ...toBody(values), version: p.version }, { onSuccess: form.saved, onError: form.failed });
            }}
          />
        </Panel>
      ) : null}
    </>
  );
}
