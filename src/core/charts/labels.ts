// Every word a chart writes, in one small object per language, so the builders hold no UI
// strings. Pass `chartLabels('zh-CN', '万元')` (or a customised copy) to a builder.

import type { Locale, YearMonth } from '../types.ts';
import { formatIndicatorPeriod } from '../format.ts';
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
  describeProgress(facts: ProgressFacts, subject: string | undefined): string;
  describeGroups(facts: GroupFacts): string;
  describeCounts(items: readonly { label: string; value: number | null }[], unit: string | undefined): string;
  describeSeries(facts: SeriesFacts): string;
  describePeers(facts: PeerFacts): string;
  describeRank(facts: RankFacts): string;
}

const ym = (period: YearMonth): [number, number] => {
  const [y = '0', m = '0'] = period.split('-');
  return [Number(y), Number(m)];
};

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const enMonth = (m: number) => EN_MONTHS[m - 1] ?? String(m);

const EN_MONEY: Record<MoneyUnit, string> = { 万元: '10k yuan', 亿元: '100m yuan', 元: 'yuan' };

const pct = (v: number) => formatPercent(v);
const num = (v: number) => formatNumber(v, 1);
/** A value with its unit: a percentage by the one rule (one decimal, 65.0%), anything else as a number. */
const withUnit = (v: number, unit: string | undefined, space = '') => (unit === '%' ? pct(v) : `${num(v)}${unit ? `${space}${unit}` : ''}`);
const points = (v: number) => formatNumber(Math.abs(v), 1, true);

function zhLabels(moneyUnit: MoneyUnit): ChartLabels {
  const money = (v: number) => `${num(v)}${moneyUnit}`;
  const measured = (v: number, measure: 'growth' | 'value', unit?: string) => (measure === 'growth' ? `增长${pct(v)}` : withUnit(v, unit));
  const lagPhrase = (lag: number, tp: number) =>
    lag < 0 ? `落后时间进度（${pct(tp)}）${points(lag)}个百分点` : lag > 0 ? `快于时间进度（${pct(tp)}）${points(lag)}个百分点` : `与时间进度（${pct(tp)}）持平`;
  return {
    locale: 'zh-CN',
    money: moneyUnit,
    monthTick: (m) => `${m}月`,
    periodTick: (p, withYear) => {
      const [y, m] = ym(p);
      return withYear ? `${m}月\n${y}年` : `${m}月`;
    },
    month: (p) => {
      const [y, m] = ym(p);
      return `${y}年${m}月`;
    },
    unitNote: (unit) => `单位：${unit}`,
    noValue: '—',
    noData: '暂无数据',
    period: '期间',
    name: '名称',
    completed: '累计完成投资',
    planProRata: '按月均分的年度计划',
    yearPlan: '年度计划投资',
    completionRate: '完成率',
    timeProgress: '时间进度',
    lag: '快慢（百分点）',
    target: '目标',
    growth: '增速',
    value: '数值',
    region: '地区',
    rank: '名次',
    rankOf: '参评总数',
    stage: '阶段',
    count: '数量',
    peers: '其他地区',
    describeProgress: (f, subject) => {
      const who = subject ? `${subject}` : '';
      if (f.asOf === undefined || f.completed === undefined) return `${who}暂无完成投资数据。`;
      const head = `截至${zhMonth(f.asOf)}，${who}累计完成投资${money(f.completed)}`;
      if (f.yearPlan === undefined || f.rate === undefined) return `${head}，年度计划投资未填报。`;
      const lag = f.lag !== undefined && f.timeProgress !== undefined ? `，${lagPhrase(f.lag, f.timeProgress)}` : '';
      return `${head}，占年度计划${money(f.yearPlan)}的${pct(f.rate)}${lag}。`;
    },
    describeGroups: (f) => {
      if (f.count === 0 || !f.best || !f.worst) return '暂无可比较的数据。';
      const extremes = f.count === 1 ? `完成率${pct(f.best.rate)}` : `完成率最高的是${f.best.name}（${pct(f.best.rate)}），最低的是${f.worst.name}（${pct(f.worst.rate)}）`;
      return `共${f.count}个，${extremes}，${f.behind}个低于时间进度（${pct(f.timeProgress)}）。`;
    },
    describeCounts: (items, unit) => {
      const known = items.filter((i): i is { label: string; value: number } => i.value !== null);
      if (known.length === 0) return '暂无数据。';
      if (known.length <= 6) return `${known.map((i) => `${i.label}${withUnit(i.value, unit)}`).join('，')}。`;
      const sorted = [...known].sort((a, b) => b.value - a.value);
      const [hi, lo] = [sorted[0], sorted[sorted.length - 1]];
      return `共${known.length}项，最高的是${hi?.label}（${withUnit(hi?.value ?? 0, unit)}），最低的是${lo?.label}（${withUnit(lo?.value ?? 0, unit)}）。`;
    },
    describeSeries: (f) => {
      if (!f.last) return `${f.indicator}暂无数据。`;
      const now = `${zhPeriodOf(f.last.period, f.stock)}${f.indicator}${measured(f.last.value, f.measure, f.unit)}`;
      const target = f.target === undefined ? '' : f.measure === 'growth' ? pct(f.target) : withUnit(f.target, f.unit);
      const gap = f.target === undefined ? 0 : publishedDifference(f.last.value, f.target);
      const pointsText = f.measure === 'growth' || f.unit === '%' ? `${points(gap)}个百分点` : '';
      const vsTarget =
        f.target === undefined
          ? ''
          : f.lowerIsBetter
            ? gap <= 0
              ? `，控制在目标（${target}）以内`
              : `，超出控制目标（${target}）${pointsText}`
            : gap === 0
              ? '，与目标持平'
              : `，${gap > 0 ? '高于' : '低于'}目标（${target}）${pointsText}`;
      const before = f.previous ? `，上期${measured(f.previous.value, f.measure, f.unit)}` : '';
      return `${now}${vsTarget}${before}。`;
    },
    describePeers: (f) => {
      if (f.value === undefined || f.rank === undefined) return `${zhPeriodOf(f.period, f.stock)}${f.region}暂无数据。`;
      const best = f.best && f.best.region !== f.region ? `，${f.lowerIsBetter ? '最低' : '最高'}的是${f.best.region}（${measured(f.best.value, f.measure, f.unit)}）` : '';
      return `${zhPeriodOf(f.period, f.stock)}${f.region}${measured(f.value, f.measure, f.unit)}，在${f.of}个地区中居第${f.rank}位${best}。`;
    },
    describeRank: (f) => {
      if (!f.last) return `${f.subject}暂无排名数据。`;
      const of = f.last.of !== undefined ? `（共${f.last.of}个）` : '';
      const change =
        f.change === undefined ? '' : f.change > 0 ? `，比上期上升${f.change}位` : f.change < 0 ? `，比上期下降${-f.change}位` : '，与上期持平';
      const range = f.best !== undefined && f.worst !== undefined && f.best !== f.worst ? `，期间最好第${f.best}名、最差第${f.worst}名` : '';
      return `${zhMonth(f.last.period)}${f.subject}排名第${f.last.rank}${of}${change}${range}。`;
    },
  };
}

