// An Excel workbook (.xlsx, Office Open XML) to the rows a CSV export of its sheet would
// give, so that one path (headers, title rows, 合计 row, every check) serves both. What a
// workbook holds is read as it is stored, not as it is shown: numbers at full precision,
// dates from date-formatted cells, and the value a formula last calculated (never the
// formula; nothing is calculated, no link is followed, no macro runs).
//
// A workbook is untrusted input: the zip is read with fflate (pure JavaScript, also in a
// browser) and only the parts needed are inflated, each at most its declared size, under
// the limits below; the XML is scanned for the few elements needed, with no DTD, no
// entity beyond XML's five and character references, and no external anything.

import { unzipSync } from 'fflate';
import type { CsvRecord, CsvRows } from './csv-rows.ts';
import type { Diagnostic } from './types.ts';
import { diagnostic } from './report.ts';
import { holdsInvisible } from './cells.ts';

/** Limits a workbook must keep within; far above any county's ledger (10,000 projects is 150,000 cells). */
export const WORKBOOK_LIMITS = {
  /** The .xlsx file itself. */
  bytes: 50 * 1024 * 1024,
  /** Each part read (sheet, shared strings, styles), uncompressed, as the zip declares it. */
  partBytes: 200 * 1024 * 1024,
  /** Entries in the zip. */
  entries: 10_000,
  /** Sheets in the workbook. */
  sheets: 255,
  /** Non-empty cells read from the sheet. */
  cells: 5_000_000,
  /** Columns (Excel's own limit, XFD). */
  columns: 16_384,
  /** Rows (Excel's own limit). */
  rows: 1_048_576,
} as const;

export interface WorkbookOptions {
  /** The sheet to read by name (site.json's workbookSheet); the first visible sheet when absent. */
  sheet?: string | undefined;
}

export type WorkbookResult =
  | { ok: true; sheet: string; rows: CsvRows; visible: boolean }
  | { ok: false; diagnostic: Diagnostic };

const decoder = new TextDecoder('utf-8');

/** Reads one sheet of a workbook into records: the record's line is the sheet's row number. */
export function readWorkbook(bytes: Uint8Array, file: string, options: WorkbookOptions = {}): WorkbookResult {
  try {
    return { ok: true, ...readSheet(bytes, file, options) };
  } catch (e) {
    if (e instanceof WorkbookError) return { ok: false, diagnostic: formatError(file, e.zh, e.en) };
    // fflate's own errors (a damaged or encrypted zip) and anything else a hostile file provokes.
    return { ok: false, diagnostic: formatError(file, `文件无法作为.xlsx工作簿打开（${String((e as Error)?.message ?? e).slice(0, 80)}）`, `The file cannot be opened as an .xlsx workbook (${String((e as Error)?.message ?? e).slice(0, 80)})`) };
  }
}

/** A problem with the workbook itself, worded for the editor (with its own remedy, or the usual one); caught by readWorkbook. */
class WorkbookError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(zh: string, en: string) {
    super(en);
    this.zh = zh;
    this.en = en;
  }
}

const RESAVE = '请在Excel、WPS或LibreOffice中打开它，另存为“Excel工作簿(*.xlsx)”后再提交；也可以导出为CSV UTF-8。';
const RESAVE_EN = 'Open it in Excel, WPS or LibreOffice and save it as "Excel Workbook (*.xlsx)", or export it as CSV UTF-8.';

/** A message that ends with "。" brings its own remedy; the others get the usual one. */
function formatError(file: string, zh: string, en: string): Diagnostic {
  const own = zh.endsWith('。');
  return diagnostic('format-error', 'error', { file }, own ? zh : `${zh}。${RESAVE}`, own ? en : `${en}. ${RESAVE_EN}`);
}

