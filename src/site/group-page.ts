// What the program, responsible-unit, township and rankings pages lay out, picked from the
// site model and the core's rankings. Pure: values in, values out; the pages only place them.

import type { Locale, Program, Unit, YearMonth } from '../core/types.ts';
import type { Aggregate, GroupBy, Grouped } from '../core/metrics/aggregate.ts';
import type { Grade, GradeRule, MonthlyRanking, RankedGroup } from '../core/metrics/ranking.ts';
import { parseYearMonth } from '../core/metrics/calendar.ts';
import { officeOrder } from '../core/metrics/group-order.ts';
import { formatNumber, monthName } from '../core/format.ts';
import { createTranslator } from '../i18n/translator.ts';
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

/** CSS class of a grade badge (the word is always shown; colour only repeats it); a group without a grade gets the plain badge. */
export function gradeClass(grade: Grade | undefined): string {
  return grade ? `grade grade-${grade}` : 'grade';
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
  const t = createTranslator(locale);
  const n = Math.abs(g.change ?? 0);
  switch (g.movement) {
    case 'up':
      return { shown: `↑${n}`, arrow: true, words: t('movement.words.up', { n }) };
    case 'down':
      return { shown: `↓${n}`, arrow: true, words: t('movement.words.down', { n }) };
    case 'same':
    case 'new': {
      const words = t(`movement.short.${g.movement}`);
      return { shown: words, arrow: false, words };
    }
    default:
      return undefined;
  }
}

/** Movement as a note under the month's rank: "较上月上升2位", "与上月持平", "本月新列入排名". */
/** The movement in words for a sentence: "较上月上升2位", "与上月持平", "本月新列入排名"; undefined without a previous month. */
export function movementNote(g: Pick<RankedGroup, 'movement' | 'change'>, locale: Locale): string | undefined {
  if (!g.movement) return undefined;
  return createTranslator(locale)(`movement.note.${g.movement}`, { n: Math.abs(g.change ?? 0) });
}

/** A lag threshold as a clause: −5 → "落后时间进度不超过5个百分点", 0 → "达到或超过时间进度"; `below` the other side of it. */
function thresholdClause(key: 'ranking.rule.atLeast' | 'ranking.rule.below', points: number, locale: Locale): string {
  const sign = points < 0 ? 'minus' : points === 0 ? 'zero' : 'plus';
  return createTranslator(locale)(key, { sign, n: formatNumber(Math.abs(points), locale, 1) });
}

/** How grades are given, in one line, from the rule the rankings used. */
export function gradeRuleSentence(rule: GradeRule, locale: Locale): string {
  const t = createTranslator(locale);
  if (rule.by === 'thirds') return t('ranking.rule.thirds');
  return t('ranking.rule.lag', { good: thresholdClause('ranking.rule.atLeast', rule.good, locale), poor: thresholdClause('ranking.rule.below', rule.poor, locale) });
}

/** A month without its year, for the columns of a table whose caption gives the year: "3月" / "Mar". */
export function monthLabel(period: YearMonth, locale: Locale): string {
  return monthName(parseYearMonth(period).month, locale);
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
