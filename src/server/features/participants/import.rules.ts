import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { FIELD_MESSAGES, interpolate, type FieldProblem } from '../../../contracts/errors.ts';
import { ParticipantCreate, LABOUR_MARKET_STATUSES, SEXES } from '../../../contracts/participants.ts';
import { IMPORT_FIELDS, IMPORT_REQUIRED_FIELDS, type ImportAction, type ImportField } from '../../../contracts/participant-import.ts';
import type { Language } from '../../../contracts/roles.ts';
import { searchKey } from '../../shared/text.ts';
import type { Cell, Delimiter } from './import.parse.ts';
import { checkFactDates, resolveIdentity, type FieldIssue } from './participants.rules.ts';

// Pure rules of importing people: which column is which field, what a cell means, what a
// row would do (create, update, leave unchanged or be rejected, and why), and the file of
// rejected rows. Each row is checked exactly like POST/PATCH /api/participants. Decision 0018.

type Sex = (typeof SEXES)[number];
type LabourMarketStatus = (typeof LABOUR_MARKET_STATUSES)[number];

/** Column names people write, per field: the first Lithuanian and English names are the ones shown in messages. */
export const COLUMN_NAMES: Record<ImportField, { lt: string[]; en: string[] }> = {
  firstName: { lt: ['Vardas'], en: ['First name', 'Given name', 'Forename'] },
  lastName: { lt: ['Pavardė'], en: ['Last name', 'Surname', 'Family name'] },
  personalCode: { lt: ['Asmens kodas', 'AK'], en: ['Personal code', 'Personal identification code', 'Personal ID'] },
  birthDate: { lt: ['Gimimo data'], en: ['Birth date', 'Date of birth', 'DOB'] },
  sex: { lt: ['Lytis'], en: ['Sex', 'Gender'] },
  email: { lt: ['El. paštas', 'Elektroninis paštas', 'El. pašto adresas'], en: ['E-mail', 'Email address'] },
  phone: { lt: ['Telefonas', 'Tel.', 'Tel. nr.', 'Telefono numeris'], en: ['Phone', 'Telephone', 'Phone number'] },
  address: { lt: ['Adresas', 'Gyvenamosios vietos adresas'], en: ['Address'] },
  municipality: { lt: ['Savivaldybė'], en: ['Municipality'] },
  eldership: { lt: ['Seniūnija'], en: ['Eldership'] },
  languages: { lt: ['Kalbos'], en: ['Languages'] },
  educationLevel: { lt: ['Išsilavinimas (ISCED)', 'Išsilavinimo lygis', 'ISCED'], en: ['Education level', 'Education level (ISCED)'] },
  labourMarketStatus: { lt: ['Padėtis darbo rinkoje'], en: ['Labour market status', 'Labor market status'] },
  registeredUnemployedSince: { lt: ['Registruotas bedarbiu nuo', 'Registruotas bedarbis nuo', 'Bedarbis nuo'], en: ['Registered unemployed since', 'Unemployed since'] },
  notWorkingSince: { lt: ['Nedirba nuo'], en: ['Not working since'] },
  receivesSocialAssistance: { lt: ['Gauna socialinę pašalpą', 'Socialinė pašalpa', 'Gauna pašalpą'], en: ['Receives social assistance', 'Social assistance'] },
  socialAssistanceSince: { lt: ['Pašalpa nuo', 'Socialinė pašalpa nuo', 'Gauna pašalpą nuo'], en: ['Social assistance since', 'Receives social assistance since'] },
  targetGroups: { lt: ['Tikslinės grupės'], en: ['Target groups'] },
};

/** The error column of the rejected-rows file; a file sent back with it is read without complaint. */
export const ERRORS_COLUMN: Record<Language, string> = { lt: 'Klaidos', en: 'Errors' };

/** "El. paštas" → "elpastas": case, diacritics, spaces and punctuation do not matter. */
export const normaliseHeader = (name: string) => searchKey(name).replace(/[^a-z0-9]/g, '');

const HEADER_LOOKUP = new Map<string, { field: ImportField; language: Language }>();
for (const field of IMPORT_FIELDS) {
  for (const language of ['lt', 'en'] as const) {
    for (const name of COLUMN_NAMES[field][language]) HEADER_LOOKUP.set(normaliseHeader(name), { field, language });
  }
}
const IGNORED_HEADERS = new Set([...Object.values(ERRORS_COLUMN), 'Eil. Nr.', 'Nr.', 'Row'].map(normaliseHeader));

