// A table with both its canonical field names and the Chinese labels that editors'
// spreadsheets carry; --plain writes the former, the default sample the latter.
import { type FileStyle, PLAIN_STYLE, csvFile } from './csv.ts';

export interface Table {
  fields: readonly string[];
  labels: readonly string[];
  rows: string[][];
}

export function tableFile(t: Table, plain: boolean, style: FileStyle): Uint8Array {
  if (t.fields.length !== t.labels.length) throw new Error('fields and labels differ in length');
  return csvFile([plain ? [...t.fields] : [...t.labels], ...t.rows], plain ? PLAIN_STYLE : style);
}

export const num = (value: number | undefined, digits = 0): string => (value === undefined ? '' : value.toFixed(digits));
