// CSV files the web app makes for people to open in Excel: `;` between cells and UTF-8
// with a BOM, as Excel in Lithuania expects (ą, č, ę… show correctly), lines ending CRLF.

function cell(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet; the apostrophe
  // makes it text, and Excel does not show it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** Saves the rows as a file through the browser's own download. */
export function downloadCsv(fileName: string, rows: readonly (readonly string[])[]) {
  const url = URL.createObjectURL(new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
