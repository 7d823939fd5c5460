import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, parseCsv, parseFile, UnreadableFile } from './import.parse.ts';
import { mapColumns, parseDate, parseRow, planRows, rejectedCsv, type ExistingPerson } from './import.rules.ts';

const windows1257 = (text: string) => {
  // The letters Lithuanian needs, as Windows-1257 writes them.
  const table: Record<string, number> = { ą: 0xe0, č: 0xe8, ę: 0xe6, ė: 0xeb, į: 0xe1, š: 0xf0, ų: 0xf8, ū: 0xfb, ž: 0xfe, Ą: 0xc0, Č: 0xc8, Š: 0xd0, Ž: 0xde, Ū: 0xdb };
  return Uint8Array.from([...text].map((char) => table[char] ?? char.charCodeAt(0)));
};

describe('reading the bytes', () => {
  it('reads UTF-8 with or without BOM, and Windows-1257 when the bytes are not UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('\ufeffPavardė;Vardas'))).toEqual({ text: 'Pavardė;Vardas', encoding: 'utf-8' });
    expect(decodeText(windows1257('Žemaitė;Ąžuolas Čiūrlionis'))).toEqual({ text: 'Žemaitė;Ąžuolas Čiūrlionis', encoding: 'windows-1257' });
  });

  it('refuses binary content', () => {
    expect(() => decodeText(Uint8Array.from([0x41, 0x00, 0x42]))).toThrow(UnreadableFile);
    expect(() => decodeText(Uint8Array.from([0x41, 0x81, 0x42, 0x07]))).toThrow(UnreadableFile);
  });

  it('detects the delimiter from the header and reads quoted fields', () => {
    expect(detectDelimiter('Vardas;Pavardė;"Adresas, miestas"\n')).toBe(';');
    expect(detectDelimiter('a,b\tc,d')).toBe(',');
    expect(detectDelimiter('Vardas\tPavardė')).toBe('\t');
    expect(parseCsv('a;"b;""c""\nd"\r\n1;2\n', ';')).toEqual([['a', 'b;"c"\nd'], ['1', '2']]);
  });

  it('says why a file cannot be read', async () => {
    const reason = (bytes: Buffer) => parseFile(bytes).then(() => 'read', (error: UnreadableFile) => error.reason);
    expect(await reason(Buffer.alloc(0))).toBe('empty');
    expect(await reason(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('old_excel');
    expect(await reason(Buffer.from('PK\u0003\u0004garbage'))).toBe('damaged_xlsx');
    expect(await reason(Buffer.from('\n\n ; \n'))).toBe('empty');
  });
});

describe('columns', () => {
  it('accepts Lithuanian and English names, whatever the case, diacritics and punctuation', () => {
    const map = mapColumns(['VARDAS', 'pavarde', 'Asmens  kodas', 'E-mail', 'el paštas', 'Gauna socialinę pašalpą', 'Klaidos'], () => false);
    expect(map.fields.map((f) => f?.field ?? null)).toEqual(['firstName', 'lastName', 'personalCode', 'email', null, 'receivesSocialAssistance', null]);
    expect(map.repeated).toEqual(['el paštas']);
    expect(map.missing).toEqual([]);
  });

  it('lists unknown and missing columns; an empty trailing column is ignored only when it is empty', () => {
    expect(mapColumns(['Vardas', 'Pavarde', 'Amžius', ''], () => false)).toMatchObject({ unknown: ['Amžius'], missing: ['personalCode'] });
    expect(mapColumns(['Vardas', 'Pavarde', 'Asmens kodas', ''], () => true).unknown).toEqual(['#4']);
  });
});

describe('cells', () => {
  it('reads dates as people and Excel write them', () => {
    expect(parseDate('2024-05-21')).toBe('2024-05-21');
    expect(parseDate('2024.05.21')).toBe('2024-05-21');
    expect(parseDate('2024.5.1.')).toBe('2024-05-01');
    expect(parseDate('2024-05-21 00:00:00')).toBe('2024-05-21');
    expect(parseDate(45433)).toBe('2024-05-21');
    expect(parseDate(new Date(Date.UTC(2024, 4, 21)))).toBe('2024-05-21');
    expect(parseDate('2024-02-30')).toBeNull();
    expect(parseDate('21.05.2024')).toBeNull();
    expect(parseDate('2024-05-21 13:45')).toBeNull();
  });

  it('reads yes/no, sex by the header language, status words and code lists; never blanks out', () => {
    const columns = mapColumns(['Vardas', 'Pavardė', 'Asmens kodas', 'Gauna socialinę pašalpą', 'Lytis', 'Padėtis darbo rinkoje', 'Kalbos', 'El. paštas'], () => false).fields;
    expect(parseRow(['Ona', 'Onaitė', '', 'Taip', 'M', 'ilgalaikis bedarbis', 'lt, RU', ''], columns)).toEqual({
      values: { firstName: 'Ona', lastName: 'Onaitė', receivesSocialAssistance: true, sex: 'female', labourMarketStatus: 'long_term_unemployed', languages: ['lt', 'ru'] },
      issues: [],
    });
    expect(parseRow(['Ona', ' ', '', 'gal', 'X', 'bedarbe', 'lietuvių', 'ona@'], columns).issues.map((i) => `${i.field}:${i.problem}`)).toEqual([
      'receivesSocialAssistance:import_yes_no', 'sex:import_sex', 'labourMarketStatus:import_labour_market_status', 'languages:import_languages', 'email:email',
    ]);
    expect(parseRow(['Ona', 'Onaitė', '', '', '', '', '', '', 'extra'], columns).issues).toEqual([{ field: 'row', problem: 'import_extra_cells', params: { columns: 8 } }]);
  });
});

describe('what each row does', () => {
  const today = '2026-11-22';
  const existing: ExistingPerson = {
    id: '00000000-0000-4000-8000-000000000001', firstName: 'Jonas', lastName: 'Petraitis', personalCode: '38501011239', birthDate: '1985-01-01',
    sex: 'male', email: 'jonas@example.lt', phone: '', address: '', municipality: 'Kazlų Rūdos sav.', eldership: '', languages: [], educationLevel: null,
    labourMarketStatus: null, registeredUnemployedSince: '2023-03-01', notWorkingSince: null, receivesSocialAssistance: true, socialAssistanceSince: null, targetGroups: [], version: 1,
  };
  const byCode = new Map([[existing.personalCode!, existing]]);
  const row = (n: number, values: Record<string, unknown>) => ({ row: n, values, issues: [] });

  it('updates only the filled-in cells of a known code, creates the rest, and knows when nothing changes', () => {
    const planned = planRows([
      row(2, { firstName: 'Jonas', lastName: 'Petraitis', personalCode: '38501011239', notWorkingSince: '2024-01-01' }),
      row(3, { firstName: 'Ona', lastName: 'Onaitė', personalCode: '49007054569' }),
      row(4, { personalCode: '38501011239' }),
    ], byCode, [], today);
    expect(planned[0]).toMatchObject({ action: 'update', participantId: existing.id, changes: ['notWorkingSince'] });
    expect(planned[0]!.record).toMatchObject({ email: 'jonas@example.lt', registeredUnemployedSince: '2023-03-01', notWorkingSince: '2024-01-01' });
    expect(planned[1]).toMatchObject({ action: 'create', record: { birthDate: '1990-07-05', sex: 'female' } });
    expect(planned[2]).toMatchObject({ action: 'reject', issues: [{ field: 'personalCode', problem: 'import_same_code_in_file', params: { row: 2 } }] });
  });

  it('applies the API\'s checks: personal code, dates against birth and today, required names', () => {
    const planned = planRows([
      row(2, { firstName: 'A', lastName: 'B', personalCode: '38501011238' }),
      row(3, { firstName: 'A', lastName: 'B', birthDate: '1990-01-01', registeredUnemployedSince: '1989-01-01', notWorkingSince: '2030-01-01' }),
      row(4, { lastName: 'B', birthDate: '2030-01-01' }),
    ], byCode, [], today);
    expect(planned.map((p) => p.issues.map((i) => `${i.field}:${i.problem}`))).toEqual([
      ['personalCode:personal_code_checksum'],
      ['registeredUnemployedSince:before_birth', 'notWorkingSince:date_in_future'],
      ['firstName:required', 'birthDate:date_in_future'],
    ]);
  });

  it('rejects a possible duplicate (same name and birth date, a code missing on either side)', () => {
    const planned = planRows([
      row(2, { firstName: 'Žydrūnė', lastName: 'Žemaitė', birthDate: '1980-02-03' }),
      row(3, { firstName: 'zydrune', lastName: 'ZEMAITE', birthDate: '1980-02-03' }),
      row(4, { firstName: 'Petras', lastName: 'Rimkus', birthDate: '1970-01-01' }),
    ], byCode, [{ id: '00000000-0000-4000-8000-000000000009', nameKey: 'petras rimkus', birthDate: '1970-01-01', personalCode: '37001011234' }], today);
    expect(planned.map((p) => p.action)).toEqual(['create', 'reject', 'reject']);
    expect(planned[1]!.issues).toEqual([{ field: 'row', problem: 'import_possible_duplicate_in_file', params: { row: 2 } }]);
    expect(planned[2]).toMatchObject({ participantId: '00000000-0000-4000-8000-000000000009', issues: [{ problem: 'import_possible_duplicate' }] });
  });
});

describe('the rejected-rows file', () => {
  it('keeps the original columns, adds the error column, quotes what needs quoting, starts with a BOM', () => {
    const csv = rejectedCsv(['Vardas', 'Pavardė', 'Klaidos'], [{ row: 3, cells: ['Ona', 'A;B', 'old'], problems: [{ column: 'Pavardė', message: 'Blogai.' }] }], ';', 'lt');
    expect(csv).toBe('\ufeffVardas;Pavardė;Klaidos\r\nOna;"A;B";Eilutė 3: Pavardė — Blogai.\r\n');
  });
});
