// What the program, responsible-unit, township and rankings pages lay out, picked from the
// site model and the core's rankings. Pure: values in, values out; the pages only place them.

import type { Locale, Program, Unit, YearMonth } from '../core/types.ts';
import type { Aggregate, GroupBy, Grouped } from '../core/metrics/aggregate.ts';
import type { Grade, GradeRule, MonthlyRanking, RankedGroup } from '../core/metrics/ranking.ts';
import { parseYearMonth } from '../core/metrics/calendar.ts';
import { officeOrder } from '../core/metrics/group-order.ts';
import { formatNumber } from '../core/format.ts';
import { paths } from './paths.ts';

/** The two kinds of group that are ranked every month. */
export type RankedKind = 'responsibleUnit' | 'township';

export const isRankedKind = (by: GroupBy): by is RankedKind => by === 'responsibleUnit' || by === 'township';

/** The index page of a kind of group. */
export function groupsPath(by: GroupBy): string {
  return by === 'program' ? paths.programs() : by === 'responsibleUnit' ? paths.units() : paths.townships();
}

/** One group's page. */
export function groupPath(by: GroupBy, name: string): string {
  return by === 'program' ? paths.program(name) : by === 'responsibleUnit' ? paths.unit(name) : paths.township(name);
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The groups in the order an index lists them, as the editors order them (metrics/group-order.ts). */
export function orderedGroups(grouped: Grouped, by: GroupBy, programs: readonly Program[] = [], units: readonly Unit[] = []): Aggregate[] {
  const order = officeOrder(by, programs, units);
  return [...grouped.groups].sort((a, b) => order(a.key, b.key));
}

/** units.csv's row for a unit or township, when there is one. */
export function unitInfo(units: readonly Unit[], name: string): Unit | undefined {
  return units.find((u) => u.name === name);
}

/** programs.csv's row for a program, when there is one. */
export function programInfo(programs: readonly Program[], name: string): Program | undefined {
  return programs.find((p) => p.name === name);
}

/** The ranking of `period` (the data month), if that month was ranked. */
export function rankingOf(rankings: readonly MonthlyRanking[], period: YearMonth | undefined): MonthlyRanking | undefined {
  return period === undefined ? undefined : rankings.find((r) => r.period === period);
}

/** A group's place in the ranking of `period`. */
export function rankedGroup(rankings: readonly MonthlyRanking[], period: YearMonth | undefined, name: string): RankedGroup | undefined {
  return rankingOf(rankings, period)?.groups.find((g) => g.name === name);
}

/** CSS class of a grade badge (the word is always shown; colour only repeats it). */
export function gradeClass(grade: Grade): string {
  return `grade grade-${grade === 'fair' ? 'medium' : grade}`;
}

export interface MovementView {
  /** What the eye reads: ↑2, ↓1, 持平, 新列入. */
  shown: string;
  /** Whether `shown` is an arrow (hidden from screen readers, which get `words`). */
  arrow: boolean;
  /** The same in words: 上升2位, 下降1位, 持平, 新列入. */
  words: string;
}

/** Movement since last month; undefined when there is nothing to compare with (January, or no rank). */
export function movementView(g: Pick<RankedGroup, 'movement' | 'change'>, locale: Locale): MovementView | undefined {
  const zh = locale === 'zh-CN';
  const n = Math.abs(g.change ?? 0);
  const places = zh ? `${n}位` : `${n} ${n === 1 ? 'place' : 'places'}`;
  switch (g.movement) {
    case 'up':
      return { shown: `↑${n}`, arrow: true, words: zh ? `上升${places}` : `up ${places}` };
    case 'down':
      return { shown: `↓${n}`, arrow: true, words: zh ? `下降${places}` : `down ${places}` };
    case 'same':
      return { shown: zh ? '持平' : 'unchanged', arrow: false, words: zh ? '持平' : 'unchanged' };
    case 'new':
      return { shown: zh ? '新列入' : 'new', arrow: false, words: zh ? '新列入' : 'new' };
    default:
      return undefined;
  }
}

/** Movement as a note under the month's rank: "较上月上升2位", "与上月持平", "本月新列入排名". */
export function movementNote(g: Pick<RankedGroup, 'movement' | 'change'>, locale: Locale): string | undefined {
  const zh = locale === 'zh-CN';
  const view = movementView(g, locale);
  if (!view) return undefined;
  switch (g.movement) {
    case 'same':
      return zh ? '与上月持平' : 'unchanged since last month';
    case 'new':
      return zh ? '本月新列入排名' : 'ranked for the first time this month';
    default:
      return zh ? `较上月${view.words}` : `${view.words} since last month`;
  }
}

/** A lag threshold as a clause: −5 → "落后时间进度不超过5个百分点", 0 → "达到或超过时间进度". */
function atLeast(points: number, locale: Locale): string {
  const n = formatNumber(Math.abs(points), locale, 1);
  if (locale === 'zh-CN') {
    if (points < 0) return `落后时间进度不超过${n}个百分点`;
    if (points === 0) return '达到或超过时间进度';
    return `超过时间进度${n}个百分点及以上`;
  }
  if (points < 0) return `no more than ${n} points behind schedule`;
  if (points === 0) return 'on or ahead of schedule';
  return `${n} points or more ahead of schedule`;
}

function below(points: number, locale: Locale): string {
  const n = formatNumber(Math.abs(points), locale, 1);
  if (locale === 'zh-CN') {
    if (points < 0) return `落后时间进度超过${n}个百分点`;
    if (points === 0) return '落后于时间进度';
    return `超过时间进度不足${n}个百分点`;
  }
  if (points < 0) return `more than ${n} points behind schedule`;
  if (points === 0) return 'behind schedule';
  return `less than ${n} points ahead of schedule`;
}

/** How grades are given, in one line, from the rule the rankings used. */
export function gradeRuleSentence(rule: GradeRule, locale: Locale): string {
  if (rule.by === 'thirds') {
    return locale === 'zh-CN'
      ? '等次按当月排名评定：排名前三分之一的评为“优”，后三分之一的评为“差”，其余评为“中”。'
      : 'Grades follow the month’s ranking: the top third are graded Good, the bottom third Poor, the rest Fair.';
  }
  return locale === 'zh-CN'
    ? `等次按完成年度计划比例与时间进度的差距评定：${atLeast(rule.good, locale)}的评为“优”，${below(rule.poor, locale)}的评为“差”，其余评为“中”。`
    : `Grades compare the share of the year plan completed with the time elapsed: ${atLeast(rule.good, locale)} is Good, ${below(rule.poor, locale)} is Poor, anything between is Fair.`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month without its year, for the columns of a table whose caption gives the year: "3月" / "Mar". */
export function monthLabel(period: YearMonth, locale: Locale): string {
  const { month } = parseYearMonth(period);
  return locale === 'zh-CN' ? `${month}月` : (MONTHS_EN[month - 1] ?? String(month));
}

export interface RankCell {
  rank: number | undefined;
  of: number;
  grade: Grade | undefined;
}

export interface RankHistoryTable {
  /** The year's ranked months, oldest first. */
  periods: YearMonth[];
  /** One row per group: those in the latest month in its order, then any others by name. */
  rows: { name: string; cells: (RankCell | undefined)[] }[];
}

/** Months × groups: every group's rank and grade in each ranked month of `year`. */
export function rankHistoryTable(rankings: readonly MonthlyRanking[], year: number): RankHistoryTable {
  const months = rankings.filter((r) => parseYearMonth(r.period).year === year).sort((a, b) => byName(a.period, b.period));
  const last = months.at(-1);
  const names = last ? last.groups.map((g) => g.name) : [];
  const others = new Set<string>();
  for (const m of months) for (const g of m.groups) if (!names.includes(g.name)) others.add(g.name);
  names.push(...[...others].sort(byName));
  return {
    periods: months.map((m) => m.period),
    rows: names.map((name) => ({
      name,
      cells: months.map((m) => {
        const g = m.groups.find((x) => x.name === name);
        return g && { rank: g.rank, of: g.of, grade: g.grade };
      }),
    })),
  };
}

export interface GroupMonth {
  period: YearMonth;
  rank: number | undefined;
  of: number;
  grade: Grade | undefined;
  completionPct: number | undefined;
  lagPoints: number | undefined;
}

/** One group's months in `year`, oldest first, with its rate and lag each month. */
export function groupRankHistory(rankings: readonly MonthlyRanking[], name: string, year: number): GroupMonth[] {
  const out: GroupMonth[] = [];
  for (const m of [...rankings].sort((a, b) => byName(a.period, b.period))) {
    if (parseYearMonth(m.period).year !== year) continue;
    const g = m.groups.find((x) => x.name === name);
    if (!g) continue;
    out.push({ period: m.period, rank: g.rank, of: g.of, grade: g.grade, completionPct: g.aggregate.completionPct, lagPoints: g.aggregate.lagPoints });
  }
  return out;
}