function readSheet(bytes: Uint8Array, file: string, options: WorkbookOptions): { sheet: string; rows: CsvRows; visible: boolean } {
  if (bytes.length > WORKBOOK_LIMITS.bytes) throw new WorkbookError(`工作簿超过${WORKBOOK_LIMITS.bytes / 1024 / 1024}MB`, `The workbook is larger than ${WORKBOOK_LIMITS.bytes / 1024 / 1024} MB`);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    // An old .xls (OLE2: D0 CF 11 E0) or a CSV renamed to .xlsx.
    const xls = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    throw new WorkbookError(xls ? '这是旧版Excel 97-2003工作簿(.xls)，不是.xlsx' : '文件不是.xlsx工作簿（可能是改了扩展名的其他文件）', xls ? 'This is an old Excel 97-2003 workbook (.xls), not .xlsx' : 'The file is not an .xlsx workbook (perhaps another file renamed)');
  }
  const parts = openParts(bytes);
  const workbookXml = parts.text('xl/workbook.xml');
  if (workbookXml === undefined) throw new WorkbookError('工作簿中缺少xl/workbook.xml', 'The workbook lacks xl/workbook.xml');
  const sheets = listSheets(workbookXml, parts.text('xl/_rels/workbook.xml.rels') ?? '');
  if (sheets.length === 0) throw new WorkbookError('工作簿中没有工作表', 'The workbook has no worksheet');
  if (sheets.length > WORKBOOK_LIMITS.sheets) throw new WorkbookError(`工作簿中的工作表超过${WORKBOOK_LIMITS.sheets}个`, `The workbook has more than ${WORKBOOK_LIMITS.sheets} sheets`);
  const wanted = options.sheet;
  const chosen = wanted !== undefined ? sheets.find((s) => s.name === wanted) : (sheets.find((s) => s.visible) ?? sheets[0]);
  if (!chosen) {
    const names = sheets.map((s) => `“${s.name}”`).join('、');
    throw new WorkbookError(
      `工作簿中没有名为“${wanted}”的工作表，现有的工作表是${names}。请把要发布的工作表改名为“${wanted}”，或修改site.json中的workbookSheet。`,
      `The workbook has no sheet named "${wanted}"; its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}. Rename the sheet to publish to "${wanted}", or change workbookSheet in site.json.`,
    );
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml);
  const sheetXml = parts.text(chosen.path);
  if (sheetXml === undefined) throw new WorkbookError(`工作簿中缺少工作表“${chosen.name}”的内容（${chosen.path}）`, `The workbook lacks the content of sheet "${chosen.name}" (${chosen.path})`);
  const shared = sharedStrings(parts.text('xl/sharedStrings.xml') ?? '');
  const dates = dateStyles(parts.text('xl/styles.xml') ?? '');
  const rows = sheetRows(sheetXml, shared, dates, date1904, file, chosen.name);
  return { sheet: chosen.name, rows, visible: !rows.records.some((r) => r.cells.some(holdsInvisible)) };
}

// ---------------------------------------------------------------- the zip

interface Parts {
  text(path: string): string | undefined;
}

/** The zip's parts, inflated lazily one at a time (each part only once), within the limits. */
function openParts(bytes: Uint8Array): Parts {
  const names = new Map<string, string>(); // lower-case name → name (OOXML part names are case-insensitive)
  let entries = 0;
  // A first pass over the central directory only: the filter sees every entry and inflates none.
  unzipSync(bytes, {
    filter(info) {
      if (++entries > WORKBOOK_LIMITS.entries) throw new WorkbookError(`工作簿中的文件超过${WORKBOOK_LIMITS.entries}个`, `The workbook holds more than ${WORKBOOK_LIMITS.entries} parts`);
      names.set(info.name.toLowerCase(), info.name);
      return false;
    },
  });
  return {
    text(path) {
      const name = names.get(path.replace(/^\/+/, '').toLowerCase());
      if (name === undefined) return undefined;
      let tooBig = false;
      const out = unzipSync(bytes, {
        filter(info) {
          if (info.name !== name) return false;
          if (info.originalSize > WORKBOOK_LIMITS.partBytes) tooBig = true;
          return !tooBig;
        },
      })[name];
      if (tooBig) throw new WorkbookError(`工作簿的${path}解压后超过${WORKBOOK_LIMITS.partBytes / 1024 / 1024}MB`, `The workbook's ${path} is larger than ${WORKBOOK_LIMITS.partBytes / 1024 / 1024} MB uncompressed`);
      if (out === undefined) return undefined;
      const xml = decoder.decode(out);
      // No document type declaration: it is how entity expansion ("billion laughs") and external entities come in.
      if (/<!DOCTYPE/i.test(xml.slice(0, 1024)) || /<!ENTITY/i.test(xml)) throw new WorkbookError(`工作簿的${path}含有文档类型声明（DOCTYPE），出于安全不予读取`, `The workbook's ${path} holds a document type declaration (DOCTYPE), which is not read, for safety`);
      return xml;
    },
  };
}

