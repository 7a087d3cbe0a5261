// Turning rows into the bytes of a CSV file the way the exporting program would:
// d3-dsv does the quoting; iconv-lite does GB18030 (Excel's "CSV" on Chinese Windows).
import { csvFormatRow } from 'd3-dsv';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface FileStyle {
  encoding: Encoding;
  /** Excel on Windows ends lines with CRLF. */
  crlf: boolean;
}

export const PLAIN_STYLE: FileStyle = { encoding: 'utf-8', crlf: false };
/** Excel "CSV UTF-8 (逗号分隔)": BOM and CRLF. */
export const EXCEL_UTF8: FileStyle = { encoding: 'utf-8-bom', crlf: true };
/** Excel "CSV (逗号分隔)" on Chinese Windows: GB18030 and CRLF. */
export const EXCEL_GB18030: FileStyle = { encoding: 'gb18030', crlf: true };

export function csvText(rows: readonly (readonly string[])[], crlf: boolean): string {
  const eol = crlf ? '\r\n' : '\n';
  return rows.map((row) => csvFormatRow(row as string[])).join(eol) + eol;
}

const utf8 = new TextEncoder();

export function encodeText(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  return utf8.encode(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text);
}

export function csvFile(rows: readonly (readonly string[])[], style: FileStyle): Uint8Array {
  return encodeText(csvText(rows, style.crlf), style.encoding);
}

/** Money as ledgers print it: whole 万元, optionally with thousands separators. */
export function money(value: number, thousands = false): string {
  const text = String(Math.round(value));
  return thousands ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : text;
}