export const columnName = (field: ImportField, language: Language) => COLUMN_NAMES[field][language][0]!;

export interface ColumnMap {
  /** For each column of the file: the field it holds, or null (ignored). */
  fields: ({ field: ImportField; language: Language } | null)[];
  /** Header cells that name no field, as written. */
  unknown: string[];
  /** Required fields without a column. */
  missing: ImportField[];
  /** Headers naming a field that an earlier column already holds. */
  repeated: string[];
}

/**
 * Maps the header row to fields. A column without a name is ignored when it holds nothing
 * (Excel leaves such columns after a trailing delimiter), otherwise it is unknown.
 */
export function mapColumns(header: readonly string[], columnHasData: (index: number) => boolean): ColumnMap {
  const fields: ColumnMap['fields'] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  const seen = new Set<ImportField>();
  header.forEach((name, index) => {
    const key = normaliseHeader(name);
    const known = HEADER_LOOKUP.get(key);
    if (known && seen.has(known.field)) repeated.push(name);
    else if (known) seen.add(known.field);
    else if (key === '' ? columnHasData(index) : !IGNORED_HEADERS.has(key)) unknown.push(name === '' ? `#${index + 1}` : name);
    fields.push(known && !repeated.includes(name) ? known : null);
  });
  return { fields, unknown, missing: IMPORT_REQUIRED_FIELDS.filter((field) => !seen.has(field)), repeated };
}

/** The values a row gives: a field is absent when its cell is empty (an import never blanks out a value). */
export interface RowValues {
  firstName?: string;
  lastName?: string;
  personalCode?: string;
  birthDate?: string;
  sex?: Sex;
  email?: string;
  phone?: string;
  address?: string;
  municipality?: string;
  eldership?: string;
  languages?: string[];
  educationLevel?: number;
  labourMarketStatus?: LabourMarketStatus;
  registeredUnemployedSince?: string;
  notWorkingSince?: string;
  receivesSocialAssistance?: boolean;
  socialAssistanceSince?: string;
  targetGroups?: string[];
}

export type RowIssue = FieldIssue;

const DATE_FIELDS = new Set<ImportField>(['birthDate', 'registeredUnemployedSince', 'notWorkingSince', 'socialAssistanceSince']);
const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

function realDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1800 ? isoOf(date) : null;
}

/** '2024-05-21', '2024.05.21', '2024/05/21', '2024-05-21 00:00:00', an Excel date or serial day number → '2024-05-21'. */
export function parseDate(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoOf(cell);
  if (typeof cell === 'number') {
    // Excel counts days from 1899-12-30 (its 1900 leap-year bug included); whole days only.
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return null;
    return isoOf(new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000));
  }
  const match = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?(?:[ T]00:00(?::00(?:\.0+)?)?)?$/.exec(String(cell).trim());
  return match ? realDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

const fold = (cell: Cell) => searchKey(String(cell)).replace(/[^a-z0-9]/g, '');
const BOOLEANS = new Map<string, boolean>([
  ['taip', true], ['t', true], ['yes', true], ['y', true], ['true', true], ['1', true], ['gauna', true],
  ['ne', false], ['n', false], ['no', false], ['false', false], ['0', false], ['negauna', false],
]);
const SEX_WORDS = new Map<string, Sex>([
  ['moteris', 'female'], ['moteriska', 'female'], ['female', 'female'], ['woman', 'female'],
  ['vyras', 'male'], ['vyriska', 'male'], ['male', 'male'], ['man', 'male'],
  ['nonbinary', 'non_binary'], ['nebinarinis', 'non_binary'], ['nebinarine', 'non_binary'], ['nebinarus', 'non_binary'],
]);
// One letter means different things in the two languages: M is moteris in Lithuanian, male in English.
const SEX_LETTERS: Record<Language, Record<string, Sex>> = { lt: { m: 'female', v: 'male' }, en: { f: 'female', m: 'male' } };
const STATUS_WORDS = new Map<string, LabourMarketStatus>([
  ...LABOUR_MARKET_STATUSES.map((status) => [status.replace(/_/g, ''), status] as const),
  ['bedarbis', 'unemployed'], ['ilgalaikisbedarbis', 'long_term_unemployed'], ['neaktyvus', 'inactive'],
  ['dirbantis', 'employed'], ['dirba', 'employed'], ['savarankiskaidirbantis', 'self_employed'], ['besimokantis', 'in_education'], ['mokosi', 'in_education'],
]);

