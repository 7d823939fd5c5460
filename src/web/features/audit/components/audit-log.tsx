import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../contracts/audit.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FilterForm } from '../../../components/ui/filter-form.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useUserOptions } from '../../../lib/lookups.ts';
import { useCan } from '../../../lib/session.ts';
import { useDraft } from '../../../lib/use-filter.ts';
import { useAuditLog, type AuditFilter } from '../api/audit.ts';
import { AUDIT_OUTCOMES as OUTCOMES, KNOWN_ACTIONS, KNOWN_ENTITY_TYPES } from '../api/audit-codes.ts';

// The records that have a page of their own.
const RECORD_PAGES = { user: '/users/$id', centre: '/centres/$id', organisation: '/organisations/$id', case: '/cases/$id' } as const;

/** The name the entry saved when the record was created (details.name), if any. */
function nameOf(details: unknown): string | undefined {
  const name = (details as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name ? name : undefined;
}

function RecordCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const type = t(`audit.entityTypes.${entry.entityType}`, { defaultValue: entry.entityType });
  if (!entry.entityId) return <>{type}</>;
  const name = nameOf(entry.details);
  const label = name ? t('audit.namedRecord', { type, name }) : `${type} ${entry.entityId}`;
  if (!Object.hasOwn(RECORD_PAGES, entry.entityType)) return <>{label}</>;
  const to = RECORD_PAGES[entry.entityType as keyof typeof RECORD_PAGES];
  return <Link to={to} params={{ id: entry.entityId }}>{label}</Link>;
}

const EMPTY: AuditFilter = { actorId: '', entityType: '', entityId: '', action: '', from: '', to: '' };

export function AuditLog() {
  const { t } = useTranslation();
  const language = useLanguage();
  const mayReadUsers = useCan('user.read');
  const users = useUserOptions(undefined, mayReadUsers);
  const filter = useDraft(EMPTY);
  const log = useAuditLog(filter.applied);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <FilterForm onApply={filter.apply}>
        {mayReadUsers ? (
          <SelectField
            id="audit-actor"
            label={t('audit.who')}
            value={filter.draft.actorId}
            onChange={filter.set('actorId')}
            emptyLabel={t('filters.all')}
            options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        ) : (
          <TextField id="audit-actor" label={t('audit.whoId')} value={filter.draft.actorId} onChange={filter.set('actorId')} />
        )}
        <SelectField
          id="audit-entity-type"
          label={t('audit.recordType')}
          value={filter.draft.entityType}
          onChange={filter.set('entityType')}
          emptyLabel={t('filters.all')}
          options={KNOWN_ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) }))}
        />
        <TextField id="audit-entity-id" label={t('audit.recordId')} value={filter.draft.entityId} onChange={filter.set('entityId')} maxLength={100} />
        <SelectField
          id="audit-action"
          label={t('audit.action')}
          value={filter.draft.action}
          onChange={filter.set('action')}
          emptyLabel={t('filters.all')}
          options={KNOWN_ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
        />
        <TextField id="audit-from" label={t('audit.from')} type="date" value={filter.draft.from} onChange={filter.set('from')} />
        <TextField id="audit-to" label={t('audit.to')} type="date" value={filter.draft.to} onChange={filter.set('to')} />
      </FilterForm>

      <QueryState isPending={log.isPending} error={log.error} />
      {log.data && entries.length === 0 ? <p>{t('common.nothingFound')}</p> : null}
      {entries.length > 0 ? (
        <>
          <DataTable caption={t('audit.tableCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.record')}</th>
                <th scope="col">{t('audit.outcome')}</th>
                <th scope="col">{t('audit.address')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{formatDateTime(entry.occurredAt, language)}</td>
                  <td>{entry.actorName || '—'}</td>
                  <td>{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</td>
                  <td><RecordCell entry={entry} /></td>
                  <td>{(OUTCOMES as readonly string[]).includes(entry.outcome) ? t(`audit.outcomes.${entry.outcome}`) : entry.outcome}</td>
                  <td>{entry.ip}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {log.hasNextPage ? (
            <p>
              <Button variant="secondary" isDisabled={log.isFetchingNextPage} onPress={() => void log.fetchNextPage()}>
                {log.isFetchingNextPage ? t('common.loading') : t('audit.loadMore')}
              </Button>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
