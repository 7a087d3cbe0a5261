// Finding the header row and binding its columns to schema fields. Ledgers exported
// from Excel carry a title row or two above the header ("示例县2025年1-8月重点项目推进
// 情况表", "单位：万元"), labels written with full-width brackets and units
// ("总投资（亿元）"), a 序号 column, and sometimes columns nobody declared.

import type { Diagnostic } from './types.ts';
import type { FieldDef, ResourceDef } from './schema.ts';
import type { CsvRecord } from './csv-rows.ts';
import { diagnostic } from './report.ts';

/** How many rows above the header may be titles. */
export const MAX_TITLE_ROWS = 5;

/** Units understood in a header, after the label: "总投资(万元)". */
export const MONEY_UNITS = ['元', '万元', '亿元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];
const OTHER_UNITS = ['%', '亩', '栋', '户', '个', '间', '平方米', 'm2', 'm²', '㎡', '公里', '千米', '米', '人', '天'];

/** Power of ten of each money unit in yuan: 万元 = 10^4 元. */
export const MONEY_EXPONENT: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

export function isMoneyUnit(unit: string | undefined): unit is MoneyUnit {
  return unit !== undefined && (MONEY_UNITS as readonly string[]).includes(unit);
}

/** Labels of a row-number column, ignored without a word when no field claims them. */
const ROW_NUMBER_LABELS = new Set(['序号', '序', 'no', 'no.', '#']);

/** Invisible characters that Excel and copy-paste leave in labels. */
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD]/g;

export interface NormalizedLabel {
  /** Comparable form: full-width folded, spaces and brackets' unit removed, lower-case. */
  key: string;
  /** The unit found in brackets at the end, if any ('万元', '%' …). */
  unit?: string;
}

