// One resource's text → typed records + diagnostics. Rows with errors are kept
// (with the bad cells left out), so one report can list every problem at once.

import { canCompileFunctions } from './platform.ts';
import type { Diagnostic } from './types.ts';
import type { FieldDef, ResourceDef } from './schema.ts';
import { parseCsvRows } from './csv-rows.ts';
import type { CsvRecord, CsvRows } from './csv-rows.ts';
import { findHeader, isMoneyUnit, MONEY_EXPONENT } from './headers.ts';
import type { ColumnBinding, MoneyUnit } from './headers.ts';
import { cellParser, cleanCell, holdsInvisible, isFormula, maskPrivateData, parseCell, trimCell, type ParsedCell } from './cells.ts';
import { AS_SHOWN_EN, AS_SHOWN_ZH, FORMULA_EN, FORMULA_ZH } from './export-advice.ts';
import { diagnostic } from './report.ts';

export type CellValue = string | number;

export interface TypedRecord {
  /** 1-based line where the row starts. */
  line: number;
  /** Values keyed by FieldDef.key; empty and invalid cells are absent; private fields never appear. */
  values: Record<string, CellValue>;
}

/** Rows read already (from a workbook's sheet), and whether any cell holds an invisible character. */
export interface SheetRows {
  rows: CsvRows;
  visible: boolean;
}

export interface TableOptions {
  file: string;
  /** The text is tab-separated (.txt, .tsv). */
  tab?: boolean;
  resource: ResourceDef;
  /** The unit money is kept in (SiteConfig.moneyUnit). */
  moneyUnit: MoneyUnit;
  /** For a ledger: the month from its file name. */
  period?: { year: number; month: number };
  /**
   * The caller finds repeats of the primary key itself (the ledger checks do, for each month's
   * project ids, in the walk that already numbers them): no key map of them is kept here.
   */
  primaryKeyCheckedLater?: boolean;
}

export interface TypedTable {
  file: string;
  resource: ResourceDef;
  records: TypedRecord[];
  /** Canonical names of the declared, public columns present, in column order. */
  fields: string[];
  /** 1-based column of each bound field (canonical name → column), for later diagnostics. */
  columns: Record<string, number>;
  /** Labels of columns that were dropped. */
  dropped: string[];
  /** The grand-total row (合计/总计), money fields keyed by FieldDef.key, with the decimals each cell was written with. */
  totals?: { line: number; values: Record<string, number>; decimals?: Record<string, number> };
  headerLine?: number;
  blankRows: number;
  diagnostics: Diagnostic[];
}

