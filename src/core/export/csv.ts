// Normalised downloads as CSV: RFC 4180 (CRLF, quotes doubled), UTF-8 with a BOM so that
// Excel opens the Chinese text, numbers written as plain numbers, and every text cell that a
// spreadsheet would run as a formula defused with a leading apostrophe (OWASP "CSV injection").

/** What a cell of a normalised table may hold. undefined and null are written as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

// = + - @ start a formula in Excel, LibreOffice and Google Sheets; a tab or CR at the start
// can smuggle one past a naive check. Only text is guarded: numbers stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that would start a formula, with an apostrophe in front; other text unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** True when a text cell would be read as a formula by a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** One cell: numbers in their shortest round-trip form, booleans as true/false, text guarded and quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a byte-order mark (default true: Excel needs it to read UTF-8). */
  bom?: boolean;
}

/** A header row and data rows as CSV text, every line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}