/** Folds full-width forms (ＡＢ１２（）％), removes invisible characters and all spaces. */
export function foldLabel(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(/[【〔［\[]/g, '(')
    .replace(/[】〕］\]]/g, ')')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** "总投资（亿元）" → { key: '总投资', unit: '亿元' }; "完成比例(%)" → { key: '完成比例', unit: '%' }. */
export function normalizeLabel(raw: string): NormalizedLabel {
  const folded = foldLabel(raw);
  const m = /^(.+?)\((?:单位[:：]?)?([^()]+)\)$/.exec(folded);
  if (m && isKnownUnit(m[2] ?? '')) return { key: m[1] ?? '', unit: canonicalUnit(m[2] ?? '') };
  return { key: folded };
}

function isKnownUnit(u: string): boolean {
  return isMoneyUnit(u) || OTHER_UNITS.includes(u);
}

function canonicalUnit(u: string): string {
  return u === 'm2' || u === 'm²' || u === '㎡' ? '平方米' : u;
}

// ---------------------------------------------------------------- field lookup

export interface FieldMatcher {
  resource: ResourceDef;
  /** Normalised name/alias/title → field. */
  byKey: Map<string, FieldDef>;
  patterns: { re: RegExp; field: FieldDef }[];
}

export function makeMatcher(resource: ResourceDef): FieldMatcher {
  const byKey = new Map<string, FieldDef>();
  const patterns: { re: RegExp; field: FieldDef }[] = [];
  for (const field of resource.fields) {
    for (const label of [field.name, field.title.zh, ...field.aliases]) {
      const key = normalizeLabel(label).key;
      // The first field to claim a label keeps it: the schema lists fields in order of priority.
      if (key !== '' && !byKey.has(key)) byKey.set(key, field);
    }
    for (const source of field.aliasPatterns ?? []) patterns.push({ re: new RegExp(source), field });
  }
  return { resource, byKey, patterns };
}

/** The field a label stands for, trying the label with its unit, then without a glued unit. */
export function matchLabel(matcher: FieldMatcher, label: NormalizedLabel): FieldDef | undefined {
  const { key, unit } = label;
  if (unit === '%') {
    // "形象进度(%)" means the percentage, not the text column "形象进度".
    const pct = matcher.byKey.get(key + '百分比') ?? matcher.byKey.get(key);
    if (pct?.type === 'percent') return pct;
  }
  const direct = matcher.byKey.get(key) ?? matcher.patterns.find((p) => p.re.test(key))?.field;
  if (direct) return direct;
  const glued = /^(.+?)(万元|亿元|平方米|亩|栋|%)$/.exec(key);
  if (glued) return matcher.byKey.get(glued[1] ?? '');
  return undefined;
}

/** Unit glued without brackets ("总投资万元"), when the bracketed form gave none. */
function gluedUnit(key: string): string | undefined {
  return /(万元|亿元)$/.exec(key)?.[1];
}

// ---------------------------------------------------------------- the header row

export interface ColumnBinding {
  /** 0-based cell index. */
  index: number;
  /** The label as written (trimmed). */
  label: string;
  field: FieldDef;
  /** Unit from the label, e.g. '亿元'. */
  unit?: string;
}

export interface HeaderOptions {
  file: string;
  /** For ledgers: the month in the file name, compared with months in the title and header. */
  period?: { year: number; month: number };
}

export interface HeaderResult {
  /** Index into the records of the header row; -1 when none was found. */
  headerIndex: number;
  /** Index of the first record after the header (one or two rows). */
  dataIndex: number;
  line?: number;
  columns: ColumnBinding[];
  /** Labels of columns that no field declares (reported and dropped). */
  dropped: string[];
  /** A money unit stated in a title row ("单位：亿元"), applied to money columns without one. */
  titleMoneyUnit?: MoneyUnit;
  diagnostics: Diagnostic[];
}

/** Finds the header among the first rows and binds its columns to fields. */
export function findHeader(records: readonly CsvRecord[], resource: ResourceDef, options: HeaderOptions): HeaderResult {
  const { file } = options;
  const matcher = makeMatcher(resource);
  const candidates = records.slice(0, MAX_TITLE_ROWS + 1);
  const scores = candidates.map((r) => distinctMatches(matcher, r.cells));
  // Two matching labels make a header; a lone match counts only when no row has two.
  let headerIndex = scores.findIndex((s) => s >= 2);
  if (headerIndex === -1) headerIndex = scores.findIndex((s) => s >= 1);
  const diagnostics: Diagnostic[] = [];
  if (headerIndex === -1) {
    const first = records[0];
    diagnostics.push(missingHeader(resource, file, first?.line));
    return { headerIndex: -1, dataIndex: records.length, columns: [], dropped: [], diagnostics };
  }
  const header = records[headerIndex] as CsvRecord;
  const titles = records.slice(0, headerIndex);
  const sub = records[headerIndex + 1];
  const twoRows = sub !== undefined && isSubHeader(matcher, header, sub);
  const dataIndex = headerIndex + (twoRows ? 2 : 1);
  const dataRows = records.slice(dataIndex);
  const result: HeaderResult = { headerIndex, dataIndex, line: header.line, columns: [], dropped: [], diagnostics };

  for (const title of titles) checkTitleRow(title, options, result);

  const boundBy = new Map<string, ColumnBinding>();
  const labels = twoRows && sub ? mergeHeaderRows(matcher, header, sub) : header.cells.map((raw, index) => ({ raw, line: header.cellLines[index] ?? header.line }));
  labels.forEach(({ raw, line }, index) => {
    const column = index + 1;
    if (raw.includes('\uFEFF')) diagnostics.push(bomInHeader(file, line, column, raw));
    const label = raw.replace(INVISIBLE, '').trim();
    if (label === '') {
      // Excel exports trailing empty columns; only an unlabelled column with data matters.
      if (dataRows.some((r) => (r.cells[index] ?? '').trim() !== '')) diagnostics.push(blankLabel(file, line, column));
      return;
    }
    const normalized = normalizeLabel(label);
    const field = matchLabel(matcher, normalized);
    if (!field) {
      if (ROW_NUMBER_LABELS.has(normalized.key)) return;
      result.dropped.push(label);
      diagnostics.push(extraLabel(resource, file, line, column, label));
      return;
    }
    const earlier = boundBy.get(field.name);
    if (earlier) {
      result.dropped.push(label);
      diagnostics.push(duplicateLabel(file, line, column, label, field, earlier));
      return;
    }
    const unit = normalized.unit ?? (field.type === 'money' ? gluedUnit(normalized.key) : undefined);
    const binding: ColumnBinding = { index, label, field };
    if (unit !== undefined) binding.unit = unit;
    boundBy.set(field.name, binding);
    result.columns.push(binding);
    if (options.period) checkHeaderPeriod(normalized.key, options.period, file, line, column, label, field, diagnostics);
  });

  for (const field of resource.fields) {
    if (field.required && !boundBy.has(field.name)) diagnostics.push(missingLabel(file, header.line, field));
  }
  return result;
}

// ---------------------------------------------------------------- two-row headers

/**
 * Excel headers often span two rows, a merged group label above its columns:
 *
 *     项目编号,项目名称,投资情况（万元）,,进展阶段
 *     ,,年度计划,1-8月完成,
 *
 * The second row is a sub-header when it names a field the first row does not, and
 * leaves the first row's required columns (the id) empty, as no data row would.
 */
function isSubHeader(matcher: FieldMatcher, header: CsvRecord, sub: CsvRecord): boolean {
  const bound = new Set<string>();
  for (const [i, cell] of header.cells.entries()) {
    const field = cell.trim() === '' ? undefined : matchLabel(matcher, normalizeLabel(cell));
    if (!field) continue;
    if (field.required && (sub.cells[i] ?? '').trim() !== '') return false; // a data row: its id is filled in
    bound.add(field.name);
  }
  return mergeHeaderRows(matcher, header, sub).some(({ raw }, i) => {
    if ((sub.cells[i] ?? '').trim() === '') return false;
    const field = matchLabel(matcher, normalizeLabel(raw));
    return field !== undefined && !bound.has(field.name);
  });
}

/** One label per column: the sub-label, or the group label and sub-label joined, whichever names a field. */
function mergeHeaderRows(matcher: FieldMatcher, header: CsvRecord, sub: CsvRecord): { raw: string; line: number }[] {
  const width = Math.max(header.cells.length, sub.cells.length);
  const out: { raw: string; line: number }[] = [];
  let group = '';
  for (let i = 0; i < width; i++) {
    const top = (header.cells[i] ?? '').trim();
    const below = (sub.cells[i] ?? '').trim();
    if (top !== '') group = top;
    if (below === '') {
      out.push({ raw: header.cells[i] ?? '', line: header.cellLines[i] ?? header.line });
      continue;
    }
    // The group's unit ("投资情况（万元）") carries over; the group may read before or
    // after the sub-label ("完成投资" over "1-8月" is 1-8月完成投资).
    const { key: groupKey, unit } = normalizeLabel(group);
    const suffix = unit && !normalizeLabel(below).unit ? `(${unit})` : '';
    const candidates = [below + suffix, groupKey + below + suffix, below + groupKey + suffix];
    const raw = candidates.find((c) => matchLabel(matcher, normalizeLabel(c))) ?? below + suffix;
    out.push({ raw, line: sub.cellLines[i] ?? sub.line });
  }
  return out;
}

function distinctMatches(matcher: FieldMatcher, cells: readonly string[]): number {
  const seen = new Set<string>();
  for (const cell of cells) {
    const field = cell.trim() === '' ? undefined : matchLabel(matcher, normalizeLabel(cell));
    if (field) seen.add(field.name);
  }
  return seen.size;
}

/**
 * "2025年1-8月", "2025年8月", "截至2025年8月底": year and the last month. A full date
 * ("填报日期：2025年9月5日") is when the sheet was filled in, not its period.
 */
const TITLE_PERIOD = /(\d{4})\s*年\s*(?:1\s*[-—–~～至到]\s*)?(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])/;
const TITLE_UNIT = /单位\s*[:：]\s*(万元|亿元|元)/;

