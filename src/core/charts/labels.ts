// Every word a chart writes, in one object, so the builders hold no UI strings. The words are
// the locale's messages (chart.* in src/i18n/core/<locale>.ts); this file only decides which
// clauses a description has. Pass `chartLabels('zh-CN', '万元')` (or a customised copy) to a builder.

import type { Locale, YearMonth } from '../types.ts';
import { formatIndicatorPeriod, formatMonth, formatWithUnit, moneyUnitName, monthName } from '../format.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { publishedDifference } from '../rounding.ts';
import { formatNumber, formatPercent } from './format.ts';

export type MoneyUnit = '万元' | '亿元' | '元';

/** Facts a description sentence is made from; undefined when unknown. */
export interface ProgressFacts {
  /** Month the figures are as of. */
  asOf: YearMonth | undefined;
  completed: number | undefined;
  yearPlan: number | undefined;
  /** Completion rate, percent. */
  rate: number | undefined;
  /** Time progress, percent. */
  timeProgress: number | undefined;
  /** rate − timeProgress, points. */
  lag: number | undefined;
}

export interface GroupFacts {
  count: number;
  best: { name: string; rate: number } | undefined;
  worst: { name: string; rate: number } | undefined;
  behind: number;
  timeProgress: number;
  /** What the bars are, for the sentence ("6大工程中"): programs, units, townships or (the default) projects. */
  kind?: 'program' | 'responsibleUnit' | 'township' | 'project' | undefined;
}

export interface SeriesFacts {
  indicator: string;
  measure: 'growth' | 'value';
  unit: string | undefined;
  last: { period: YearMonth; value: number } | undefined;
  previous: { period: YearMonth; value: number } | undefined;
  target: number | undefined;
  /** A cap (失业率): the target is met at or below it. */
  lowerIsBetter?: boolean;
  /** A figure at the month's end (余额): "10月末", not "1-10月". */
  stock?: boolean;
}

export interface PeerFacts {
  period: YearMonth;
  measure: 'growth' | 'value';
  unit: string | undefined;
  region: string;
  value: number | undefined;
  rank: number | undefined;
  of: number;
  best: { region: string; value: number } | undefined;
  /** The best is then the lowest. */
  lowerIsBetter?: boolean;
  /** A figure at the month's end (余额): "10月末", not "1-10月". */
  stock?: boolean;
}

export interface RankFacts {
  subject: string;
  last: { period: YearMonth; rank: number; of: number | undefined } | undefined;
  change: number | undefined;
  best: number | undefined;
  worst: number | undefined;
}

export interface ChartLabels {
  locale: Locale;
  /** The money unit as written after a number: 万元 / 10k yuan. */
  money: string;
  /** Tick label for month m (1–12). */
  monthTick(m: number): string;
  /** Tick label for a period on a time axis; `withYear` on the first tick and each January. */
  periodTick(period: YearMonth, withYear: boolean): string;
  /** A month in prose: 2025年8月 / Aug 2025. */
  month(period: YearMonth): string;
  /** "Unit: …" note above a value axis. */
  unitNote(unit: string): string;
  /** Shown instead of a value that is missing. */
  noValue: string;
  /** Shown across an empty chart. */
  noData: string;

  // series, rows and columns
  period: string;
  name: string;
  completed: string;
  planProRata: string;
  yearPlan: string;
  completionRate: string;
  timeProgress: string;
  lag: string;
  target: string;
  growth: string;
  value: string;
  region: string;
  rank: string;
  rankOf: string;
  stage: string;
  count: string;
  peers: string;

  // one sentence each
  /** The legend of a growth series: "固定资产投资增速" / "Fixed-asset investment growth". */
  legendGrowth(indicator: string): string;
  describeProgress(facts: ProgressFacts, subject: string | undefined): string;
  describeGroups(facts: GroupFacts): string;
  describeCounts(items: readonly { label: string; value: number | null }[], unit: string | undefined): string;
  describeSeries(facts: SeriesFacts): string;
  describePeers(facts: PeerFacts): string;
  describeRank(facts: RankFacts): string;
}

