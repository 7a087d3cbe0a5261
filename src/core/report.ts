// Diagnostics: how they are built (one constructor, so every module writes them the
// same way) and how they are shown to a data editor in a terminal.

import type { Diagnostic, DiagnosticCode, Severity } from './types.ts';
import { resources } from './schema.ts';

/** Where a problem is. Only the keys that are known are copied into the diagnostic. */
export interface Place {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field?: string | undefined;
  value?: string | undefined;
}

const MAX_VALUE_LENGTH = 40;

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
 *            Error line 5, column 4 (completed_ytd) value "约3000": Only digits …
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
    lines.push(`       ${c.dim(`${tagEn} ${placeEn(d)}${d.messageEn}`)}`);
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
  if (d.line !== undefined) parts.push(`第${d.line}行`);
  if (d.column !== undefined) parts.push(`第${d.column}列`);
  if (d.field !== undefined) parts.push(`「${fieldTitle(d.file, d.field) ?? d.field}」`);
  if (d.value !== undefined && d.value !== '') parts.push(`值“${d.value}”`);
  return parts.length ? parts.join(' ') + '：' : '';
}

function placeEn(d: Diagnostic): string {
  const parts: string[] = [];
  if (d.line !== undefined) parts.push(`line ${d.line}`);
  if (d.column !== undefined) parts.push(`column ${d.column}`);
  if (d.field !== undefined) parts.push(`(${d.field})`);
  if (d.value !== undefined && d.value !== '') parts.push(`value "${d.value}"`);
  return parts.length ? parts.join(' ') + ': ' : '';
}

/** The Chinese title of a field, found through the resource the file belongs to. */
function fieldTitle(file: string, field: string): string | undefined {
  const resource = resources.find((r) =>
    r.pathPattern ? new RegExp(r.pathPattern).test(file) : r.path === file,
  );
  return resource?.fields.find((f) => f.name === field)?.title.zh;
}