const text = (cell: Cell) => (cell instanceof Date ? isoOf(cell) : typeof cell === 'boolean' ? (cell ? 'taip' : 'ne') : String(cell)).trim();
const codeList = (cell: Cell) => [...new Set(text(cell).toLowerCase().split(/[\s,;]+/).filter(Boolean))];

// The contract's own schema for each field, so a cell is held to the same limits as the API.
const FIELD_SCHEMAS = Object.fromEntries(
  IMPORT_FIELDS.map((field) => [field, Compile((ParticipantCreate.properties as unknown as Record<string, TSchema>)[field]!)]),
) as Record<ImportField, ReturnType<typeof Compile>>;

function contractProblem(field: ImportField, value: unknown): RowIssue | null {
  const schema = FIELD_SCHEMAS[field];
  if (schema.Check(value)) return null;
  const first = [...schema.Errors(value)][0] as { keyword: string; params: Record<string, unknown> } | undefined;
  const limit = Number(first?.params.limit);
  switch (first?.keyword) {
    case 'maxLength':
      return { field, problem: 'too_long', params: { max: limit } };
    case 'maxItems':
      return { field, problem: 'too_large', params: { max: limit } };
    case 'minLength':
      return { field, problem: limit === 1 ? 'required' : 'too_short', ...(limit === 1 ? {} : { params: { min: limit } }) };
    case 'pattern':
      return { field, problem: first.params.pattern === '\\S' ? 'blank' : 'invalid' };
    case 'format':
      return { field, problem: first.params.format === 'email' ? 'email' : 'invalid' };
    default:
      return { field, problem: 'invalid' };
  }
}

/** One cell → its value, or the problem with it. Empty → undefined (absent). */
export function parseCell(field: ImportField, cell: Cell, language: Language): { value?: unknown; issue?: RowIssue } {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return {};
  let value: unknown;
  if (DATE_FIELDS.has(field)) {
    value = parseDate(cell);
    if (value === null) return { issue: { field, problem: 'import_date' } };
  } else if (field === 'receivesSocialAssistance') {
    value = typeof cell === 'boolean' ? cell : BOOLEANS.get(fold(cell));
    if (value === undefined) return { issue: { field, problem: 'import_yes_no' } };
  } else if (field === 'sex') {
    const word = fold(cell);
    value = SEX_WORDS.get(word) ?? SEX_LETTERS[language][word];
    if (value === undefined) return { issue: { field, problem: 'import_sex' } };
  } else if (field === 'labourMarketStatus') {
    value = STATUS_WORDS.get(fold(cell));
    if (value === undefined) return { issue: { field, problem: 'import_labour_market_status' } };
  } else if (field === 'educationLevel') {
    value = typeof cell === 'number' ? cell : /^\d+$/.test(text(cell)) ? Number(text(cell)) : NaN;
    if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 8) return { issue: { field, problem: 'import_isced' } };
  } else if (field === 'languages' || field === 'targetGroups') {
    value = codeList(cell);
    if (!(value as string[]).every((code) => (field === 'languages' ? /^[a-z]{2}$/ : /^[a-z0-9_]+$/).test(code))) {
      return { issue: { field, problem: field === 'languages' ? 'import_languages' : 'import_codes' } };
    }
  } else if (field === 'personalCode' && typeof cell === 'number') {
    value = Number.isInteger(cell) ? String(cell) : text(cell);
  } else {
    value = text(cell);
  }
  const issue = contractProblem(field, value);
  return issue ? { issue } : { value };
}

/** The values of one row and the problems of its cells. */
export function parseRow(cells: readonly Cell[], columns: ColumnMap['fields']): { values: RowValues; issues: RowIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: RowIssue[] = [];
  for (let index = 0; index < Math.max(cells.length, columns.length); index++) {
    const column = columns[index];
    const cell = cells[index] ?? null;
    if (!column) {
      if (index >= columns.length && !(cell === null || (typeof cell === 'string' && cell.trim() === ''))) {
        issues.push({ field: 'row', problem: 'import_extra_cells', params: { columns: columns.length } });
      }
      continue;
    }
    const { value, issue } = parseCell(column.field, cell, column.language);
    if (issue) issues.push(issue);
    else if (value !== undefined) values[column.field] = value;
  }
  return { values: values as RowValues, issues: issues.filter((issue, i) => issues.findIndex((other) => other.problem === issue.problem && other.field === issue.field) === i) };
}