/** 合计 / 总计 / 小计, also "合 计" and "合计（79个）". */
const TOTALS_LABEL = /^(?:总?合计|总计|小计)(?:\(.*\))?$/;
/** Grouping rows such as "一、产业项目（15个）" that Excel ledgers put between projects. */
const GROUP_LABEL = /^[一二三四五六七八九十]+[、.]/;
/** The characters a totals or grouping label can start with. */
const LABEL_STARTS = new Set([...'总合小一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

/** A table from its text (CSV, or tab-separated with `options.tab`) or from a workbook's rows. */
export function validateTable(source: string | SheetRows, options: TableOptions): TypedTable {
  const { file, resource } = options;
  const parsed = typeof source === 'string' ? parseCsvRows(source, file, options.tab === true) : source.rows;
  const table: TypedTable = {
    file,
    resource,
    records: [],
    fields: [],
    columns: {},
    dropped: [],
    blankRows: parsed.blankRows,
    diagnostics: [...parsed.diagnostics],
  };
  if (parsed.records.length === 0) {
    if (parsed.diagnostics.length === 0) table.diagnostics.push(emptyFile(file));
    return table;
  }
  const header = findHeader(parsed.records, resource, options.period ? { file, period: options.period } : { file });
  table.diagnostics.push(...header.diagnostics);
  table.dropped = header.dropped;
  if (header.headerIndex === -1) return table;
  const headerRecord = parsed.records[header.headerIndex] as CsvRecord;
  table.headerLine = headerRecord.line;
  for (const c of header.columns) {
    table.columns[c.field.name] = c.index + 1;
    if (!c.field.private) table.fields.push(c.field.name);
  }
  const exponents = new Map(header.columns.map((c) => [c.index, moneyExponent(c, header.titleMoneyUnit, options.moneyUnit)]));
  const width = headerRecord.cells.length;
  const keyIndexes = primaryKeyIndexes(resource, header.columns);
  // Per column, once: what parseCell needs besides the cell. Most files hold no invisible
  // character at all, and then no cell needs to be searched for one.
  const visible = typeof source === 'string' ? !holdsInvisible(source) : source.visible;
  const clean = visible ? trimCell : cleanCell;
  const parsers = header.columns.map((binding) => {
    const exponent = exponents.get(binding.index);
    return cellParser(binding.field, exponent === undefined ? { visible } : { moneyExponent: exponent, visible });
  });
  let row: CsvRecord; // the row being read, for the diagnostics of its cells
  const readRow = rowReader(header.columns, parsers, (c, raw, problem) => {
    const index = (header.columns[c] as ColumnBinding).index;
    table.diagnostics.push(
      diagnostic(
        problem.code,
        problem.severity ?? 'error',
        {
          file,
          line: row.cellLines[index] ?? row.line,
          column: index + 1,
          field: (header.columns[c] as ColumnBinding).field.name,
          value: problem.code === 'privacy-error' ? maskPrivateData(cleanCell(raw)) : cleanCell(raw),
        },
        problem.message,
        problem.messageEn,
      ),
    );
  });
  // Unique fields and the primary key are checked as each row is read, while its values are at hand.
  const uniques = keyChecks(resource, header.columns, options.primaryKeyCheckedLater === true);
  let dataRowCount = 0;

  for (let r = header.dataIndex; r < parsed.records.length; r++) {
    row = parsed.records[r] as CsvRecord;
    const kind = rowKind(row, keyIndexes, clean);
    if (kind === 'total') {
      if (!table.totals) {
        const totals = readTotals(row, header.columns, exponents, file);
        table.totals = { line: row.line, values: totals.values, decimals: totals.decimals };
        for (const d of totals.diagnostics) table.diagnostics.push(d);
      }
      continue;
    }
    if (kind === 'skip') continue;
    dataRowCount++;
    const cells = row.cells;
    if (cells.length !== width) {
      const problem = checkWidth(row, width, file);
      if (problem) table.diagnostics.push(problem);
    }
    const values = newValues();
    readRow(cells, values);
    table.records.push({ line: row.line, values });
    for (const check of uniques) noteKey(check, values, row.line, file);
  }

  if (dataRowCount === 0 && parsed.diagnostics.length === 0) table.diagnostics.push(headerOnly(file, headerRecord.line));
  for (const check of uniques) table.diagnostics.push(...check.out);
  if (table.totals) table.diagnostics.push(...crossCheckTotals(table, header.columns, exponents));
  return table;
}

type CellParser = (raw: string) => ParsedCell;
type CellProblem = Extract<ParsedCell, { ok: false }>['problem'];
type RowReader = (cells: readonly string[], values: Record<string, CellValue>) => void;
type CellFailure = (column: number, raw: string, problem: CellProblem) => void;

/**
 * Reads a row's cells into `values` with each column's parser: an invalid cell goes to `fail`
 * and is left out, as are empty cells, private columns and cells past the end of a short row
 * (reported as missing-cell). Compiled once per table, one statement per column, so that each
 * column has its own call and its own property store; a loop over the columns makes every
 * cell one call site for all parsers and one store for all keys, which V8 can only handle
 * generically (a hash lookup each), and a ledger has three million cells.
 */
export function rowReader(columns: readonly ColumnBinding[], parsers: readonly CellParser[], fail: CellFailure): RowReader {
  // "__proto__" would set the prototype as an assignment: a schema with that key is read the plain
  // way; so is every table in a browser, where the page's Content-Security-Policy forbids new Function.
  if (!canCompileFunctions || columns.some((b) => b.field.key === '__proto__')) return plainRowReader(columns, parsers, fail);
  // Only numbers and JSON string literals go into the code, whatever the schema's names.
  const statements = columns.map((binding, c) => {
    const key = JSON.stringify(binding.field.key);
    const store = binding.field.private ? '' : ` else if (r !== undefined) values[${key}] = r;`;
    // A value read with a warning ({ ok: true, value, problem }) is reported and kept.
    const keep = binding.field.private ? '' : ` if (r.ok) values[${key}] = r.value;`;
    const i = Number(binding.index);
    return `if (cells.length > ${i}) { raw = cells[${i}] ?? ''; r = p${c}(raw); if (typeof r === 'object') { fail(${c}, raw, r.problem);${keep} }${store} }`;
  });
  const names = parsers.map((_, c) => `p${c}`);
  const make = new Function('fail', ...names, `return function readRow(cells, values) {\nlet raw, r;\n${statements.join('\n')}\n};`);
  return make(fail, ...parsers) as RowReader;
}

/** What rowReader compiles, as a loop (also the reference its tests compare with). */
export function plainRowReader(columns: readonly ColumnBinding[], parsers: readonly CellParser[], fail: CellFailure): RowReader {
  return (cells, values) => {
    for (let c = 0; c < columns.length; c++) {
      const binding = columns[c] as ColumnBinding;
      if (binding.index >= cells.length) continue;
      const raw = cells[binding.index] ?? '';
      const r = (parsers[c] as CellParser)(raw);
      const value = typeof r === 'object' ? (r.ok ? r.value : undefined) : r;
      if (typeof r === 'object') fail(c, raw, r.problem);
      if (value !== undefined && !binding.field.private) Object.defineProperty(values, binding.field.key, { value, enumerable: true, writable: true, configurable: true });
    }
  };
}

/**
 * An empty plain object for a row's values. A {} literal has room for four properties and
 * grows a separate array for the rest (garbage at every ledger row); objects made by a
 * constructor get room for ten in the object itself. With Object.prototype as its prototype,
 * an object made so cannot be told from a literal.
 */
function RowValues(): void {}
RowValues.prototype = Object.prototype;
const newValues = () => new (RowValues as unknown as new () => Record<string, CellValue>)();

function moneyExponent(binding: ColumnBinding, titleUnit: MoneyUnit | undefined, moneyUnit: MoneyUnit): number | undefined {
  if (binding.field.type !== 'money') return undefined;
  const unit = isMoneyUnit(binding.unit) ? binding.unit : (titleUnit ?? moneyUnit);
  return MONEY_EXPONENT[unit] - MONEY_EXPONENT[moneyUnit];
}

/** Cell indexes of the fields that identify a row, used to tell project rows from grouping rows. */
function primaryKeyIndexes(resource: ResourceDef, columns: readonly ColumnBinding[]): number[] {
  const names = resource.primaryKey ?? [];
  return columns.filter((c) => names.includes(c.field.name)).map((c) => c.index);
}

function rowKind(row: CsvRecord, keyIndexes: readonly number[], clean: (raw: string) => string): 'data' | 'total' | 'skip' {
  // The usual row starts with an id such as SL-2025-001. Totals labels (合计 …) and grouping
  // labels (一、…) start with a Chinese character, and NFKC keeps an ASCII character (it can
  // only join it with accents that follow): a first non-empty cell that starts with one makes
  // the row data, the same answer as the full reading below. A printable ASCII first character
  // is neither trimmed nor removed by cleaning, so the first cell needs no cleaning to tell.
  const c0 = (row.cells[0] ?? '').charCodeAt(0);
  if (c0 > 0x20 && c0 < 0x7f) return 'data';
  // Likewise a Chinese character (U+4E00–U+9FFF) that no label starts with: NFKC leaves these
  // as they are, so the labels' patterns cannot match (indicators.csv starts every row so).
  for (let i = 0; i < 3 && i < row.cells.length; i++) {
    const cell = clean(row.cells[i] as string);
    if (cell === '') continue;
    const c = cell.charCodeAt(0);
    if (c <= 0x7f || (c >= 0x4e00 && c <= 0x9fff && !LABEL_STARTS.has(c))) return 'data';
    break;
  }
  const first = row.cells
    .slice(0, 3)
    .map((c) => cleanCell(c).normalize('NFKC').replace(/\s+/g, ''))
    .find((c) => c !== '');
  if (first !== undefined && TOTALS_LABEL.test(first)) return first.startsWith('小计') ? 'skip' : 'total';
  const keyEmpty = keyIndexes.length > 0 && keyIndexes.every((i) => cleanCell(row.cells[i] ?? '') === '');
  if (keyEmpty && first !== undefined && GROUP_LABEL.test(first)) return 'skip';
  return 'data';
}

/**
 * The totals row's money cells, and the decimal places each was written with (for the rounding
 * the check allows). A cell it cannot read gives no check; a formula exported as text is said.
 */
function readTotals(
  row: CsvRecord,
  columns: readonly ColumnBinding[],
  exponents: ReadonlyMap<number, number | undefined>,
  file: string,
): { values: Record<string, number>; decimals: Record<string, number>; diagnostics: Diagnostic[] } {
  const values: Record<string, number> = {};
  const decimals: Record<string, number> = {};
  const diagnostics: Diagnostic[] = [];
  for (const c of columns) {
    if (c.field.type !== 'money') continue;
    const exponent = exponents.get(c.index);
    const raw = row.cells[c.index] ?? '';
    const cell = cleanCell(raw);
    if (isFormula(cell)) {
      diagnostics.push(
        diagnostic(
          'totals-mismatch',
          'warning',
          { file, line: row.cellLines[c.index] ?? row.line, column: c.index + 1, field: c.field.name, value: cell },
          `合计行的「${c.field.title.zh}」${FORMULA_ZH}合计行因此无法与各行核对。`,
          `The totals row's ${c.field.name} ${FORMULA_EN} So the totals cannot be checked against the rows.`,
        ),
      );
      continue;
    }
    const result = parseCell(raw, { ...c.field, required: false }, exponent === undefined ? {} : { moneyExponent: exponent });
    if (result.ok && typeof result.value === 'number') {
      values[c.field.key] = result.value;
      decimals[c.field.key] = decimalPlaces(cell) - (exponent ?? 0);
    }
  }
  return { values, decimals, diagnostics };
}

/** Decimal places a number was written with: "7,743" 0, "59.32" 2, "1.2e4" −4. */
function decimalPlaces(cell: string): number {
  const m = /(?:\.(\d*))?(?:[eE]([+-]?\d+))?%?$/.exec(cell.replace(/\s+/g, ''));
  return (m?.[1]?.length ?? 0) - Number(m?.[2] ?? 0);
}

function checkWidth(row: CsvRecord, width: number, file: string): Diagnostic | undefined {
  if (row.cells.length > width) {
    const extra = row.cells.findIndex((c, i) => i >= width && c.trim() !== '');
    if (extra === -1) return undefined; // trailing empty cells: Excel's doing, harmless
    return diagnostic(
      'extra-cell',
      'error',
      { file, line: row.cellLines[extra] ?? row.line, column: extra + 1, value: cleanCell(row.cells[extra] ?? '') },
      `这一行比表头多出了内容（第${extra + 1}列，表头只有${width}列）。常见原因是某个单元格里有英文逗号却没有加引号，或者数据错了位。请核对这一行。`,
      `This row has more cells than the header (column ${extra + 1}; the header has ${width}). Usually a cell holds a comma without quotes, or the data has shifted. Check the row.`,
    );
  }
  if (row.cells.length < width) {
    const column = row.cells.length + 1;
    return diagnostic(
      'missing-cell',
      'error',
      { file, line: row.line, column },
      `这一行只有${row.cells.length}列，表头有${width}列，从第${column}列起缺少单元格。常见原因是单元格内的换行把一行拆成了两行。请在Excel中核对这一行后重新导出。`,
      `This row has ${row.cells.length} cells but the header has ${width}; cells are missing from column ${column}. A line break inside a cell often splits a row in two. Check the row in Excel and export again.`,
    );
  }
  return undefined;
}

/** The line where each key was first seen; for a key of several fields, nested a field at a time. */
type SeenKeys = Map<CellValue, number | SeenKeys>;

/** One unique field, or the primary key: its values seen so far and what repeats them. */
interface KeyCheck {
  fields: FieldDef[];
  /** 1-based column of the first field, where a repeat is reported. */
  column: number;
  /** FieldDef.key of a key of one field; undefined for several fields. */
  single: string | undefined;
  seen: SeenKeys;
  out: Diagnostic[];
}

/**
 * Unique fields, then the primary key when it is not one of them; only those whose columns are
 * all present. Without the primary key when the caller checks it (`primaryKeyLater`).
 */
function keyChecks(resource: ResourceDef, columns: readonly ColumnBinding[], primaryKeyLater: boolean): KeyCheck[] {
  const keySets: string[][] = resource.fields.filter((f) => f.unique).map((f) => [f.name]);
  const pk = resource.primaryKey ?? [];
  if (pk.length > 0 && !keySets.some((k) => k.join() === pk.join())) keySets.push(pk);
  const checks: KeyCheck[] = [];
  for (const names of keySets) {
    if (primaryKeyLater && names.join() === pk.join()) continue;
    const fields = names.map((n) => resource.fields.find((f) => f.name === n)).filter((f): f is FieldDef => !!f);
    const first = fields[0];
    if (!first || fields.length !== names.length) continue;
    const binding = columns.find((c) => c.field.name === first.name);
    if (!binding || !fields.every((f) => columns.some((c) => c.field.name === f.name))) continue;
    // One field: the value itself is the key (a Map keeps "1" and 1 apart, as JSON does).
    checks.push({ fields, column: binding.index + 1, single: fields.length === 1 ? first.key : undefined, seen: new Map(), out: [] });
  }
  return checks;
}

/** Notes a row's key when each of its fields has a value. */
function noteKey(check: KeyCheck, values: Record<string, CellValue>, line: number, file: string): void {
  if (check.single !== undefined) {
    const value = values[check.single];
    if (value !== undefined) checkKey(check, check.seen, value, undefined, line, file);
    return;
  }
  // Several fields: a map per field, nested, so that no text is made for each row (a Map keeps
  // "1" and 1 apart, as JSON of the values would).
  const parts = check.fields.map((f) => values[f.key]);
  if (parts.some((p) => p === undefined)) return;
  let seen = check.seen;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as CellValue;
    let next = seen.get(part) as SeenKeys | undefined;
    if (next === undefined) seen.set(part, (next = new Map()));
    seen = next;
  }
  checkKey(check, seen, parts[parts.length - 1] as CellValue, parts as CellValue[], line, file);
}

/** Notes a row's key in `seen` (for a key of several fields: the map of its last field, and parts: all its values); the second and later occurrences are reported. */
function checkKey(check: KeyCheck, seen: SeenKeys, key: CellValue, parts: readonly CellValue[] | undefined, line: number, file: string): void {
  const earlier = seen.get(key) as number | undefined;
  if (earlier === undefined) {
    seen.set(key, line);
    return;
  }
  check.out.push(repeatedKey(file, check.fields, check.column, parts ?? [key], line, earlier));
}

/** A row whose key (the values of `fields`, starting in `column`) repeats the row on line `earlier`. */
export function repeatedKey(file: string, fields: readonly FieldDef[], column: number, parts: readonly CellValue[], line: number, earlier: number): Diagnostic {
  const first = fields[0] as FieldDef;
  const shown = parts.map(String).join(' / ');
  const titles = fields.map((f) => `「${f.title.zh}」`).join('');
  return diagnostic(
    'unique-error',
    'error',
    { file, line, column, field: first.name, value: shown },
    fields.length === 1
      ? `${titles}“${shown}”与第${earlier}行重复。每一行的${titles}必须不同，请删除重复的行或改正编号。`
      : `${titles}的组合“${shown}”与第${earlier}行重复。请删除重复的行或改正其中一项。`,
    `${fields.map((f) => f.name).join(' + ')} "${shown}" repeats line ${earlier}. Each row must have a different value: delete the duplicate row or correct it.`,
  );
}

/**
 * The totals row must agree with the sum of the rows, up to the rounding of the cells themselves:
 * each cell written with d decimals may be off by half of 10^−d from what the spreadsheet held
 * (a "save as shown" export rounds every cell to its display), so the difference may be up to
 * the sum of those halves, and no more. Anything larger is rows missing, repeated or wrong.
 */
function crossCheckTotals(table: TypedTable, columns: readonly ColumnBinding[], exponents: ReadonlyMap<number, number | undefined>): Diagnostic[] {
  const totals = table.totals;
  if (!totals) return [];
  const out: Diagnostic[] = [];
  for (const c of columns) {
    const total = totals.values[c.field.key];
    if (total === undefined) continue;
    let sum = 0;
    let rounding = halfUnit(totals.decimals?.[c.field.key] ?? 0);
    // A row's decimals are counted in the unit of its column's header (1.2 in 亿元 has one), then scaled.
    const exponent = exponents.get(c.index) ?? 0;
    for (const r of table.records) {
      const v = r.values[c.field.key];
      if (typeof v === 'number') {
        sum += v;
        rounding += halfUnit(decimalsOf(exponent === 0 ? v : Number(`${v}e${-exponent}`)) - exponent);
      }
    }
    // The sum itself in binary floating point: a relative 1e-9 covers its error.
    if (Math.abs(sum - total) <= rounding + (Math.abs(total) + Math.abs(sum)) * 1e-9) continue;
    const sumText = formatNumber(sum);
    const totalText = formatNumber(total);
    const roundingText = formatNumber(rounding);
    out.push(
      diagnostic(
        'totals-mismatch',
        'warning',
        { file: table.file, line: totals.line, column: c.index + 1, field: c.field.name, value: totalText },
        `合计行的「${c.field.title.zh}」是${totalText}，但各行相加是${sumText}，相差${formatNumber(Math.abs(sum - total))}，超过了各单元格四舍五入最多能造成的${roundingText}。合计行不会发布，但这说明可能漏填、重复或填错了某些行，请核对。另外，${AS_SHOWN_ZH}`,
        `The totals row gives ${c.field.name} = ${totalText}, but the rows add up to ${sumText}: ${formatNumber(Math.abs(sum - total))} apart, more than the ${roundingText} the rounding of the cells can explain. The totals row is not published, but rows may be missing, repeated or wrong: check them. Also: ${AS_SHOWN_EN}`,
      ),
    );
  }
  return out;
}

/** Half a unit in the last place of a number with `decimals` decimal places. */
function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** Decimal places of a number as JavaScript writes it shortest: 7743.4 → 1, 12000 → 0. */
function decimalsOf(v: number): number {
  if (Number.isInteger(v)) return 0;
  const s = String(v);
  const e = s.indexOf('e');
  if (e !== -1) return Math.max(0, decimalsOf(Number(s.slice(0, e))) - Number(s.slice(e + 1)));
  return s.length - s.indexOf('.') - 1;
}

function formatNumber(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

function emptyFile(file: string): Diagnostic {
  return diagnostic(
    'empty-file',
    'error',
    { file },
    '文件里没有任何内容。请重新从Excel导出，或删除这个文件。',
    'The file has no content. Export it again from Excel, or delete it.',
  );
}

function headerOnly(file: string, line: number): Diagnostic {
  return diagnostic(
    'empty-file',
    'warning',
    { file, line },
    '文件只有表头，没有数据行。如果这是有意的可以忽略；否则请检查导出时是否选对了工作表。',
    'The file has a header but no data rows. Ignore this if intended; otherwise check that the right sheet was exported.',
  );
}