/** A value with its unit: a percentage by the one rule (one decimal, 65.0%), anything else as a number with the unit as the locale writes it. */
const pct = (v: number) => formatPercent(v);
const num = (v: number) => formatNumber(v, 1);
const points = (v: number) => formatNumber(Math.abs(v), 1, true);

/** The chart words for a locale and the site's money unit, from the locale's message files (chart.*). */
function labelsFor(locale: Locale, moneyUnit: MoneyUnit): ChartLabels {
  const t = createTranslator(locale, { moneyUnit });
  const unitName = moneyUnitName(moneyUnit, locale);
  const withUnit = (v: number, unit: string | undefined) => (unit === '%' ? pct(v) : unit ? formatWithUnit(num(v), unit, locale) : num(v));
  const money = (v: number) => t('chart.money', { n: num(v), unit: unitName });
  const measured = (v: number, measure: 'growth' | 'value', unit?: string) => (measure === 'growth' ? t('chart.measuredGrowth', { pct: pct(v) }) : withUnit(v, unit));
  const periodOf = (p: YearMonth, stock?: boolean) => formatIndicatorPeriod(p, stock ? 'stock' : 'flow', locale);
  const lagPhrase = (lag: number, tp: number) =>
    t(lag < 0 ? 'chart.progress.behind' : lag > 0 ? 'chart.progress.ahead' : 'chart.progress.level', { tp: pct(tp), points: points(lag) });
  const label = (key: `chart.label.${'noData' | 'period' | 'name' | 'completed' | 'planProRata' | 'yearPlan' | 'completionRate' | 'timeProgress' | 'lag' | 'target' | 'growth' | 'value' | 'region' | 'rank' | 'rankOf' | 'stage' | 'count' | 'peers'}`) => t(key);
  return {
    locale,
    money: unitName,
    monthTick: (m) => monthName(m, locale),
    periodTick: (p, withYear) => {
      const [y = 0, m = 1] = p.split('-').map(Number);
      return withYear ? t('chart.label.periodTickYear', { mon: monthName(m, locale), y }) : monthName(m, locale);
    },
    month: (p) => formatMonth(p, locale),
    unitNote: (unit) => t('chart.label.unitNote', { unit }),
    noValue: '—',
    noData: label('chart.label.noData'),
    period: label('chart.label.period'),
    name: label('chart.label.name'),
    completed: label('chart.label.completed'),
    planProRata: label('chart.label.planProRata'),
    yearPlan: label('chart.label.yearPlan'),
    completionRate: label('chart.label.completionRate'),
    timeProgress: label('chart.label.timeProgress'),
    lag: label('chart.label.lag'),
    target: label('chart.label.target'),
    growth: label('chart.label.growth'),
    value: label('chart.label.value'),
    region: label('chart.label.region'),
    rank: label('chart.label.rank'),
    rankOf: label('chart.label.rankOf'),
    stage: label('chart.label.stage'),
    count: label('chart.label.count'),
    peers: label('chart.label.peers'),
    legendGrowth: (indicator) => t('chart.label.legendGrowth', { indicator }),
    describeProgress: (f, subject) => {
      const who = { has: subject ? 'yes' : 'no', subject: subject ?? '' };
      if (f.asOf === undefined || f.completed === undefined) return t('chart.progress.none', who);
      const head = t('chart.progress.head', { ...who, asOf: f.asOf, completed: money(f.completed) });
      if (f.yearPlan === undefined || f.rate === undefined) return t('chart.progress.noPlan', { head });
      const lag = f.lag !== undefined && f.timeProgress !== undefined ? lagPhrase(f.lag, f.timeProgress) : '';
      return t('chart.progress.full', { head, plan: money(f.yearPlan), rate: pct(f.rate), lag });
    },
    describeGroups: (f) => {
      if (f.count === 0 || !f.best || !f.worst) return t('chart.groups.none');
      const extremes =
        f.count === 1
          ? t('chart.groups.one', { rate: pct(f.best.rate) })
          : t('chart.groups.extremes', { best: f.best.name, bestRate: pct(f.best.rate), worst: f.worst.name, worstRate: pct(f.worst.rate) });
      return t('chart.groups.sentence', { count: f.count, kind: f.kind ?? 'project', extremes, behind: f.behind, tp: pct(f.timeProgress) });
    },
    describeCounts: (items, unit) => {
      const known = items.filter((i): i is { label: string; value: number } => i.value !== null);
      if (known.length === 0) return t('chart.counts.none');
      if (known.length <= 6) return t('sentence.end', { s: known.map((i) => t('chart.counts.item', { label: i.label, value: withUnit(i.value, unit) })).join(t('chart.counts.join')) });
      const sorted = [...known].sort((a, b) => b.value - a.value);
      const [hi, lo] = [sorted[0], sorted[sorted.length - 1]];
      return t('chart.counts.extremes', { n: known.length, hi: hi?.label ?? '', hiValue: withUnit(hi?.value ?? 0, unit), lo: lo?.label ?? '', loValue: withUnit(lo?.value ?? 0, unit) });
    },
    describeSeries: (f) => {
      if (!f.last) return t('chart.series.none', { indicator: f.indicator });
      const now = t('chart.series.now', { period: periodOf(f.last.period, f.stock), indicator: f.indicator, value: measured(f.last.value, f.measure, f.unit) });
      const target = f.target === undefined ? '' : f.measure === 'growth' ? pct(f.target) : withUnit(f.target, f.unit);
      const gap = f.target === undefined ? 0 : publishedDifference(f.last.value, f.target);
      const pointsText = f.measure === 'growth' || f.unit === '%' ? t('chart.series.points', { n: points(gap) }) : '';
      const vsTarget =
        f.target === undefined
          ? ''
          : f.lowerIsBetter
            ? gap <= 0
              ? t('chart.series.withinCap', { target })
              : t('chart.series.overCap', { target, points: pointsText })
            : gap === 0
              ? t('chart.series.level')
              : t(gap > 0 ? 'chart.series.above' : 'chart.series.below', { target, points: pointsText });
      const before = f.previous ? t('chart.series.before', { value: measured(f.previous.value, f.measure, f.unit) }) : '';
      return t('sentence.end', { s: `${now}${vsTarget}${before}` });
    },
    describePeers: (f) => {
      const period = periodOf(f.period, f.stock);
      if (f.value === undefined || f.rank === undefined) return t('chart.peers.none', { period, region: f.region });
      const best = f.best && f.best.region !== f.region ? t('chart.peers.best', { lower: f.lowerIsBetter ? 'yes' : 'no', region: f.best.region, value: measured(f.best.value, f.measure, f.unit) }) : '';
      return t('chart.peers.sentence', { stock: f.stock ? 'yes' : 'no', period, region: f.region, value: measured(f.value, f.measure, f.unit), of: f.of, rank: f.rank, best });
    },
    describeRank: (f) => {
      if (!f.last) return t('chart.rank.none', { subject: f.subject });
      const of = f.last.of !== undefined ? t('chart.rank.of', { of: f.last.of }) : '';
      const change =
        f.change === undefined ? '' : f.change > 0 ? t('chart.rank.up', { n: f.change }) : f.change < 0 ? t('chart.rank.down', { n: -f.change }) : t('chart.rank.same');
      const range = f.best !== undefined && f.worst !== undefined && f.best !== f.worst ? t('chart.rank.range', { best: f.best, worst: f.worst }) : '';
      return t('chart.rank.sentence', { month: formatMonth(f.last.period, locale), subject: f.subject, rank: f.last.rank, of, change, range });
    },
  };
}

/** The chart words for a locale and the site's money unit. */
export function chartLabels(locale: Locale, moneyUnit: MoneyUnit = '万元'): ChartLabels {
  return labelsFor(locale, moneyUnit);
}