const zhMonth = (p: YearMonth) => {
  const [y, m] = ym(p);
  return `${y}年${m}月`;
};
// Periods as the pages write them (format.ts): 2026年1-10月 / Jan–Oct 2026, or a stock's month end.
const zhPeriodOf = (p: YearMonth, stock?: boolean) => formatIndicatorPeriod(p, stock ? 'stock' : 'flow', 'zh-CN');
const enPeriodOf = (p: YearMonth, stock?: boolean) => formatIndicatorPeriod(p, stock ? 'stock' : 'flow', 'en');
const enMonthYear = (p: YearMonth) => {
  const [y, m] = ym(p);
  return `${enMonth(m)} ${y}`;
};
const ordinal = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

function enLabels(moneyUnit: MoneyUnit): ChartLabels {
  const unit = EN_MONEY[moneyUnit];
  const money = (v: number) => `${num(v)} (${unit})`;
  const measured = (v: number, measure: 'growth' | 'value', u?: string) => (measure === 'growth' ? `growth of ${pct(v)}` : withUnit(v, u, ' '));
  const lagPhrase = (lag: number, tp: number) =>
    lag < 0
      ? `${points(lag)} points behind the time schedule (${pct(tp)})`
      : lag > 0
        ? `${points(lag)} points ahead of the time schedule (${pct(tp)})`
        : `level with the time schedule (${pct(tp)})`;
  return {
    locale: 'en',
    money: unit,
    monthTick: (m) => enMonth(m),
    periodTick: (p, withYear) => {
      const [y, m] = ym(p);
      return withYear ? `${enMonth(m)}\n${y}` : enMonth(m);
    },
    month: enMonthYear,
    unitNote: (u) => `Unit: ${u}`,
    noValue: '—',
    noData: 'No data yet',
    period: 'Period',
    name: 'Name',
    completed: 'Completed this year',
    planProRata: 'Year plan, pro rata',
    yearPlan: 'Year plan',
    completionRate: 'Completion rate',
    timeProgress: 'Time progress',
    lag: 'Ahead/behind (points)',
    target: 'Target',
    growth: 'Growth',
    value: 'Value',
    region: 'Region',
    rank: 'Rank',
    rankOf: 'Ranked',
    stage: 'Stage',
    count: 'Count',
    peers: 'Other regions',
    describeProgress: (f, subject) => {
      const who = subject ? `${subject}: ` : '';
      if (f.asOf === undefined || f.completed === undefined) return `${who}no investment figures yet.`;
      const head = `${who}by the end of ${enMonthYear(f.asOf)}, ${money(f.completed)} had been invested this year`;
      if (f.yearPlan === undefined || f.rate === undefined) return `${head}; no year plan was reported.`;
      const lag = f.lag !== undefined && f.timeProgress !== undefined ? `, ${lagPhrase(f.lag, f.timeProgress)}` : '';
      return `${capitalise(head)}, ${pct(f.rate)} of the year plan of ${money(f.yearPlan)}${lag}.`;
    },
    describeGroups: (f) => {
      if (f.count === 0 || !f.best || !f.worst) return 'No figures to compare yet.';
      const extremes =
        f.count === 1
          ? `with a completion rate of ${pct(f.best.rate)}`
          : `the highest completion rate is ${f.best.name} (${pct(f.best.rate)}) and the lowest ${f.worst.name} (${pct(f.worst.rate)})`;
      return `Of ${f.count}, ${extremes}; ${f.behind} are behind the time schedule (${pct(f.timeProgress)}).`;
    },
    describeCounts: (items, u) => {
      const known = items.filter((i): i is { label: string; value: number } => i.value !== null);
      if (known.length === 0) return 'No data yet.';
      const fmt = (v: number) => withUnit(v, u, ' ');
      if (known.length <= 6) return `${known.map((i) => `${i.label}: ${fmt(i.value)}`).join('; ')}.`;
      const sorted = [...known].sort((a, b) => b.value - a.value);
      const [hi, lo] = [sorted[0], sorted[sorted.length - 1]];
      return `Of ${known.length} items, the highest is ${hi?.label} (${fmt(hi?.value ?? 0)}) and the lowest ${lo?.label} (${fmt(lo?.value ?? 0)}).`;
    },
    describeSeries: (f) => {
      if (!f.last) return `No figures for ${f.indicator} yet.`;
      const now = `${f.indicator}, ${enPeriodOf(f.last.period, f.stock)}: ${measured(f.last.value, f.measure, f.unit)}`;
      const target = f.target === undefined ? '' : f.measure === 'growth' ? pct(f.target) : withUnit(f.target, f.unit, ' ');
      const gap = f.target === undefined ? 0 : publishedDifference(f.last.value, f.target);
      const pointsText = f.measure === 'growth' || f.unit === '%' ? `${points(gap)} points ` : '';
      const vsTarget =
        f.target === undefined
          ? ''
          : f.lowerIsBetter
            ? gap <= 0
              ? `, within the cap (${target})`
              : `, ${pointsText}above the cap (${target})`
            : gap === 0
              ? ', level with the target'
              : `, ${pointsText}${gap > 0 ? 'above' : 'below'} the target (${target})`;
      const before = f.previous ? `; the period before: ${measured(f.previous.value, f.measure, f.unit)}` : '';
      return `${now}${vsTarget}${before}.`;
    },
    describePeers: (f) => {
      if (f.value === undefined || f.rank === undefined) return `No figures for ${f.region} in ${enPeriodOf(f.period, f.stock)} yet.`;
      const best = f.best && f.best.region !== f.region ? `; the ${f.lowerIsBetter ? 'lowest' : 'highest'} is ${f.best.region} (${measured(f.best.value, f.measure, f.unit)})` : '';
      return `${f.stock ? 'At the' : 'In'} ${enPeriodOf(f.period, f.stock)}, ${f.region} recorded ${measured(f.value, f.measure, f.unit)}, ${ordinal(f.rank)} of ${f.of} regions${best}.`;
    },
    describeRank: (f) => {
      if (!f.last) return `No rankings for ${f.subject} yet.`;
      const of = f.last.of !== undefined ? ` of ${f.last.of}` : '';
      const change =
        f.change === undefined ? '' : f.change > 0 ? `, up ${f.change} from the month before` : f.change < 0 ? `, down ${-f.change} from the month before` : ', unchanged from the month before';
      const range = f.best !== undefined && f.worst !== undefined && f.best !== f.worst ? `; best ${ordinal(f.best)}, worst ${ordinal(f.worst)}` : '';
      return `In ${enMonthYear(f.last.period)}, ${f.subject} ranked ${ordinal(f.last.rank)}${of}${change}${range}.`;
    },
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The chart words for a locale and the site's money unit. */
export function chartLabels(locale: Locale, moneyUnit: MoneyUnit = '万元'): ChartLabels {
  return locale === 'en' ? enLabels(moneyUnit) : zhLabels(moneyUnit);
}
