// Diagnostics: how they are built (one constructor, so every module writes them the
// same way) and how they are shown to a data editor in a terminal.

import type { Diagnostic, DiagnosticCode, Severity } from './types.ts';
import { resources } from './schema.ts';
import { asCsvPath } from './table-files.ts';

/** Where a problem is. Only the keys that are known are copied into the diagnostic. */
export interface Place {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field?: string | undefined;
  value?: string | undefined;
}

const MAX_VALUE_LENGTH = 40;

/**
 * Every diagnostic code with its usual severity and what it means. Typed as a full
 * Record, so a code added to types.ts without an entry here fails the type check,
 * and the data-format guide is tested to mention each one.
 */
export const DIAGNOSTIC_CODES: Record<DiagnosticCode, { severity: Severity | 'error or warning'; zh: string; en: string }> = {
  'encoding-error': { severity: 'error or warning', zh: '文件既不是UTF-8也不是GB18030编码；表头中的BOM只是警告。', en: 'The file is neither UTF-8 nor GB18030; a BOM inside the header is only a warning.' },
  'empty-file': { severity: 'error or warning', zh: '文件为空（错误），或只有表头没有数据（警告）。', en: 'The file is empty (error), or has a header but no rows (warning).' },
  'missing-header': { severity: 'error', zh: '前几行中找不到表头。', en: 'No header row among the first rows.' },
  'blank-label': { severity: 'warning', zh: '有数据的列没有列名。', en: 'A column with data has no label.' },
  'duplicate-label': { severity: 'error', zh: '两列表示同一个字段。', en: 'Two columns mean the same field.' },
  'missing-label': { severity: 'error', zh: '缺少必填列。', en: 'A required column is missing.' },
  'extra-label': { severity: 'warning', zh: '未规定的列，不读取、不公开。', en: 'An undeclared column; dropped, never published.' },
  'extra-cell': { severity: 'error', zh: '行中的单元格比表头多。', en: 'A row has more cells than the header.' },
  'missing-cell': { severity: 'error', zh: '行中的单元格比表头少。', en: 'A row has fewer cells than the header.' },
  'quote-error': { severity: 'error', zh: '双引号没有配对。', en: 'A double quote is never closed.' },
  'blank-row': { severity: 'warning', zh: '空行（目前直接跳过，不报告）。', en: 'A blank row (currently skipped without a report).' },
  'type-error': { severity: 'error or warning', zh: '单元格不是规定的类型（数字、日期、选项……）。', en: 'A cell is not of its type (number, date, option …).' },
  'constraint-error': { severity: 'error', zh: '必填项为空、超出范围或格式不对。', en: 'A required cell is empty, or a value is out of range or of the wrong form.' },
  'unique-error': { severity: 'error', zh: '编号等应唯一的值重复。', en: 'A value that must be unique repeats.' },
  'foreign-key-error': { severity: 'error', zh: '引用的编号在被引用的文件中不存在。', en: 'A reference to an id that the referenced file lacks.' },
  'privacy-error': { severity: 'error', zh: '文字中有手机号码或身份证号码。', en: 'Text holds a mobile phone or resident ID number.' },
  'totals-mismatch': { severity: 'warning', zh: '合计行与各行之和的差超出了各单元格四舍五入所能解释的范围，或合计行是公式而无法核对。', en: 'The totals row and the sum of rows differ by more than the rounding of their cells explains, or the totals row holds formulas and cannot be checked.' },
  'period-mismatch': { severity: 'error', zh: '表中的月份与文件名不一致。', en: 'The month in the sheet differs from the file name.' },
  'name-mismatch': { severity: 'warning', zh: '台账中的项目名称与项目清单不一致。', en: 'The project name in a ledger differs from projects.csv.' },
  'over-plan': { severity: 'warning', zh: '本年完成投资超过年度计划。', en: 'Completed this year exceeds the year plan.' },
  'stage-regression': { severity: 'warning', zh: '进展阶段比上月倒退。', en: 'The stage went backwards since last month.' },
  'missing-project': { severity: 'warning', zh: '上月有、本月没有的项目。', en: 'A project in last month\'s ledger is missing this month.' },
  'deadline-passed': { severity: 'warning', zh: '已过期限但问题或事项仍未解决。', en: 'A deadline has passed while problems or a task remain open.' },
  'file-name-error': { severity: 'error or warning', zh: '文件名不对或缺少必需文件。', en: 'A file is misnamed, or a required file is missing.' },
  'front-matter-error': { severity: 'error or warning', zh: '通报开头的标题、日期等设置有误。', en: 'A bulletin\'s front matter (title, date …) is wrong.' },
  'format-error': { severity: 'error or warning', zh: '.xlsx工作簿无法读取，或其中的公式没有保存计算结果（警告）。', en: 'An .xlsx workbook cannot be read, or a formula in it has no saved result (warning).' },
  'id-change-error': { severity: 'error', zh: '与上月相比，大部分项目编号都变了（常见原因：表格软件把001改成了1）。', en: 'Most project ids changed since last month (usually a spreadsheet turned 001 into 1).' },
  'date-order': { severity: 'error', zh: '两个日期的先后顺序不可能，如中标早于招标公告、合同早于中标、验收早于开工。', en: 'Two dates in an impossible order: an award before its tender notice, a contract before the award, an acceptance before the start.' },
  'config-error': { severity: 'error or warning', zh: 'site.json或datapackage.json中的设置有误。', en: 'A setting in site.json or datapackage.json is wrong.' },
};