/** A person as stored: every field, nulls and empty texts where nothing is known. */
export interface PersonRecord {
  firstName: string;
  lastName: string;
  personalCode: string | null;
  birthDate: string | null;
  sex: Sex | null;
  email: string;
  phone: string;
  address: string;
  municipality: string;
  eldership: string;
  languages: string[];
  educationLevel: number | null;
  labourMarketStatus: LabourMarketStatus | null;
  registeredUnemployedSince: string | null;
  notWorkingSince: string | null;
  receivesSocialAssistance: boolean | null;
  socialAssistanceSince: string | null;
  targetGroups: string[];
}

export interface ExistingPerson extends PersonRecord {
  id: string;
  version: number;
}

/** Another person of the organisation with the same folded name and birth date. */
export interface NameBirthCandidate {
  id: string;
  nameKey: string;
  birthDate: string;
  personalCode: string | null;
}

export interface PlannedRow {
  row: number;
  action: ImportAction;
  /** The existing participant (update, unchanged), the possible duplicate (reject), or none (create). */
  participantId?: string;
  changes?: (keyof PersonRecord)[];
  issues: RowIssue[];
  /** What will be stored (create, update). */
  record?: PersonRecord;
  /** The version of the existing participant that was read (update). */
  version?: number;
}

const EMPTY: PersonRecord = {
  firstName: '', lastName: '', personalCode: null, birthDate: null, sex: null, email: '', phone: '', address: '', municipality: '',
  eldership: '', languages: [], educationLevel: null, labourMarketStatus: null, registeredUnemployedSince: null, notWorkingSince: null,
  receivesSocialAssistance: null, socialAssistanceSince: null, targetGroups: [],
};

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b);
export const nameKeyOf = (firstName: string, lastName: string) => searchKey(`${firstName} ${lastName}`);
/** The rule of POST /api/participants: a candidate with another personal code is another person. */
const mayBeSame = (codeA: string | null, codeB: string | null) => codeA === null || codeB === null || codeA === codeB;

/**
 * What each row would do. A personal code already in the organisation → update (only the
 * cells that are filled in); otherwise create. Rejected: any problem the API would refuse,
 * the same personal code as an earlier row, or the same name and birth date as a person
 * already registered or an earlier row, unless both have different personal codes
 * (a possible duplicate: add the code, or register the person by hand).
 */