// ---------------------------------------------------------------- XML, the little that is needed

/** The value of attribute `name` in an element's attribute text. */
function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five entities and character references; OOXML's _xHHHH_ escapes (a control character in a cell). */
export function unescapeXml(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
      if (e[0] !== '#') return XML_ENTITIES[e] ?? '';
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
}

/** Text of every <t> in a string item or inline string, without phonetic runs (<rPh>). */
function stringItem(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += unescapeXml(m[1] ?? '');
  return out;
}

interface SheetRef {
  name: string;
  path: string;
  visible: boolean;
}

/** The workbook's worksheets in tab order, with their part paths from the relationships. */
function listSheets(workbookXml: string, relsXml: string): SheetRef[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = m[1] ?? '';
    const id = attr(a, 'Id');
    const target = attr(a, 'Target');
    // An external target (a link to another workbook or a web address) is never a sheet of this one.
    if (id === undefined || target === undefined || attr(a, 'TargetMode') === 'External' || !/\/worksheet$/.test(attr(a, 'Type') ?? '')) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/(?:\.\/)+/g, '/'));
  }
  const out: SheetRef[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = m[1] ?? '';
    const name = attr(a, 'name');
    const rid = /(?:^|\s)[\w]+:id\s*=\s*"([^"]*)"/.exec(a)?.[1];
    const path = rid === undefined ? undefined : targets.get(rid);
    if (name === undefined || path === undefined) continue; // a chart sheet or dialog sheet
    const state = attr(a, 'state');
    out.push({ name, path, visible: state === undefined || state === 'visible' });
  }
  return out;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
    if (out.length >= WORKBOOK_LIMITS.cells) throw new WorkbookError('工作簿中的文字超过了上限', 'The workbook holds more strings than the limit');
    out.push(stringItem(m[1] ?? ''));
  }
  return out;
}

// ---------------------------------------------------------------- dates

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, with the East Asian ones). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format code shows a date: a d, m, y, h or s outside quotes, escapes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0] ?? '';
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\sE+-]*$/i.test(bare);
}

/** For each cell style index (the s attribute), whether its number format is a date. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, boolean>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1] ?? '', 'numFmtId'));
    const code = attr(m[1] ?? '', 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, isDateFormat(code));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>)/g)) {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    out.push(custom.get(id) ?? BUILTIN_DATES.has(id));
  }
  return out;
}

/**
 * A date cell's serial number as a spreadsheet's default CSV export writes it (2025/9/30, with
 * " 8:30" when it has a time of day): cells.ts reads it as a date in a date column, and says a
 * spreadsheet converted it anywhere else. Day 0 is 1899-12-30 (so Excel's phantom 1900-02-29
 * only shifts dates before March 1900), or 1904-01-01 in a 1904 workbook.
 */