function checkTitleRow(title: CsvRecord, options: HeaderOptions, result: HeaderResult): void {
  const text = title.cells.join(' ').normalize('NFKC');
  const unit = TITLE_UNIT.exec(text)?.[1];
  if (isMoneyUnit(unit) && result.titleMoneyUnit === undefined) result.titleMoneyUnit = unit;
  const period = options.period;
  const m = TITLE_PERIOD.exec(text);
  if (!period || !m) return;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year === period.year && month === period.month) return;
  const column = title.cells.findIndex((c) => TITLE_PERIOD.test(c.normalize('NFKC'))) + 1 || 1;
  result.diagnostics.push(
    periodMismatch(options.file, title.cellLines[column - 1] ?? title.line, column, m[0], period, { year, month }),
  );
}

// 1-8月完成投资 → 8; 1月完成投资 (January's ledger) → 1.
const HEADER_MONTH = /^(?:1[-—–~至到](\d{1,2})|(1))月/;
const HEADER_YEAR = /^(\d{4})年/;

function checkHeaderPeriod(
  key: string,
  period: { year: number; month: number },
  file: string,
  line: number,
  column: number,
  label: string,
  field: FieldDef,
  out: Diagnostic[],
): void {
  const matched = HEADER_MONTH.exec(key);
  const month = matched?.[1] ?? matched?.[2];
  if (month !== undefined && Number(month) !== period.month) {
    out.push(periodMismatch(file, line, column, label, period, { month: Number(month) }, field));
  }
  const year = HEADER_YEAR.exec(key)?.[1];
  if (year !== undefined && Number(year) !== period.year) {
    out.push(periodMismatch(file, line, column, label, period, { year: Number(year) }, field));
  }
}

// ---------------------------------------------------------------- messages

function labelsOf(field: FieldDef): string {
  return [...new Set([field.title.zh, ...field.aliases])].slice(0, 4).join('、');
}