export function planRows(
  rows: readonly { row: number; values: RowValues; issues: RowIssue[] }[],
  existingByCode: ReadonlyMap<string, ExistingPerson>,
  candidates: readonly NameBirthCandidate[],
  today: string,
): PlannedRow[] {
  const candidatesByKey = new Map<string, NameBirthCandidate[]>();
  const remember = (candidate: NameBirthCandidate) => {
    const key = `${candidate.nameKey}|${candidate.birthDate}`;
    candidatesByKey.set(key, [...(candidatesByKey.get(key) ?? []), candidate]);
  };
  candidates.forEach(remember);
  const codeRows = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const { row, values, issues: cellIssues } of rows) {
    const issues = [...cellIssues];
    const code = values.personalCode?.trim() || null;
    const existing = code !== null ? existingByCode.get(code) : undefined;
    const base = existing ?? EMPTY;
    const given = (field: keyof RowValues) => values[field] !== undefined && !issues.some((issue) => issue.field === field);
    // Dates, sex and facts that were refused above are taken as not given, so they do not also fail the cross-checks.
    const pick = <K extends keyof RowValues & keyof PersonRecord>(field: K): PersonRecord[K] =>
      (given(field) ? values[field] : base[field]) as PersonRecord[K];
    if (!existing) {
      for (const field of ['firstName', 'lastName'] as const) if (values[field] === undefined && !issues.some((i) => i.field === field)) issues.push({ field, problem: 'required' });
    }
    const identity = resolveIdentity(
      { personalCode: code, birthDate: given('birthDate') ? values.birthDate : existing ? existing.birthDate : undefined, sex: given('sex') ? values.sex : existing ? existing.sex : undefined },
      today,
    );
    const record: PersonRecord = {
      firstName: pick('firstName'), lastName: pick('lastName'), personalCode: identity.personalCode, birthDate: identity.birthDate,
      sex: identity.sex, email: pick('email'), phone: pick('phone'), address: pick('address'), municipality: pick('municipality'),
      eldership: pick('eldership'), languages: pick('languages'), educationLevel: pick('educationLevel'), labourMarketStatus: pick('labourMarketStatus'),
      registeredUnemployedSince: pick('registeredUnemployedSince'), notWorkingSince: pick('notWorkingSince'),
      receivesSocialAssistance: pick('receivesSocialAssistance'), socialAssistanceSince: pick('socialAssistanceSince'), targetGroups: pick('targetGroups'),
    };
    issues.push(...identity.issues.filter((issue) => !issues.some((known) => known.field === issue.field)));
    issues.push(...checkFactDates(record, today).filter((issue) => !issues.some((known) => known.field === issue.field)));
    let participantId = existing?.id;
    if (code !== null && !identity.codeInvalid) {
      const earlier = codeRows.get(code);
      if (earlier !== undefined) issues.push({ field: 'personalCode', problem: 'import_same_code_in_file', params: { row: earlier } });
      else codeRows.set(code, row);
    }
    if (!existing && issues.length === 0 && record.birthDate !== null) {
      const nameKey = nameKeyOf(record.firstName, record.lastName);
      const match = (candidatesByKey.get(`${nameKey}|${record.birthDate}`) ?? []).find((candidate) => mayBeSame(candidate.personalCode, record.personalCode));
      if (match) {
        const earlierRow = match.id.startsWith('row:') ? Number(match.id.slice(4)) : null;
        issues.push(earlierRow !== null
          ? { field: 'row', problem: 'import_possible_duplicate_in_file', params: { row: earlierRow } }
          : { field: 'row', problem: 'import_possible_duplicate' });
        if (earlierRow === null) participantId = match.id;
      } else {
        remember({ id: `row:${row}`, nameKey, birthDate: record.birthDate, personalCode: record.personalCode });
      }
    }
    if (issues.length > 0) {
      planned.push({ row, action: 'reject', ...(participantId ? { participantId } : {}), issues });
    } else if (existing) {
      const changes = (Object.keys(EMPTY) as (keyof PersonRecord)[]).filter((field) => !same(record[field], existing[field]));
      planned.push({ row, action: changes.length > 0 ? 'update' : 'unchanged', participantId: existing.id, version: existing.version, changes, issues, record });
    } else {
      planned.push({ row, action: 'create', issues, record });
    }
  }
  return planned;
}

/** A problem in words: "Gimimo data: Data negali būti ateityje." */
export function issueMessage(issue: RowIssue, language: Language): string {
  return interpolate(FIELD_MESSAGES[issue.problem as FieldProblem][language], issue.params);
}

function csvField(value: string, delimiter: Delimiter): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A cell written back as the user gave it (dates as YYYY-MM-DD). */
export const cellText = (cell: Cell) => (cell === null ? '' : cell instanceof Date ? isoOf(cell) : String(cell));

/**
 * The rejected rows, ready to fix and import again: the original columns plus an error
 * column naming the row and each problem. UTF-8 with BOM, so Excel shows ą, č, ę… correctly.
 */
export function rejectedCsv(
  header: readonly string[],
  rows: readonly { row: number; cells: readonly Cell[]; problems: readonly { column: string | null; message: string }[] }[],
  delimiter: Delimiter,
  language: Language,
): string {
  const rowWord = language === 'lt' ? 'Eilutė' : 'Row';
  const keep = header.map((name) => !IGNORED_HEADERS.has(normaliseHeader(name)) || name === '');
  const lines = [[...header.filter((_, i) => keep[i]), ERRORS_COLUMN[language]]];
  for (const { row, cells, problems } of rows) {
    const errors = `${rowWord} ${row}: ${problems.map((p) => (p.column ? `${p.column} — ${p.message}` : p.message)).join(' | ')}`;
    const original = header.map((_, i) => cellText(cells[i] ?? null)).filter((_, i) => keep[i]);
    lines.push([...original, errors]);
  }
  return `\ufeff${lines.map((line) => line.map((value) => csvField(value, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}