export function serialToDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0)) * 86_400_000) + Date.UTC(1899, 11, 30);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(serial);
  const date = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
  return minutes === 0 ? date : `${date} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- the sheet

/** A stored number as text: the shortest form that reads back the same; a long integer as 4.3E+17, as a spreadsheet shows it (its last digits are gone). */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e15) return value.toExponential().toUpperCase();
  return String(value === 0 ? 0 : value);
}

/** "F12" → column 5 (0-based) and row 12; undefined for anything else. */
function parseRef(ref: string): { column: number; row: number } | undefined {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(m[2]) };
}

/** Column index (0-based) → letters as the editor sees them: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetRows(xml: string, shared: readonly string[], dates: readonly boolean[], date1904: boolean, file: string, sheet: string): CsvRows {
  const byRow: { line: number; cells: string[] }[] = [];
  const diagnostics: Diagnostic[] = [];
  let width = 0;
  let cellCount = 0;
  let nextRow = 1;
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? '';
  for (const rm of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowNumber = Number(attr(rm[1] ?? '', 'r') ?? nextRow);
    if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > WORKBOOK_LIMITS.rows) throw new WorkbookError(`工作表“${sheet}”中有无效的行号`, `Sheet "${sheet}" has an invalid row number`);
    nextRow = rowNumber + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const a = cm[1] ?? '';
      const ref = attr(a, 'r');
      const at = ref === undefined ? { column: nextColumn, row: rowNumber } : parseRef(ref);
      if (!at || at.column >= WORKBOOK_LIMITS.columns) throw new WorkbookError(`工作表“${sheet}”中有无效的单元格地址${ref ?? ''}`, `Sheet "${sheet}" has an invalid cell address ${ref ?? ''}`);
      nextColumn = at.column + 1;
      const body = cm[2];
      if (body === undefined) continue; // <c r="B1" s="1"/>: formatted, empty
      const text = cellText(a, body, shared, dates, date1904);
      if (text === undefined) {
        diagnostics.push(
          diagnostic(
            'format-error',
            'warning',
            { file, line: rowNumber, column: at.column + 1 },
            `工作表“${sheet}”单元格${columnLetters(at.column)}${rowNumber}是公式，但工作簿里没有保存它的计算结果，按空白读取。请在Excel、WPS或LibreOffice中打开工作簿，重新计算后保存。`,
            `Sheet "${sheet}" cell ${columnLetters(at.column)}${rowNumber} is a formula whose result the workbook did not save; it reads as empty. Open the workbook, recalculate and save it.`,
          ),
        );
        continue;
      }
      if (text === '') continue;
      if (++cellCount > WORKBOOK_LIMITS.cells) throw new WorkbookError(`工作表“${sheet}”的单元格超过${WORKBOOK_LIMITS.cells}个`, `Sheet "${sheet}" has more than ${WORKBOOK_LIMITS.cells} cells`);
      while (cells.length < at.column) cells.push('');
      cells[at.column] = text;
      if (at.column + 1 > width) width = at.column + 1;
    }
    if (cells.length > 0) byRow.push({ line: rowNumber, cells });
  }
  byRow.sort((a, b) => a.line - b.line);
  // Every row as wide as the used range, as a CSV export writes it (so a short row is not
  // "missing cells": its last cells are only empty).
  const records: CsvRecord[] = [];
  let previous = 0;
  for (const { line, cells } of byRow) {
    if (line === previous) throw new WorkbookError(`工作表“${sheet}”的第${line}行出现了两次`, `Sheet "${sheet}" has row ${line} twice`);
    previous = line;
    while (cells.length < width) cells.push('');
    if (cells.every((c) => c.trim() === '')) continue;
    records.push({ line, cells, cellLines: [] });
  }
  return { records, blankRows: 0, diagnostics };
}

/** A cell's value as text; undefined for a formula without a saved result. */
function cellText(attrs: string, body: string, shared: readonly string[], dates: readonly boolean[], date1904: boolean): string | undefined {
  const type = attr(attrs, 't') ?? 'n';
  const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
  const formula = /<(?:\w+:)?f\b/.test(body);
  switch (type) {
    case 'inlineStr': {
      const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1];
      return is === undefined ? '' : stringItem(is);
    }
    case 's': {
      const s = v === undefined ? undefined : shared[Number(v)];
      return s ?? '';
    }
    case 'str':
    case 'e':
      // A formula's text result, or an error value (#N/A, #DIV/0!): as shown, so a number check reports it.
      return v === undefined ? (formula ? undefined : '') : unescapeXml(v);
    case 'b':
      return v === undefined ? (formula ? undefined : '') : v.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      // An ISO 8601 date (strict OOXML): the date part, as a date column reads it.
      return v === undefined ? '' : unescapeXml(v).slice(0, 10);
    default: {
      if (v === undefined) return formula ? undefined : '';
      const n = Number(v);
      if (!Number.isFinite(n)) return unescapeXml(v);
      const style = Number(attr(attrs, 's') ?? 0);
      return dates[style] === true ? serialToDate(n, date1904) : numberText(n);
    }
  }
}
