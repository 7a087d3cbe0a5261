// Diagnostics for GitHub Actions: one workflow command per diagnostic, so that GitHub shows
// each problem on its line in the pull request's changed files, and a job summary in Chinese
// (a Markdown table for $GITHUB_STEP_SUMMARY). Pure: the caller prints and appends.
//
//   ::error file=data/ledger/2026-10.csv,line=5,col=4,title=数据检查 type-error::值“约3000”：「年度计划投资」应填写金额…%0AError: …

import type { Diagnostic } from './types.ts';
import { countBySeverity, sortDiagnostics, summaryLine } from './report.ts';

/** A command's message, escaped as @actions/core's escapeData does. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value, escaped as @actions/core's escapeProperty does. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface GithubOptions {
  /** The data folder as seen from the repository root ('data'): diagnostics name files relative to it. */
  dataDir: string;
}

/** The path GitHub knows the file by: relative to the repository, '/' separated. */
function repoPath(dataDir: string, file: string): string {
  const dir = dataDir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (file === '') return dir;
  return dir === '' || dir === '.' ? file : `${dir}/${file}`;
}

/** One `::error …::…` or `::warning …::…` line per diagnostic, in report order. */
export function formatGithubAnnotations(diagnostics: readonly Diagnostic[], options: GithubOptions): string {
  const lines = sortDiagnostics(diagnostics).map((d) => {
    const properties: [string, string | number | undefined][] = [
      ['file', repoPath(options.dataDir, d.file)],
      ['line', d.line],
      ['col', d.column],
      ['title', `数据检查 ${d.code}`],
    ];
    const props = properties
      .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
      .join(',');
    // GitHub shows the file, line and column itself; the message names the field already.
    const where = d.value ? `值“${d.value}”：` : '';
    const message = `${where}${d.message}\n${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.messageEn}`;
    return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(message)}`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** At most this many rows in the summary (GitHub caps a step summary at 1 MiB). */
export const SUMMARY_ROWS = 200;

/** A table cell: no line breaks, no column separators. */
function cell(s: string): string {
  return s.replace(/\r\n|\r|\n/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** The job summary in Chinese: a headline, the counts, and a table of the problems. */
export function formatGithubSummary(diagnostics: readonly Diagnostic[], options: GithubOptions): string {
  const sorted = sortDiagnostics(diagnostics);
  const { errors } = countBySeverity(sorted);
  const head = errors > 0 ? '❌ 数据检查未通过，网站不会更新' : sorted.length > 0 ? '⚠️ 数据检查通过（有警告）' : '✅ 数据检查通过';
  const lines = [`## ${head}`, '', summaryLine(sorted), ''];
  if (sorted.length > 0) {
    lines.push('| 级别 | 文件 | 行 | 列 | 字段 | 值 | 问题与改法 |', '| --- | --- | ---: | ---: | --- | --- | --- |');
    for (const d of sorted.slice(0, SUMMARY_ROWS)) {
      lines.push(
        `| ${d.severity === 'error' ? '错误' : '警告'} | ${cell(repoPath(options.dataDir, d.file))} | ${d.line ?? ''} | ${d.column ?? ''} | ${cell(d.field ?? '')} | ${cell(d.value ?? '')} | ${cell(d.message)} |`,
      );
    }
    if (sorted.length > SUMMARY_ROWS) lines.push('', `另有${sorted.length - SUMMARY_ROWS}条未列出，完整报告请运行 npm run validate。`);
    lines.push('', '各代码的含义见 docs/data-format.md。');
  }
  return lines.join('\n') + '\n';
}
