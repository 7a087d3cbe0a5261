// Economic indicators: the portal region's figure for a period, against the year's target
// and against its peers ("1-8月财政总收入增长3.2%，在全市六县(市)中排名倒数第二").

import { publishedDifference } from '../rounding.ts';
import type { Dataset, Direction, IndicatorKind, IndicatorObservation, IndicatorTarget, TimeProgressMethod, YearMonth } from '../types.ts';
import { parseYearMonth } from './calendar.ts';
import { lagPoints, percentOf, timeProgressPct } from './progress.ts';

export type IndicatorInput = Pick<Dataset, 'indicators' | 'targets' | 'config'>;

/** What peers are ranked on: growth where it is reported, otherwise the value itself. */
export type RankBasis = 'growth' | 'value';

export interface PeerRow {
  region: string;
  value: number | undefined;
  growth: number | undefined;
  /** 1 = best. Equal figures share a place and the next is skipped (1, 2, 2, 4). */
  rank: number;
}

export interface PeerRanking {
  indicator: string;
  period: YearMonth;
  by: RankBasis;
  direction: Direction;
  /** Best first; equal ranks in region order. */
  rows: PeerRow[];
}

export interface RankPosition {
  rank: number;
  of: number;
  /** 1 for the last place: 倒数第一. */
  fromBottom: number;
  by: RankBasis;
}

// Observations grouped once per array (loaded data is never mutated), in file order: a
// ranking or a series then reads only its own rows, where it used to scan every region's
// every indicator for each period asked (indicator pages ask for every period).
const observationIndexes = new WeakMap<readonly IndicatorObservation[], Map<string, IndicatorObservation[]>>();

function observationsWhere(observations: readonly IndicatorObservation[], key: string): readonly IndicatorObservation[] {
  let index = observationIndexes.get(observations);
  if (!index) {
    index = new Map();
    const add = (k: string, o: IndicatorObservation) => {
      const list = index!.get(k);
      if (list) list.push(o);
      else index!.set(k, [o]);
    };
    for (const o of observations) {
      add(periodKey(o.indicator, o.period), o);
      add(regionKey(o.indicator, o.region), o);
    }
    observationIndexes.set(observations, index);
  }
  return index.get(key) ?? [];
}
const periodKey = (indicator: string, period: string) => `p\u0000${indicator}\u0000${period}`;
const regionKey = (indicator: string, region: string) => `r\u0000${indicator}\u0000${region}`;

/** Direction of an indicator: from its target (that year's, else any year's); higher is better by default. */
export function directionOf(targets: readonly IndicatorTarget[], indicator: string, year?: number): Direction {
  const own = targets.filter((t) => t.indicator === indicator);
  return (own.find((t) => t.year === year) ?? own[0])?.direction ?? 'higher';
}

/** The year's target for an indicator, if any. */
export function targetOf(targets: readonly IndicatorTarget[], indicator: string, year: number): IndicatorTarget | undefined {
  return targets.find((t) => t.indicator === indicator && t.year === year);
}

/**
 * All regions with data for the indicator and period, ranked on `by` ('growth' ranks only the
 * regions that report growth, 'value' those that report a value), respecting the direction.
 */
