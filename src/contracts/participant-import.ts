import { Type, type Static } from 'typebox';
import { Id, Text } from './common.ts';
import { LIMITS } from './limits.ts';

// Importing people from a CSV or XLSX file (e.g. an Employment Service export).
// Decision 0018 explains the columns, encodings, matching and limits.

export const IMPORT_LIMITS = {
  /** The decoded file, in bytes. */
  fileMaxBytes: 10 * 1024 * 1024,
  /** Data rows (the header row not counted). */
  rowsMax: 200_000,
  /** Rows listed in the answer; the summary and the rejected-rows file always cover them all. */
  rowsListedMax: 1000,
} as const;

/** The HTTP body limit of the import route: the file as base64 (4/3 larger) plus room for the rest. */
export const IMPORT_BODY_LIMIT = Math.ceil(IMPORT_LIMITS.fileMaxBytes / 3) * 4 + 1024 * 1024;

/** What happens to a row: `unchanged` is an update that would change nothing (nothing is written). */
export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'reject'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

/**
 * The fields a file may carry, in the order of the rejected-rows file's columns when there
 * is no original header. Column names in both languages: `import.rules.ts` (COLUMN_NAMES).
 */
export const IMPORT_FIELDS = [
  'firstName', 'lastName', 'personalCode', 'birthDate', 'sex', 'email', 'phone', 'address', 'municipality', 'eldership',
  'languages', 'educationLevel', 'labourMarketStatus', 'registeredUnemployedSince', 'notWorkingSince',
  'receivesSocialAssistance', 'socialAssistanceSince', 'targetGroups',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Columns every file must have (a cell may still be empty: a person without a personal code). */
export const IMPORT_REQUIRED_FIELDS = ['firstName', 'lastName', 'personalCode'] as const satisfies readonly ImportField[];

export const ImportQuery = Type.Object(
  {
    /** true (the default): only say what would happen; false: import the valid rows. */
    dryRun: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false },
);
export type ImportQuery = Static<typeof ImportQuery>;

export const ImportRequest = Type.Object(
  {
    /** Needed only when the user imports into more than one organisation. */
    organisationId: Type.Optional(Id),
    fileName: Text(LIMITS.nameMax),
    /** The file, base64; at most IMPORT_LIMITS.fileMaxBytes once decoded (larger: 413 IMPORT.FILE_TOO_LARGE). */
    contentBase64: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);
export type ImportRequest = Static<typeof ImportRequest>;

export const ImportProblem = Type.Object({
  /** The contract field (`birthDate`), or `row` for a problem of the whole row. */
  field: Type.String(),
  /** The column as written in the file's header, when the problem belongs to one. */
  column: Type.Union([Type.String(), Type.Null()]),
  problem: Type.String(),
  message: Type.String(),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
});
export type ImportProblem = Static<typeof ImportProblem>;

export const ImportRow = Type.Object({
  /** The row number as a spreadsheet shows it: the header is row 1. */
  row: Type.Integer(),
  action: Type.Enum(IMPORT_ACTIONS),
  /** The existing participant (update, unchanged) or the new one (create, after a real run); or a possible duplicate's id. */
  participantId: Type.Optional(Id),
  /** Fields an update changes. */
  changes: Type.Optional(Type.Array(Type.String())),
  problems: Type.Array(ImportProblem),
});
export type ImportRow = Static<typeof ImportRow>;

export const ImportResult = Type.Object({
  dryRun: Type.Boolean(),
  /** true after a real run: every valid row was written in one transaction. */
  imported: Type.Boolean(),
  organisationId: Id,
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
  /** 'utf-8', 'utf-16', 'windows-1257' (CSV) or null (XLSX). */
  encoding: Type.Union([Type.String(), Type.Null()]),
  /** How the file was read, when the user should know (`read_as_windows_1257`, `read_as_utf_16`), in their language. */
  notes: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
  summary: Type.Object({
    rows: Type.Integer(), create: Type.Integer(), update: Type.Integer(), unchanged: Type.Integer(), reject: Type.Integer(),
  }),
  /** At most IMPORT_LIMITS.rowsListedMax rows: every rejected row first (up to the cap), then the others, in file order. */
  rows: Type.Array(ImportRow),
  rowsTruncated: Type.Boolean(),
  /** The rejected rows with their original columns and an error column, CSV in UTF-8 with BOM. */
  rejectedFile: Type.Union([Type.Object({ fileName: Type.String(), contentBase64: Type.String() }), Type.Null()]),
});
export type ImportResult = Static<typeof ImportResult>;
