// The monthly league table of responsible units and townships (逐月排队，分出优、中、差).

import { publishedPct } from '../rounding.ts';
import type { Dataset, YearMonth } from '../types.ts';
import { parseYearMonth, previousMonth } from './calendar.ts';
import type { Aggregate, GroupBy } from './aggregate.ts';
import { aggregateBy } from './aggregate.ts';
import type { LedgerInput } from './projects.ts';
import { officeOrder, type NameOrder } from './group-order.ts';
import type { Thresholds } from './status.ts';

/** 优 / 中 / 差 */
export type Grade = 'good' | 'fair' | 'poor';

/**
 * How grades are given.
 * - 'lag' (default): against the schedule, with the same thresholds as project status:
 *   优 when lag ≥ good (on track: within 5 points of time progress or ahead),
 *   差 when lag < poor (seriously behind: more than 15 points short), 中 otherwise.
 *   A unit is judged on its own work, so every unit can earn 优, and none is 差 by rule.
 * - 'thirds': relative, as some offices rank: the top ⌊n/3⌋ are 优, the bottom ⌊n/3⌋ 差,
 *   the rest 中 (6 units → 2/2/2; 7 → 2/3/2; fewer than 3 → all 中).
 */
export type GradeRule = { by: 'lag'; good: number; poor: number } | { by: 'thirds' };

export function defaultGradeRule(thresholds: Pick<Thresholds, 'behind' | 'seriouslyBehind'>): GradeRule {
  return { by: 'lag', good: thresholds.behind, poor: thresholds.seriouslyBehind };
}

export type Movement = 'up' | 'down' | 'same' | 'new';

export interface RankedGroup {
  name: string;
  aggregate: Aggregate;
  /** 1 = best; undefined when the group has no year plan (no rate to rank). */
  rank: number | undefined;
  /** Number of ranked groups. */
  of: number;
  grade: Grade | undefined;
  previousRank: number | undefined;
  /** Undefined when there is no previous month to compare with (January, or a gap in the ledgers). */
  movement: Movement | undefined;
  /** Places gained since the previous month (previous rank − rank): +2 moved up two places. */
  change: number | undefined;
}

/**
 * Order: completion rate (sum completed ÷ sum plan) as printed, one decimal, descending — two
 * units shown at 83.3% are equal on the page, so hidden decimals do not part them. Lag is the
 * rate minus the same time progress for everyone, so it cannot break a tie; ties go to the
 * larger completed investment (the heavier load), then to the office's own order of its units
 * (group-order.ts: units.csv, programs.csv), so no two groups share a place and the table is
 * the same on every machine.
 */
function comparator(order: NameOrder): (a: Aggregate, b: Aggregate) => number {
  return (a, b) => {
    const ra = a.completionPct === undefined ? -Infinity : publishedPct(a.completionPct);
    const rb = b.completionPct === undefined ? -Infinity : publishedPct(b.completionPct);
    if (ra !== rb) return rb - ra;
    if (a.completedYtd !== b.completedYtd) return b.completedYtd - a.completedYtd;
    return order(a.key, b.key);
  };
}

function gradeOf(rule: GradeRule, rank: number, of: number, lag: number): Grade {
  if (rule.by === 'lag') return lag >= rule.good ? 'good' : lag < rule.poor ? 'poor' : 'fair';
  const third = Math.floor(of / 3);
  return rank <= third ? 'good' : rank > of - third ? 'poor' : 'fair';
}

/** Rank this month's groups, with movement against `previous` (last month's groups, if any). */
export function rankAggregates(current: readonly Aggregate[], previous: readonly Aggregate[] | undefined, rule: GradeRule, order: NameOrder = officeOrder('responsibleUnit')): RankedGroup[] {
  const compare = comparator(order);
  const before = previous ? rankPositions(previous, compare) : undefined;
  const sorted = [...current].sort(compare);
  const of = sorted.filter((a) => a.completionPct !== undefined).length;
  return sorted.map((aggregate, i) => {
    const ranked = aggregate.completionPct !== undefined;
    const rank = ranked ? i + 1 : undefined;
    const previousRank = before?.get(aggregate.key);
    let movement: Movement | undefined;
    if (before && rank !== undefined) {
      movement = previousRank === undefined ? 'new' : previousRank > rank ? 'up' : previousRank < rank ? 'down' : 'same';
    }
    return {
      name: aggregate.key,
      aggregate,
      rank,
      of,
      grade: rank === undefined ? undefined : gradeOf(rule, rank, of, aggregate.lagPoints ?? 0),
      previousRank,
      movement,
      change: rank !== undefined && previousRank !== undefined ? previousRank - rank : undefined,
    };
  });
}

function rankPositions(groups: readonly Aggregate[], compare: (a: Aggregate, b: Aggregate) => number): Map<string, number> {
  const ranked = groups.filter((a) => a.completionPct !== undefined).sort(compare);
  return new Map(ranked.map((a, i) => [a.key, i + 1]));
}

/** Units and townships are what offices rank; programs work too. */
export type RankBy = GroupBy;

export interface MonthlyRanking {
  period: YearMonth;
  by: RankBy;
  groups: RankedGroup[];
}

/**
 * The ranking for every ledger month, oldest first. Year-to-date rates restart in January,
 * so movement compares with the previous calendar month of the same year only.
 */
export function monthlyRankings(
  input: LedgerInput & Partial<Pick<Dataset, 'units' | 'programs'>>,
  by: RankBy,
  rule: GradeRule = defaultGradeRule(input.config.thresholds),
): MonthlyRanking[] {
  const order = officeOrder(by, input.programs, input.units);
  const periods = input.ledgers.map((l) => l.period).sort();
  const groupsOf = new Map(periods.map((p) => [p, aggregateBy(input, p, by).groups]));
  return periods.map((period) => {
    const prev = previousMonth(period);
    const sameYear = parseYearMonth(prev).year === parseYearMonth(period).year;
    const previous = sameYear ? groupsOf.get(prev) : undefined;
    return { period, by, groups: rankAggregates(groupsOf.get(period) ?? [], previous, rule, order) };
  });
}

export interface RankHistory {
  name: string;
  ranks: { period: YearMonth; rank: number | undefined; of: number; grade: Grade | undefined }[];
}

/** Each group's rank across the months it appears in, groups sorted by name. */
export function rankHistory(rankings: readonly MonthlyRanking[]): RankHistory[] {
  const byName = new Map<string, RankHistory>();
  for (const month of rankings) {
    for (const g of month.groups) {
      let history = byName.get(g.name);
      if (!history) byName.set(g.name, (history = { name: g.name, ranks: [] }));
      history.ranks.push({ period: month.period, rank: g.rank, of: g.of, grade: g.grade });
    }
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