export function peerRanking(
  observations: readonly IndicatorObservation[],
  indicator: string,
  period: YearMonth,
  direction: Direction,
  by: RankBasis,
): PeerRanking {
  const seen = new Set<string>();
  const rows: { region: string; value: number | undefined; growth: number | undefined; key: number }[] = [];
  for (const o of observationsWhere(observations, periodKey(indicator, period))) {
    if (o.indicator !== indicator || o.period !== period || seen.has(o.region)) continue;
    const key = by === 'growth' ? o.growth : o.value;
    if (key === undefined || !Number.isFinite(key)) continue;
    seen.add(o.region);
    rows.push({ region: o.region, value: o.value, growth: o.growth, key });
  }
  const better = (a: number, b: number) => (direction === 'higher' ? b - a : a - b);
  rows.sort((a, b) => better(a.key, b.key) || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  const ranked: PeerRow[] = [];
  rows.forEach((r, i) => {
    const prior = ranked[i - 1];
    const rank = prior !== undefined && rows[i - 1]?.key === r.key ? prior.rank : i + 1;
    ranked.push({ region: r.region, value: r.value, growth: r.growth, rank });
  });
  return { indicator, period, by, direction, rows: ranked };
}

function positionIn(ranking: PeerRanking, region: string): RankPosition | undefined {
  const row = ranking.rows.find((r) => r.region === region);
  if (!row) return undefined;
  const of = ranking.rows.length;
  return { rank: row.rank, of, fromBottom: of - row.rank + 1, by: ranking.by };
}

/**
 * How a value is read against a full-year value target:
 * - 'flow' (GDP, investment, revenue: cumulative Jan–N): as a share of the full-year target,
 *   compared with time progress, like project investment (完成年度目标的65%，落后时间进度1.7个百分点);
 * - 'level' (ratios, shares, balances: tax share 61.33% vs 75%): the value itself against the
 *   target (相差13.67个百分点). An indicator is a level when its unit is '%' or its name says
 *   比重/占比/率/余额; the data contract has no column for it.
 */
export type ValueKind = 'flow' | 'level';

/**
 * What the indicator's figure is, when indicator_targets.csv does not say (its 指标类型): a
 * balance or an unemployment rate is counted at the month's end (stock); a share, a rate or a
 * figure in % is a ratio; anything else is summed from January (flow).
 */
export function defaultKind(indicator: string, unit: string | undefined): IndicatorKind {
  if (/余额|失业率|常住人口|户籍人口/.test(indicator)) return 'stock';
  if (unit?.includes('%') || /比重|占比|率/.test(indicator)) return 'ratio';
  return 'flow';
}

/** The indicator's kind: as its targets say (any year's), else by name and unit. */
export function kindOf(targets: readonly IndicatorTarget[], indicator: string, unit: string | undefined): IndicatorKind {
  return targets.find((t) => t.indicator === indicator && t.kind !== undefined)?.kind ?? defaultKind(indicator, unit);
}

/** Stocks and ratios are compared with a target as levels; flows by their share of the full-year target. */
export function valueKindOf(indicator: string, unit: string | undefined, kind: IndicatorKind = defaultKind(indicator, unit)): ValueKind {
  return kind === 'flow' ? 'flow' : 'level';
}

export interface IndicatorSnapshot {
  indicator: string;
  region: string;
  period: YearMonth;
  value: number | undefined;
  growth: number | undefined;
  unit: string | undefined;
  direction: Direction;
  target: IndicatorTarget | undefined;
  /**
   * Growth − target growth, in points as printed (rounding.ts), signed so that negative is
   * short of the target whatever the direction: for a lower-is-better target it is target −
   * growth (−4.8: 低于年度目标4.8个百分点; a cap beaten by 0.6 is +0.6).
   */
  growthGapPoints: number | undefined;
  kind: IndicatorKind;
  valueKind: ValueKind;
  /**
   * Value − full-year target value, in the indicator's unit (points as printed when the unit
   * is %), signed like growthGapPoints: negative is short of the target in either direction.
   */
  valueGap: number | undefined;
  /** Value ÷ full-year target value, in percent. Meaningful for flows. */
  targetPct: number | undefined;
  /** For flows: targetPct − time progress, in points as printed. */
  targetLagPoints: number | undefined;
  /**
   * Whether the target is being met, respecting direction: on growth when there is a growth
   * target; otherwise for levels value vs target, for flows targetPct vs time progress.
   */
  onTarget: boolean | undefined;
  /** Rank among peers: by growth when this region reports growth, otherwise by value. */
  rank: RankPosition | undefined;
  ranking: PeerRanking | undefined;
  /** The latest earlier period in which this region was ranked on this indicator. */
  previousPeriod: YearMonth | undefined;
  previousRank: RankPosition | undefined;
  /** Places gained since the previous period (previous rank − rank): positive is better. */
  rankChange: number | undefined;
}

/** The region's figures for one indicator and period; undefined when the region has no row for it. */
export function indicatorSnapshot(
  input: IndicatorInput,
  indicator: string,
  period: YearMonth,
  region: string = input.config.region,
): IndicatorSnapshot | undefined {
  const obs = observationsWhere(input.indicators, regionKey(indicator, region)).find((o) => o.indicator === indicator && o.region === region && o.period === period);
  if (!obs) return undefined;
  const year = parseYearMonth(period).year;
  const direction = directionOf(input.targets, indicator, year);
  const target = targetOf(input.targets, indicator, year);
  const method: TimeProgressMethod = input.config.timeProgress;
  const kind = kindOf(input.targets, indicator, obs.unit);
  const valueKind = valueKindOf(indicator, obs.unit, kind);

  // Gaps are signed so that negative is short of the target in either direction, and taken
  // between the figures as printed, so "7.5% against 7.5%" is level, never −0.0.
  const sign = direction === 'higher' ? 1 : -1;
  const growthGapPoints = obs.growth !== undefined && target?.targetGrowth !== undefined ? sign * publishedDifference(obs.growth, target.targetGrowth) || 0 : undefined;
  const tv = target?.targetValue;
  const rawGap = obs.value !== undefined && tv !== undefined ? (obs.unit === '%' ? publishedDifference(obs.value, tv) : obs.value - tv) : undefined;
  const valueGap = rawGap === undefined ? undefined : sign * rawGap || 0;
  const targetPct = obs.value !== undefined && tv !== undefined && tv !== 0 ? percentOf(obs.value, tv) : undefined;
  const targetLagPoints = targetPct !== undefined ? lagPoints(targetPct, timeProgressPct(period, method)) : undefined;
  let onTarget: boolean | undefined;
  if (growthGapPoints !== undefined) onTarget = growthGapPoints >= 0;
  else if (valueKind === 'level' && valueGap !== undefined) onTarget = valueGap >= 0;
  else if (valueKind === 'flow' && targetLagPoints !== undefined) onTarget = sign * targetLagPoints >= 0;

  const rankAt = (p: YearMonth, o: IndicatorObservation) => {
    const ranking = peerRanking(input.indicators, indicator, p, direction, o.growth !== undefined ? 'growth' : 'value');
    return { ranking, position: positionIn(ranking, region) };
  };
  const current = rankAt(period, obs);
  let previousPeriod: YearMonth | undefined;
  let previousRank: RankPosition | undefined;
  for (const o of indicatorSeries(input.indicators, indicator, region).reverse()) {
    if (o.period >= period) continue;
    const position = rankAt(o.period, o).position;
    if (position) {
      previousPeriod = o.period;
      previousRank = position;
      break;
    }
  }
  return {
    indicator,
    region,
    period,
    value: obs.value,
    growth: obs.growth,
    unit: obs.unit,
    direction,
    target,
    growthGapPoints,
    kind,
    valueKind,
    valueGap,
    targetPct,
    targetLagPoints,
    onTarget,
    rank: current.position,
    ranking: current.ranking.rows.length > 0 ? current.ranking : undefined,
    previousPeriod,
    previousRank,
    rankChange: current.position && previousRank ? previousRank.rank - current.position.rank : undefined,
  };
}

/** One region's observations of an indicator, oldest first (the first row wins on a duplicate period). */
export function indicatorSeries(observations: readonly IndicatorObservation[], indicator: string, region: string): IndicatorObservation[] {
  const byPeriod = new Map<YearMonth, IndicatorObservation>();
  for (const o of observationsWhere(observations, regionKey(indicator, region))) {
    if (o.indicator === indicator && o.region === region && !byPeriod.has(o.period)) byPeriod.set(o.period, o);
  }
  return [...byPeriod.keys()].sort().map((p) => byPeriod.get(p) as IndicatorObservation);
}

/** Indicator names in the order indicators.csv first lists them (editors order them: GDP first). */
export function indicatorNames(observations: readonly IndicatorObservation[]): string[] {
  return [...new Set(observations.map((o) => o.indicator))];
}

/** Periods with data for an indicator, oldest first. */
export function indicatorPeriods(observations: readonly IndicatorObservation[], indicator: string): YearMonth[] {
  return [...new Set(observations.filter((o) => o.indicator === indicator).map((o) => o.period))].sort();
}
