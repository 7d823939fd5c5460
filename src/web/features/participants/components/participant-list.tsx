import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_GROUPS } from '../../../../contracts/eligibility.ts';
import { LABOUR_MARKET_STATUSES, type DuplicateCandidate } from '../../../../contracts/participants.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FilterForm } from '../../../components/ui/filter-form.tsx';
import { CreatePanel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { LIMITS } from '../../../../contracts/limits.ts';
import { announce } from '../../../lib/announce.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useDraft } from '../../../lib/use-filter.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateParticipant, useParticipants } from '../api/participants.ts';
import { ParticipantForm, toBody, valuesOf, type ParticipantValues } from './participant-form.tsx';

/** What the server said about a duplicate: the record holding the code, or people with the same name and birth date. */
type Duplicate = { kind: 'code'; existingId: string } | { kind: 'possible'; candidates: DuplicateCandidate[]; values: ParticipantValues };

export function ParticipantList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const canCreate = useCan('participant.manage');
  const filter = useDraft({ q: '', municipality: '', labourMarketStatus: '', targetGroup: '' });
  const list = useParticipants(filter.applied);
  const create = useCreateParticipant();
  const form = useFormProblem();
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);

  const register = (values: ParticipantValues, confirmNotDuplicate = false) => {
    form.submitted();
    setDuplicate(null);
    create.mutate({ ...toBody(values), ...(values.organisationId ? { organisationId: values.organisationId } : {}), ...(confirmNotDuplicate ? { confirmNotDuplicate } : {}) }, {
      onSuccess: (person) => {
        announce(t('participants.created', { name: `${person.firstName} ${person.lastName}` }), { forNextPage: true });
        void navigate({ to: '/participants/$id', params: { id: person.id } });
      },
      onError: (error) => {
        // A possible duplicate is a question, not a mistake: it gets its own box instead of the error summary.
        if (error instanceof ApiError && error.code === 'PARTICIPANT.POSSIBLE_DUPLICATE') form.setProblem(null);
        else form.failed(error);
        if (error instanceof ApiError && error.code === 'PARTICIPANT.DUPLICATE_CODE') {
          setDuplicate({ kind: 'code', existingId: String((error.details as { existingId?: string }).existingId ?? '') });
        } else if (error instanceof ApiError && error.code === 'PARTICIPANT.POSSIBLE_DUPLICATE') {
          setDuplicate({ kind: 'possible', candidates: (error.details as { candidates?: DuplicateCandidate[] }).candidates ?? [], values });
        }
      },
    });
  };

  const pages = list.data?.pages ?? [];
  const first = pages[0];
  const items = pages.flatMap((page) => page.items);

  return (
    <>
      <CreatePanel id="participant-new" title={t('participants.new')} canCreate={canCreate}>
        {(close) => (
          <>
            {duplicate?.kind === 'code' ? (
              <Banner tone="warning">
                <p>{t('participants.duplicateCode')}</p>
                <p><Link to="/participants/$id" params={{ id: duplicate.existingId }}>{t('participants.openExisting')}</Link></p>
              </Banner>
            ) : null}
            {duplicate?.kind === 'possible' ? (
              <Banner tone="warning" role="alert">
                <p>{t('participants.possibleDuplicate')}</p>
                <ul>
                  {duplicate.candidates.map((c) => (
                    <li key={c.id}>
                      <Link to="/participants/$id" params={{ id: c.id }}>{c.firstName} {c.lastName}</Link>
                      {c.birthDate ? `, ${formatDate(c.birthDate, language)}` : ''}
                    </li>
                  ))}
                </ul>
                <Button variant="secondary" isDisabled={create.isPending} onPress={() => register(duplicate.values, true)}>{t('participants.registerAnyway')}</Button>
              </Banner>
            ) : null}
            <ParticipantForm
              form="participant-new"
              mode="create"
              initial={valuesOf()}
              submitLabel={t('participants.create')}
              problem={form.problem}
              attempt={form.attempt}
              isPending={create.isPending}
              onCancel={() => { close(); form.setProblem(null); setDuplicate(null); }}
              onInvalid={form.invalid}
              onSubmit={(values) => register(values)}
            />
          </>
        )}
      </CreatePanel>

      <FilterForm onApply={filter.apply}>
        <TextField id="participants-q" label={t('participants.search')} description={t('participants.searchHint')} type="search" value={filter.draft.q} onChange={filter.set('q')} maxLength={LIMITS.searchMax} />
        <TextField id="participants-municipality" label={t('participants.fields.municipality')} value={filter.draft.municipality} onChange={filter.set('municipality')} maxLength={LIMITS.nameMax} />
        <SelectField
          id="participants-status" label={t('participants.fields.labourMarketStatus')} value={filter.draft.labourMarketStatus} onChange={filter.set('labourMarketStatus')}
          emptyLabel={t('filters.all')} options={LABOUR_MARKET_STATUSES.map((s) => ({ value: s, label: t(`participants.statuses.${s}`) }))}
        />
        <SelectField
          id="participants-target-group" label={t('participants.fields.targetGroups')} value={filter.draft.targetGroup} onChange={filter.set('targetGroup')}
          emptyLabel={t('filters.all')} options={Object.entries(TARGET_GROUPS).map(([key, label]) => ({ value: key, label: label[language] }))}
        />
      </FilterForm>

      <QueryState isPending={list.isPending} error={list.error} />
      {first ? (
        items.length === 0 ? <p>{t('common.nothingFound')}</p> : (
          <>
            <DataTable caption={first.totalCapped ? t('participants.tableCaptionCapped', { total: formatNumber(first.total, language) }) : t('participants.tableCaption', { total: formatNumber(first.total, language) })}>
              <thead>
                <tr>
                  <th scope="col">{t('participants.name')}</th>
                  <th scope="col">{t('participants.fields.personalCode')}</th>
                  <th scope="col">{t('participants.fields.birthDate')}</th>
                  <th scope="col">{t('participants.fields.municipality')}</th>
                  <th scope="col">{t('participants.fields.labourMarketStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row"><Link to="/participants/$id" params={{ id: p.id }}>{p.lastName} {p.firstName}</Link></th>
                    <td className="nowrap">{p.personalCodeMasked ?? '—'}</td>
                    <td className="nowrap">{p.birthDate ? formatDate(p.birthDate, language) : '—'}</td>
                    <td>{[p.municipality, p.eldership].filter(Boolean).join(', ') || '—'}</td>
                    <td>{p.labourMarketStatus ? t(`participants.statuses.${p.labourMarketStatus}`) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <p className="list-status">{t('participants.shown', { shown: formatNumber(items.length, language) })}</p>
            {list.hasNextPage ? (
              <Button variant="secondary" isDisabled={list.isFetchingNextPage} onPress={() => void list.fetchNextPage()}>{t('participants.loadMore')}</Button>
            ) : null}
          </>
        )
      ) : null}
    </>
  );
}