/** Cuts a raw value to a readable length, so one huge cell cannot flood a report. */
export function truncateValue(value: string, max = MAX_VALUE_LENGTH): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max).join('') + '…';
}

/** Builds a diagnostic with a stable key order and without undefined keys. */
export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  place: Place,
  message: string,
  messageEn: string,
): Diagnostic {
  // Built key by key so that JSON output reads in a fixed, useful order.
  const d = { code, severity, file: place.file } as Diagnostic;
  if (place.line !== undefined) d.line = place.line;
  if (place.column !== undefined) d.column = place.column;
  if (place.field !== undefined) d.field = place.field;
  if (place.value !== undefined) d.value = truncateValue(place.value);
  d.message = message;
  d.messageEn = messageEn;
  return d;
}

/** Deterministic order: file, line, column, code, then message as a tie-breaker. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

// ---------------------------------------------------------------- terminal report

export interface ReportOptions {
  /** ANSI colours for a terminal. Off by default (files, CI logs, tests). */
  color?: boolean;
}

const ansi = {
  red: (s: string) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s: string) => `\x1b[33m${s}\x1b[39m`,
  bold: (s: string) => `\x1b[1m${s}\x1b[22m`,
  dim: (s: string) => `\x1b[2m${s}\x1b[22m`,
};
const plain = { red: id, yellow: id, bold: id, dim: id };
function id(s: string): string {
  return s;
}

/**
 * A readable report grouped by file:
 *
 *     ledger/2025-08.csv
 *       错误 第5行 第4列 「本年累计完成投资」 值“约3000”：请只填写数字……
 *            Error [type-error] line 5, column 4 (completed_ytd) value "约3000": Only digits …
 *
 * followed by a summary line in both languages.
 */
export function formatReport(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const c = options.color ? ansi : plain;
  const sorted = sortDiagnostics(diagnostics);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const d of sorted) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = d.file;
      lines.push(c.bold(d.file || '（数据文件夹）'));
    }
    const isError = d.severity === 'error';
    const tagZh = isError ? c.red('错误') : c.yellow('警告');
    const tagEn = isError ? 'Error' : 'Warning';
    lines.push(`  ${tagZh} ${placeZh(d)}${d.message}`);
    // The code leads to its explanation in docs/data-format.md.
    lines.push(`       ${c.dim(`${tagEn} [${d.code}] ${placeEn(d)}${d.messageEn}`)}`);
  }
  if (sorted.length > 0) lines.push('');
  lines.push(summaryLine(sorted));
  return lines.join('\n') + '\n';
}

/** '2个错误，1个警告 / 2 errors, 1 warning' (or a plain OK line). */
export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors === 0 && warnings === 0) return '数据检查通过，没有发现问题。 / Data OK: no problems found.';
  return `共${errors}个错误，${warnings}个警告 / ${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : word + 's';
}

function placeZh(d: Diagnostic): string {
  const parts: string[] = [];
  if (d.sheet !== undefined) parts.push(d.cell !== undefined ? `工作表“${d.sheet}” 单元格${d.cell}` : `工作表“${d.sheet}”`);
  if (d.line !== undefined) parts.push(`第${d.line}行`);
  if (d.column !== undefined) parts.push(`第${d.column}列`);
  if (d.field !== undefined) parts.push(`「${fieldTitle(d.file, d.field) ?? d.field}」`);
  if (d.value !== undefined && d.value !== '') parts.push(`值“${d.value}”`);
  return parts.length ? parts.join(' ') + '：' : '';
}

function placeEn(d: Diagnostic): string {
  const parts: string[] = [];
  if (d.sheet !== undefined) parts.push(d.cell !== undefined ? `sheet "${d.sheet}" cell ${d.cell}` : `sheet "${d.sheet}"`);
  if (d.line !== undefined) parts.push(`line ${d.line}`);
  if (d.column !== undefined) parts.push(`column ${d.column}`);
  if (d.field !== undefined) parts.push(`(${d.field})`);
  if (d.value !== undefined && d.value !== '') parts.push(`value "${d.value}"`);
  return parts.length ? parts.join(' ') + ': ' : '';
}

/** The Chinese title of a field, found through the resource the file belongs to. */
function fieldTitle(file: string, field: string): string | undefined {
  const csv = asCsvPath(file);
  const resource = resources.find((r) =>
    r.pathPattern ? new RegExp(r.pathPattern).test(csv) : r.path === csv,
  );
  return resource?.fields.find((f) => f.name === field)?.title.zh;
}
