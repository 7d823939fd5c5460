import { randomUUID } from 'node:crypto';
import type { Context } from '../../http/context.ts';
import { demand, inScope, scopeOf } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import type { Database } from '../../db/connect.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { IMPORT_FIELDS, IMPORT_LIMITS, type ImportRequest, type ImportResult, type ImportRow } from '../../../contracts/participant-import.ts';
import type { Language } from '../../../contracts/roles.ts';
import { parseFile, UnreadableFile, type ParsedFile, type UnreadableReason } from './import.parse.ts';
import {
  columnName, issueMessage, mapColumns, nameKeyOf, parseRow, planRows, rejectedCsv, type ColumnMap, type PersonRecord, type PlannedRow,
} from './import.rules.ts';
import * as q from './import.queries.ts';
import { checkPersonalCode } from './personal-code.rules.ts';
import { isUniqueViolation } from './participants.errors.ts';
import { keysOf, municipalityCodeOf } from './participants.service.ts';
import { todayInLithuania } from './participants.rules.ts';

// Importing people from a file: a dry run says what each row would do; a real run writes
// every valid row in one transaction, with one audit entry per changed participant and one
// for the import. Decision 0018.

const importErrors = {
  fileTooLarge: () => new AppError('IMPORT.FILE_TOO_LARGE', 413, { params: { maxMb: IMPORT_LIMITS.fileMaxBytes / 1024 / 1024 } }),
  unreadable: (reason: UnreadableReason) => {
    switch (reason) {
      case 'old_excel': return new AppError('IMPORT.OLD_EXCEL_FORMAT', 400);
      case 'damaged_xlsx': return new AppError('IMPORT.DAMAGED_XLSX', 400);
      case 'empty': return new AppError('IMPORT.EMPTY_FILE', 400);
      case 'too_many_rows': return new AppError('IMPORT.TOO_MANY_ROWS', 400, { params: { max: IMPORT_LIMITS.rowsMax } });
      case 'binary': return new AppError('IMPORT.UNREADABLE_FILE', 400, { details: { reason } });
    }
  },
  wrongColumns: (columns: ColumnMap, language: Language) => {
    const none = language === 'lt' ? 'nėra' : 'none';
    const list = (names: string[]) => (names.length > 0 ? names.map((name) => `„${name}“`).join(', ') : none);
    return new AppError('IMPORT.WRONG_COLUMNS', 400, {
      params: { unknown: list(columns.unknown), missing: list(columns.missing.map((field) => columnName(field, language))), repeated: list(columns.repeated) },
      details: {
        unknown: columns.unknown,
        missing: columns.missing.map((field) => ({ field, column: columnName(field, language) })),
        repeated: columns.repeated,
        accepted: IMPORT_FIELDS.map((field) => ({ field, column: columnName(field, language) })),
      },
    });
  },
  conflict: () => new AppError('IMPORT.CONFLICT', 409),
};

const NOTES: Record<string, Record<Language, string>> = {
  read_as_windows_1257: {
    lt: 'Failas nėra UTF-8, todėl perskaitytas kaip Windows-1257 (Baltijos šalių) koduotė. Patikrinkite, ar vardai su ą, č, ę, ė, į, š, ų, ū, ž rodomi teisingai.',
    en: 'The file is not UTF-8, so it was read as Windows-1257 (Baltic). Check that names with ą, č, ę, ė, į, š, ų, ū, ž look right.',
  },
  read_as_utf_16: {
    lt: 'Failas perskaitytas kaip UTF-16 („Unicode tekstas“).',
    en: 'The file was read as UTF-16 ("Unicode text").',
  },
};

/** The organisation to import into: the one named, or the only one the user imports into. */
async function organisationFor(ctx: Context, organisationId: string | undefined): Promise<string> {
  demand(ctx.actor, 'participant.import');
  if (organisationId !== undefined) {
    if (!inScope(scopeOf(ctx.actor, 'participant.read'), organisationId) && !inScope(scopeOf(ctx.actor, 'participant.import'), organisationId)) {
      await refuseOutOfScope(ctx.db, ctx, { action: 'participant.import', entityType: 'organisation', entityId: organisationId });
    }
    demand(ctx.actor, 'participant.import', organisationId);
    return organisationId;
  }
  const scope = scopeOf(ctx.actor, 'participant.import');
  if (scope !== 'all' && scope.length === 1) return scope[0]!;
  throw errors.validation([{ field: 'organisationId', problem: 'required' }]);
}

