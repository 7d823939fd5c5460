import { readSheet } from 'read-excel-file/node';
import { IMPORT_LIMITS } from '../../../contracts/participant-import.ts';

// Bytes → a header and rows of cells. Reads CSV (UTF-8 with or without BOM, UTF-16 with
// BOM, or Windows-1257; `,` `;` or tab) and XLSX (the first sheet). Says why a file cannot
// be read instead of guessing. Decision 0018.

export type Cell = string | number | boolean | Date | null;

export type Encoding = 'utf-8' | 'utf-16' | 'windows-1257';
export type Delimiter = ',' | ';' | '\t';

export interface ParsedFile {
  format: 'csv' | 'xlsx';
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  header: string[];
  /** Data rows after the header; `row` is the spreadsheet row number (header = 1). Blank rows are left out. */
  rows: { row: number; cells: Cell[] }[];
}

export type UnreadableReason = 'binary' | 'old_excel' | 'damaged_xlsx' | 'empty' | 'too_many_rows';

export class UnreadableFile extends Error {
  readonly reason: UnreadableReason;
  constructor(reason: UnreadableReason) {
    super(reason);
    this.reason = reason;
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

/** Unpacked XLSX parts may not exceed this (a small "zip bomb" cannot fill the memory). */
const XLSX_UNPACKED_MAX = 200 * 1024 * 1024;

/** The total unpacked size from the zip's central directory, or null when there is none (not a zip). */
export function zipUnpackedSize(bytes: Buffer): number | null {
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (bytes.readUInt32LE(at) !== 0x06054b50) continue;
    const entries = bytes.readUInt16LE(at + 10);
    let offset = bytes.readUInt32LE(at + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
      total += bytes.readUInt32LE(offset + 24);
      offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
    return total;
  }
  return null;
}

/**
 * Text from bytes: UTF-16 or UTF-8 when a BOM says so, UTF-8 when the bytes are valid UTF-8,
 * otherwise Windows-1257 (what Excel and older systems in Lithuania write). Binary content
 * (NUL bytes, control characters, bytes Windows-1257 does not define) is refused.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  let text: string;
  let encoding: Encoding;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    try {
      text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableFile('binary');
    }
    encoding = 'utf-16';
  } else {
    if (bytes.includes(0)) throw new UnreadableFile('binary');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1257').decode(bytes);
      encoding = 'windows-1257';
    }
  }
  // Tab, line feed and carriage return are the only control characters a table has;
  // U+FFFD is a byte Windows-1257 leaves undefined. Either means this is not text.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/.test(text)) throw new UnreadableFile('binary');
  return { text, encoding };
}

/** The delimiter used most in the header (the first line that is not blank), outside quotes: `;` wins a tie (Excel in Lithuania). */
export function detectDelimiter(text: string): Delimiter | null {
  const counts = { ';': 0, ',': 0, '\t': 0 } as Record<Delimiter, number>;
  let quoted = false;
  let started = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (started) break;
    } else if (!quoted && char in counts) counts[char as Delimiter]++;
    if (char.trim() !== '') started = true;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : null;
}

/** RFC 4180 records: quoted fields may hold the delimiter, quotes ("") and line breaks. */
export function parseCsv(text: string, delimiter: Delimiter | null): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delim = delimiter ?? '\u0000';
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delim) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const isBlank = (cells: readonly Cell[]) => cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));

function split(records: Cell[][], format: ParsedFile['format'], encoding: Encoding | null, delimiter: Delimiter | null): ParsedFile {
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) throw new UnreadableFile('empty');
  const header = records[headerIndex]!.map((cell) => (cell === null ? '' : String(cell).trim()));
  const rows: ParsedFile['rows'] = [];
  for (let index = headerIndex + 1; index < records.length; index++) {
    const cells = records[index]!;
    if (isBlank(cells)) continue;
    if (rows.length === IMPORT_LIMITS.rowsMax) throw new UnreadableFile('too_many_rows');
    rows.push({ row: index + 1, cells });
  }
  return { format, encoding, delimiter, header, rows };
}

/** Reads the file; throws UnreadableFile with the reason when it cannot. */
export async function parseFile(bytes: Buffer): Promise<ParsedFile> {
  if (bytes.length === 0) throw new UnreadableFile('empty');
  if (startsWith(bytes, OLE)) throw new UnreadableFile('old_excel');
  if (startsWith(bytes, ZIP)) {
    const unpacked = zipUnpackedSize(bytes);
    if (unpacked === null || unpacked > XLSX_UNPACKED_MAX) throw new UnreadableFile('damaged_xlsx');
    let data: Cell[][];
    try {
      data = (await readSheet(bytes, 1, { trim: false })) as unknown as Cell[][];
    } catch {
      throw new UnreadableFile('damaged_xlsx');
    }
    return split(data, 'xlsx', null, null);
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  return split(parseCsv(text, delimiter), 'csv', encoding, delimiter);
}
