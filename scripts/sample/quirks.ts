// Which monthly ledger carries which Excel habit. Each habit is on a few files only,
// so the loader meets all of them and the README can say where.
import { type Month, monthOf, yearOf } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import type { Encoding } from './csv.ts';

export interface LedgerQuirks {
  encoding: Encoding;
  crlf: boolean;
  /** A merged title cell above the header: 示例县2026年1-10月重点项目推进情况表. */
  titleRow: boolean;
  /** A 合计 row at the bottom, with exact sums. */
  totalsRow: boolean;
  /** Money written 12,345. */
  thousands: boolean;
  /** 1—8月累计完成投资 (an em dash and 累计). */
  dashHeader: boolean;
  /** （万元） with full-width brackets. */
  fullWidthBrackets: boolean;
  /** 2026年计划投资 instead of 年度计划投资. */
  yearPlanHeader: boolean;
  /** Dates as Excel shows them on Chinese Windows: 2026/3/10. */
  slashDates: boolean;
}

export const NO_QUIRKS: LedgerQuirks = {
  encoding: 'utf-8',
  crlf: false,
  titleRow: false,
  totalsRow: false,
  thousands: false,
  dashHeader: false,
  fullWidthBrackets: false,
  yearPlanHeader: false,
  slashDates: false,
};

export function ledgerQuirks(m: Month, h: Horizon, plain: boolean): LedgerQuirks {
  if (plain) return NO_QUIRKS;
  const month = monthOf(m);
  const encoding: Encoding = month === 3 || month === 9 ? 'gb18030' : month === 5 || month === 12 ? 'utf-8-bom' : 'utf-8';
  const firstNovember = [...Array(h.last - h.first + 1).keys()].map((i) => h.first + i).find((x) => monthOf(x) === 11);
  return {
    encoding,
    crlf: encoding !== 'utf-8',
    titleRow: month === 6 || month === 12 || m === h.last,
    totalsRow: month === 6 || month === 12 || m === h.last || m === h.last - 1,
    thousands: m === firstNovember,
    dashHeader: month === 8 && yearOf(m) === h.firstYear,
    fullWidthBrackets: month === 4 || (month === 9 && yearOf(m) > h.firstYear),
    yearPlanHeader: month === 7,
    slashDates: encoding === 'gb18030',
  };
}

/** Short Chinese and English notes on a file's habits, for the README. */
export function describeQuirks(q: LedgerQuirks): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  if (q.encoding === 'gb18030') {
    zh.push('GB18030编码（Excel“CSV（逗号分隔）”）');
    en.push('GB18030 (Excel "CSV" on Chinese Windows)');
  } else if (q.encoding === 'utf-8-bom') {
    zh.push('UTF-8带BOM（Excel“CSV UTF-8”）');
    en.push('UTF-8 with BOM (Excel "CSV UTF-8")');
  }
  if (q.crlf) {
    zh.push('CRLF换行');
    en.push('CRLF line ends');
  }
  if (q.titleRow) {
    zh.push('表头上方有标题行');
    en.push('title row above the header');
  }
  if (q.totalsRow) {
    zh.push('末尾有“合计”行');
    en.push('合计 (totals) row at the bottom');
  }
  if (q.thousands) {
    zh.push('金额带千位分隔符');
    en.push('thousands separators in money');
  }
  if (q.dashHeader) {
    zh.push('表头写作“1—N月累计完成投资”');
    en.push('header 1—N月累计完成投资 (em dash)');
  }
  if (q.fullWidthBrackets) {
    zh.push('表头单位用全角括号（万元）');
    en.push('full-width brackets （万元） in headers');
  }
  if (q.yearPlanHeader) {
    zh.push('表头写作“YYYY年计划投资”');
    en.push('header YYYY年计划投资');
  }
  if (q.slashDates) {
    zh.push('日期写作2026/3/10');
    en.push('dates written 2026/3/10');
  }
  return { zh, en };
}