function decodeBase64(content: string): Buffer {
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw errors.validation([{ field: 'contentBase64', problem: 'file_encoding' }]);
  }
  if (Math.floor((compact.length * 3) / 4) - (compact.match(/=+$/)?.[0].length ?? 0) > IMPORT_LIMITS.fileMaxBytes) throw importErrors.fileTooLarge();
  return Buffer.from(compact, 'base64');
}

async function read(bytes: Buffer): Promise<ParsedFile> {
  try {
    return await parseFile(bytes);
  } catch (error) {
    if (error instanceof UnreadableFile) throw importErrors.unreadable(error.reason);
    throw error;
  }
}

const isBlankCell = (cell: unknown) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

const stored = (id: string, person: PersonRecord): q.StoredPerson => ({
  id,
  first_name: person.firstName,
  last_name: person.lastName,
  ...keysOf(person.firstName, person.lastName, person.personalCode),
  personal_code: person.personalCode,
  birth_date: person.birthDate,
  sex: person.sex,
  email: person.email,
  phone: person.phone,
  address: person.address,
  municipality: person.municipality,
  municipality_code: municipalityCodeOf(person.municipality),
  eldership: person.eldership,
  languages: person.languages,
  education_level: person.educationLevel,
  labour_market_status: person.labourMarketStatus,
  registered_unemployed_since: person.registeredUnemployedSince,
  not_working_since: person.notWorkingSince,
  receives_social_assistance: person.receivesSocialAssistance,
  social_assistance_since: person.socialAssistanceSince,
  target_groups: person.targetGroups,
});

/** What each row would do, read against the organisation's people as they are now. */
async function plan(db: Database, organisationId: string, rows: ReturnType<typeof parseRows>): Promise<PlannedRow[]> {
  const codes = new Set<string>();
  const pairs = new Map<string, { nameKey: string; birthDate: string }>();
  for (const { values } of rows) {
    const code = values.personalCode?.trim();
    const check = code ? checkPersonalCode(code) : null;
    if (code && check?.valid) codes.add(code);
    const birthDate = values.birthDate ?? (check?.valid ? check.birthDate : null);
    if (values.firstName && values.lastName && birthDate) {
      const nameKey = nameKeyOf(values.firstName, values.lastName);
      pairs.set(`${nameKey}|${birthDate}`, { nameKey, birthDate });
    }
  }
  const existing = await q.findByCodes(db, organisationId, [...codes]);
  const candidates = await q.findByNameAndBirth(db, organisationId, [...pairs.values()]);
  return planRows(rows, new Map(existing.map((person) => [person.personalCode!, person])), candidates, todayInLithuania());
}

function parseRows(file: ParsedFile, columns: ColumnMap) {
  return file.rows.map(({ row, cells }) => ({ row, ...parseRow(cells, columns.fields) }));
}

async function write(ctx: Context, trx: Database, organisationId: string, planned: PlannedRow[], importId: string) {
  const creates = planned.filter((row) => row.action === 'create');
  const updates = planned.filter((row) => row.action === 'update');
  for (const row of creates) row.participantId = randomUUID();
  const source = { actorId: ctx.actor.userId, actorName: ctx.actor.name, ip: ctx.ip, organisationId };
  // Updates first, then inserts: a failure anywhere undoes both.
  for (let start = 0; start < updates.length; start += q.WRITE_CHUNK) {
    const chunk = updates.slice(start, start + q.WRITE_CHUNK);
    // Someone changed one of these people since they were read: undo everything (optimistic locking, like PATCH).
    const updated = await q.updatePeople(trx, chunk.map((row) => ({ ...stored(row.participantId!, row.record!), version: row.version! })));
    if (updated !== chunk.length) throw importErrors.conflict();
    await q.recordAuditEntries(trx, source, chunk.map((row) => ({
      action: 'participant.update', entity_id: row.participantId!, details: { fields: row.changes, via: 'import', importId, row: row.row },
    })));
  }
  for (let start = 0; start < creates.length; start += q.WRITE_CHUNK) {
    const chunk = creates.slice(start, start + q.WRITE_CHUNK);
    await q.insertPeople(trx, organisationId, chunk.map((row) => stored(row.participantId!, row.record!)));
    await q.recordAuditEntries(trx, source, chunk.map((row) => ({
      action: 'participant.create', entity_id: row.participantId!, details: { via: 'import', importId, row: row.row },
    })));
  }
}

