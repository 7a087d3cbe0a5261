// What a spreadsheet does to ids, seen across a file or across months: 001 saved back as 1
// (a "常规" column reads digits as a number), and so every project's id, and its web
// address, changed. One file cannot show it; these checks look for its traces.

import type { Diagnostic } from './types.ts';
import type { TableView } from './domain-checks.ts';
import { diagnostic } from './report.ts';
import { IDS_AS_TEXT_EN, IDS_AS_TEXT_ZH } from './export-advice.ts';

/** An id with the leading zeros of each run of digits removed: 001 and 1, SL-01 and SL-1 compare equal. */
function unpadded(id: string): string {
  return id.replace(/(^|\D)0+(?=\d)/g, '$1');
}

const ALL_DIGITS = /^\d+$/;

/**
 * The near match of an id that is not found, among `known` ids: the one that differs only in
 * leading zeros (“1” → “001”). The index is built on the first call (there is nothing to
 * suggest in a folder without unknown ids).
 */
export function nearMatcher(known: () => Iterable<unknown>): (id: unknown) => string | undefined {
  let index: Map<string, string> | undefined;
  return (id) => {
    if (typeof id !== 'string') return undefined;
    if (!index) {
      index = new Map();
      for (const k of known()) if (typeof k === 'string' && !index.has(unpadded(k))) index.set(unpadded(k), k);
    }
    const near = index.get(unpadded(id));
    return near !== undefined && near !== id ? near : undefined;
  };
}

/** A file whose ids (`key` in its rows, column `field`) are all plain digits: one warning, as a spreadsheet may renumber them. */
export function numericIds(table: TableView, key: string, field: string): Diagnostic | undefined {
  let first: { line: number; id: string } | undefined;
  for (const r of table.records) {
    const id = r.values[key];
    if (typeof id !== 'string') continue;
    if (!ALL_DIGITS.test(id)) return undefined;
    first ??= { line: r.line, id };
  }
  if (!first) return undefined;
  return diagnostic(
    'type-error',
    'warning',
    { file: table.file, line: first.line, column: table.columns[field], field, value: first.id },
    `这个文件的编号全是数字（如“${first.id}”）。表格软件打开CSV时会把这样的编号当成数值：001会变成1，很长的编号会变成科学计数法，项目的网页地址也会随之改变。${IDS_AS_TEXT_ZH}或者改用带字母的编号，如SL-001。`,
    `Every id in this file is digits only (such as "${first.id}"). A spreadsheet opening the CSV takes such ids for numbers: 001 becomes 1, long ids go into scientific notation, and the projects' web addresses change with them. ${IDS_AS_TEXT_EN} Or use ids with letters, such as SL-001.`,
  );
}

/**
 * Most of last month's project ids gone and about as many new ones: not a month's ordinary
 * changes but the ids rewritten, most often by a spreadsheet (001 → 1). An error, because every
 * project would get a new page and lose its history. `changes` counts last month's projects, those
 * gone and those new, and gives the ids on request (only when the counts say so).
 */
export function idsChanged(
  file: string,
  previousFile: string,
  changes: { previous: number; gone: number; added: number; ids: () => { gone: string[]; added: string[] } },
): Diagnostic | undefined {
  const { previous } = changes;
  if (previous < 3 || changes.gone * 2 <= previous || changes.added * 2 < changes.gone || changes.added > changes.gone * 2) return undefined;
  const { gone, added } = changes.ids();
  const near = nearMatcher(() => gone);
  const renumbered = added.map((id) => [near(id), id] as const).filter((p): p is readonly [string, string] => p[0] !== undefined);
  const scientific = added.some((id) => /^\d(\.\d+)?E\+?\d+$/i.test(id));
  const example = renumbered[0] ?? [gone[0] ?? '', added[0] ?? ''];
  const pairs = `“${example[0]}”变成了“${example[1]}”`;
  const pairsEn = `"${example[0]}" became "${example[1]}"`;
  const cause =
    renumbered.length * 2 >= added.length
      ? { zh: `很可能是表格软件把编号当成了数值，去掉了前面的0（${pairs}）。`, en: `Most likely a spreadsheet took the ids for numbers and dropped their leading zeros (${pairsEn}).` }
      : scientific
        ? { zh: `很可能是表格软件把长编号变成了科学计数法（${pairs}）。`, en: `Most likely a spreadsheet turned long ids into scientific notation (${pairsEn}).` }
        : { zh: `请检查编号列是否被改写或选错了列（例如${pairs}）。`, en: `Check whether the id column was rewritten or the wrong column taken (for example ${pairsEn}).` };
  return diagnostic(
    'id-change-error',
    'error',
    { file, field: 'project_id', value: example[1] },
    `与上月台账（${previousFile}）相比，${previous}个项目编号中有${gone.length}个不见了，同时多出${added.length}个新编号。${cause.zh}编号变了，每个项目都会换一个网页地址并丢失历史数据，所以没有生成网站。${IDS_AS_TEXT_ZH}`,
    `Compared with last month's ledger (${previousFile}), ${gone.length} of ${previous} project ids are gone and ${added.length} new ones appeared. ${cause.en} With new ids every project would get a new web address and lose its history, so the site was not built. ${IDS_AS_TEXT_EN}`,
  );
}