function missingHeader(resource: ResourceDef, file: string, line: number | undefined): Diagnostic {
  const required = resource.fields.filter((f) => f.required);
  const names = (required.length ? required : resource.fields.slice(0, 3)).map((f) => `“${f.title.zh}”`).join('、');
  return diagnostic(
    'missing-header',
    'error',
    { file, line },
    `没有找到表头。前${MAX_TITLE_ROWS + 1}行中没有一行包含本表的列名（如${names}）。请确认第一行（或标题行下面一行）是列名，并且文件放对了位置。`,
    `No header found: none of the first ${MAX_TITLE_ROWS + 1} rows holds this table's column labels (such as ${(required.length ? required : resource.fields.slice(0, 3)).map((f) => f.name).join(', ')}). Make sure the first row (or the row below the title) holds the labels and that the file is in the right place.`,
  );
}

function bomInHeader(file: string, line: number, column: number, raw: string): Diagnostic {
  return diagnostic(
    'encoding-error',
    'warning',
    { file, line, column, value: raw.replace(/\uFEFF/g, '<BOM>') },
    '表头中有一个看不见的字节顺序标记（BOM），已自动去掉。这通常是文件被重复保存或几个文件拼接造成的，建议在Excel中重新“另存为”“CSV UTF-8（逗号分隔）”。',
    'The header holds an invisible byte-order mark (BOM); it was removed. This usually comes from saving twice or joining files; save the sheet again from Excel as "CSV UTF-8 (Comma delimited)".',
  );
}

function blankLabel(file: string, line: number, column: number): Diagnostic {
  return diagnostic(
    'blank-label',
    'warning',
    { file, line, column },
    `第${column}列有数据但没有列名，这一列不会被读取。请补上列名，或删除这一列。`,
    `Column ${column} has data but no label, so it is not read. Add a label or delete the column.`,
  );
}

function extraLabel(resource: ResourceDef, file: string, line: number, column: number, label: string): Diagnostic {
  return diagnostic(
    'extra-label',
    'warning',
    { file, line, column, value: label },
    `“${label}”不是${resource.title.zh}中规定的列，这一列不会被读取，也不会公开。如果它就是某个规定的列，请改用规定的列名（见数据格式说明）；否则可以删除。`,
    `"${label}" is not a declared column of ${resource.path}; it is dropped and never published. If it means one of the declared columns, use that column's label (see the data format guide); otherwise delete it.`,
  );
}

function duplicateLabel(
  file: string,
  line: number,
  column: number,
  label: string,
  field: FieldDef,
  earlier: ColumnBinding,
): Diagnostic {
  return diagnostic(
    'duplicate-label',
    'error',
    { file, line, column, field: field.name, value: label },
    `“${label}”和第${earlier.index + 1}列“${earlier.label}”都表示「${field.title.zh}」，只读取了第${earlier.index + 1}列。请删除重复的一列，或改正列名。`,
    `"${label}" and column ${earlier.index + 1} ("${earlier.label}") both mean ${field.name}; only column ${earlier.index + 1} is read. Delete the duplicate or correct its label.`,
  );
}

function missingLabel(file: string, line: number, field: FieldDef): Diagnostic {
  return diagnostic(
    'missing-label',
    'error',
    { file, line, field: field.name },
    `表头中缺少必填列「${field.title.zh}」（可写作：${labelsOf(field)}）。请在表中加上这一列。`,
    `The required column ${field.name} is missing from the header (accepted labels: ${[field.name, ...field.aliases].slice(0, 4).join(', ')}). Add the column.`,
  );
}

function periodMismatch(
  file: string,
  line: number,
  column: number,
  value: string,
  expected: { year: number; month: number },
  found: { year?: number; month?: number },
  field?: FieldDef,
): Diagnostic {
  const expectedZh = `${expected.year}年${expected.month}月`;
  const foundZh =
    found.year !== undefined && found.month !== undefined
      ? `${found.year}年${found.month}月`
      : found.year !== undefined
        ? `${found.year}年`
        : `${found.month}月`;
  const foundEn =
    found.year !== undefined && found.month !== undefined
      ? `${found.year}-${String(found.month).padStart(2, '0')}`
      : String(found.year ?? `month ${found.month}`);
  return diagnostic(
    'period-mismatch',
    'error',
    { file, line, column, field: field?.name, value },
    `表中写的是${foundZh}，但文件名表示${expectedZh}的台账。请核对：如果是${foundZh}的数据，请把文件改名；否则请改正表中的月份。`,
    `The sheet says ${foundEn}, but the file name says the ledger is for ${expected.year}-${String(expected.month).padStart(2, '0')}. If the data is for ${foundEn}, rename the file; otherwise correct the month in the sheet.`,
  );
}