/** Every rejected row first (up to the cap), then the others, in file order. */
function listed(planned: PlannedRow[]): { rows: PlannedRow[]; truncated: boolean } {
  const max = IMPORT_LIMITS.rowsListedMax;
  if (planned.length <= max) return { rows: planned, truncated: false };
  const rejected = planned.filter((row) => row.action === 'reject').slice(0, max);
  const others = planned.filter((row) => row.action !== 'reject').slice(0, max - rejected.length);
  return { rows: [...rejected, ...others].sort((a, b) => a.row - b.row), truncated: true };
}

export async function importFile(ctx: Context, input: ImportRequest, dryRun: boolean): Promise<ImportResult> {
  const organisationId = await organisationFor(ctx, input.organisationId);
  const file = await read(decodeBase64(input.contentBase64));
  const columns = mapColumns(file.header, (index) => file.rows.some(({ cells }) => !isBlankCell(cells[index])));
  if (columns.unknown.length > 0 || columns.missing.length > 0 || columns.repeated.length > 0) throw importErrors.wrongColumns(columns, ctx.language);
  if (file.rows.length === 0) throw importErrors.unreadable('empty');
  const rows = parseRows(file, columns);
  const importId = randomUUID();

  let planned: PlannedRow[];
  if (dryRun) {
    planned = await plan(ctx.db, organisationId, rows);
  } else {
    try {
      planned = await ctx.db.transaction().execute(async (trx) => {
        const result = await plan(trx, organisationId, rows);
        await write(ctx, trx, organisationId, result, importId);
        await recordImport(ctx, trx, organisationId, importId, input.fileName, file, result, false);
        return result;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw importErrors.conflict();
      throw error;
    }
  }
  if (dryRun) await recordImport(ctx, ctx.db, organisationId, importId, input.fileName, file, planned, true);
  return present(ctx.language, input.fileName, organisationId, file, columns, planned, dryRun);
}

function countOf(planned: PlannedRow[]) {
  const count = (action: string) => planned.filter((row) => row.action === action).length;
  return { rows: planned.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), reject: count('reject') };
}

async function recordImport(ctx: Context, db: Database, organisationId: string, importId: string, fileName: string, file: ParsedFile, planned: PlannedRow[], dryRun: boolean) {
  await recordAudit(db, ctx, {
    action: 'participant.import', entityType: 'import', entityId: importId, organisationId,
    details: { dryRun, fileName, format: file.format, encoding: file.encoding, ...countOf(planned) },
  });
}

function present(language: Language, fileName: string, organisationId: string, file: ParsedFile, columns: ColumnMap, planned: PlannedRow[], dryRun: boolean): ImportResult {
  const headerOf = new Map<string, string>();
  columns.fields.forEach((column, index) => column && headerOf.set(column.field, file.header[index]!));
  const problemsOf = (row: PlannedRow) => row.issues.map((issue) => ({
    field: issue.field,
    column: headerOf.get(issue.field) ?? null,
    problem: issue.problem,
    message: issueMessage(issue, language),
    ...(issue.params ? { params: issue.params } : {}),
  }));
  const { rows, truncated } = listed(planned);
  const rejected = planned.filter((row) => row.action === 'reject');
  const cellsOf = new Map(file.rows.map(({ row, cells }) => [row, cells]));
  const base = fileName.replace(/\.[^.]*$/, '') || 'import';
  const notes = [
    ...(file.encoding === 'windows-1257' ? ['read_as_windows_1257'] : []),
    ...(file.encoding === 'utf-16' ? ['read_as_utf_16'] : []),
  ].map((code) => ({ code, message: NOTES[code]![language] }));
  return {
    dryRun,
    imported: !dryRun,
    organisationId,
    format: file.format,
    encoding: file.encoding,
    notes,
    summary: countOf(planned),
    rows: rows.map((row): ImportRow => ({
      row: row.row,
      action: row.action,
      ...(row.participantId ? { participantId: row.participantId } : {}),
      ...(row.action === 'update' ? { changes: row.changes as string[] } : {}),
      problems: problemsOf(row),
    })),
    rowsTruncated: truncated,
    rejectedFile: rejected.length === 0 ? null : {
      fileName: `${base}-${language === 'lt' ? 'atmesti' : 'rejected'}.csv`,
      contentBase64: Buffer.from(rejectedCsv(
        file.header,
        rejected.map((row) => ({ row: row.row, cells: cellsOf.get(row.row)!, problems: problemsOf(row) })),
        file.delimiter ?? ';',
        language,
      )).toString('base64'),
    },
  };
}
