// An economic indicator over periods — year-on-year growth (or the value itself) of each
// cumulative period — with each year's target as a dashed rule over that year's periods: a
// target belongs to its year, so 2025's points are read against 2025's target, not 2026's.

import * as Plot from '@observablehq/plot';
import type { YearMonth } from '../types.ts';
import { byText, known, makeChart } from './chart.ts';
import { formatNumber, formatPercent } from './format.ts';
import type { ChartLabels } from './labels.ts';
import { halo, niceScale, noteMark, type LegendItem } from './layout.ts';
import type { RenderOptions } from './render.ts';
import { colors, DASH } from './theme.ts';
import { monthRange, periodTicks, timeFrame, timePlot } from './timeframe.ts';
import type { Chart, Cell } from './types.ts';

export interface IndicatorSeriesInput {
  id: string;
  title: string;
  /** Indicator name as the sentence should say it, e.g. 固定资产投资. */
  indicator: string;
  /** 'growth': values are year-on-year growth in percent; 'value': values in `unit`. */
  measure: 'growth' | 'value';
  /** Unit of values when measure is 'value' (e.g. 亿元). */
  unit?: string;
  points: readonly { period: YearMonth; value: number | null | undefined }[];
  /** Whether a higher or a lower figure is better; a lower-is-better target is a cap. */
  direction?: 'higher' | 'lower';
  /** A figure at the month's end (余额), said "10月末" rather than "1-10月". */
  stock?: boolean;
  /** Target growth (percent) or target value of each year, drawn as a dashed rule over that year. */
  targets?: readonly { year: number; value: number }[];
}

const yearOf = (period: string) => Number(period.slice(0, 4));

export function indicatorSeries(input: IndicatorSeriesInput, labels: ChartLabels, options?: RenderOptions): Chart {
  const growth = input.measure === 'growth';
  const byPeriod = new Map<string, number | null>();
  for (const p of input.points) byPeriod.set(p.period, known(p.value) ?? null);
  // Reported periods, in order; the axis spans every month between the first and the last.
  const points = [...byPeriod.keys()].sort(byText).map((period) => ({ period, value: byPeriod.get(period) ?? null }));
  const periods = monthRange(points.map((p) => p.period));
  const valued = points.filter((p): p is { period: string; value: number } => p.value !== null);
  const targetByYear = new Map((input.targets ?? []).flatMap((t) => (known(t.value) === undefined ? [] : [[t.year, t.value] as const])));
  const targetOfPeriod = (period: string) => targetByYear.get(yearOf(period));
  const lastYear = periods.at(-1);
  // The target the latest figure is read against (its own year's), for the sentence and legend.
  const target = lastYear === undefined ? undefined : targetOfPeriod(lastYear);
  const drawnTargets = periods.flatMap((period) => {
    const value = targetOfPeriod(period);
    return value === undefined ? [] : [{ period, year: yearOf(period), value }];
  });
  const fmt = (v: number) => (growth || input.unit === '%' ? formatPercent(v) : formatNumber(v, 1));

  const [last, previous] = [valued.at(-1), valued.at(-2)];
  const description = labels.describeSeries({
    indicator: input.indicator,
    measure: input.measure,
    unit: input.unit,
    last,
    previous,
    target,
    lowerIsBetter: input.direction === 'lower',
    stock: input.stock,
  });

  const values = valued.map((p) => p.value);
  // Zero is always on the axis: growth is read against it, and cumulative values start there.
  const targetValues = drawnTargets.map((t) => t.value);
  const y = niceScale(Math.min(0, ...values, ...targetValues), Math.max(0, ...values, ...targetValues), 4);
  const yFormat = (v: number) => (growth ? `${formatNumber(v, 1)}%` : formatNumber(v, 2));
  const legend: LegendItem[] = [{ symbol: 'line', label: growth ? labels.legendGrowth(input.indicator) : input.indicator }];
  if (target !== undefined) legend.push({ symbol: 'dashed', label: `${labels.target} ${fmt(target)}` });
  else if (drawnTargets.length > 0) legend.push({ symbol: 'dashed', label: labels.target });
  const first = periods[0];
  const lastPeriod = periods.at(-1);
  const sizing = [first, lastPeriod].flatMap((p) => (p ? [labels.periodTick(p, true)] : []));
  const frame = timeFrame({ y, yFormat, legend, note: growth ? undefined : input.unit && labels.unitNote(input.unit), xLabels: sizing });
  const axis = periodTicks(periods, labels.periodTick, frame.innerWidth);

  const marks: Plot.Markish[] = [];
  if (drawnTargets.length > 0) {
    // One dashed segment per year, from the year's first period to its last on the axis (a
    // year shown by one period gets a short tick across it).
    const style = { stroke: colors.muted, strokeWidth: 2.5, strokeDasharray: DASH };
    const periodsOfYear = (year: number) => drawnTargets.filter((t) => t.year === year).length;
    const lone = drawnTargets.filter((t) => periodsOfYear(t.year) === 1);
    marks.push(Plot.line(drawnTargets.filter((t) => periodsOfYear(t.year) > 1), { x: 'period', y: 'value', z: 'year', ...style }));
    // x1 = x2 on the point scale, widened by negative insets into a short dash.
    if (lone.length > 0) marks.push(Plot.ruleY(lone, { x1: 'period', x2: 'period', y: 'value', insetLeft: -14, insetRight: -14, ...style }));
  }
  if (valued.length) {
    marks.push(
      Plot.line(points, { x: 'period', y: (p: { value: number | null }) => p.value ?? NaN, stroke: colors.accent, strokeWidth: 3 }),
      Plot.dot(valued, { x: 'period', y: 'value', r: 5, fill: colors.accent }),
    );
    if (last) {
      const nearEnd = periods.length > 1 && periods.indexOf(last.period) >= periods.length - 2;
      marks.push(
        Plot.text([last], {
          x: 'period',
          y: 'value',
          text: (p: { value: number }) => fmt(p.value),
          dy: -20,
          textAnchor: nearEnd ? 'end' : 'middle',
          ...halo,
        }),
      );
    }
  } else {
    marks.push(noteMark(labels.noData, frame.marginLeft + frame.innerWidth / 2, frame.marginTop + (frame.height - frame.marginTop - frame.marginBottom) / 2, 'middle'));
  }

  const table = {
    columns: [
      { key: 'period', label: labels.period },
      { key: growth ? 'growth' : 'value', label: growth ? `${labels.growth}（%）` : input.unit ? `${labels.value}（${input.unit}）` : labels.value },
      ...(drawnTargets.length > 0 ? [{ key: 'target', label: growth ? `${labels.target}（%）` : labels.target }] : []),
    ],
    // Each row with its own year's target (none where that year has no target).
    rows: points.map((p): Cell[] => (drawnTargets.length > 0 ? [p.period, p.value, targetOfPeriod(p.period) ?? null] : [p.period, p.value])),
  };
  return makeChart(
    { id: input.id, title: input.title, description },
    timePlot(frame, {
      xTicks: axis.ticks,
      xFormat: axis.format,
      baseline: true,
      x: { type: 'point', domain: periods, axis: null, padding: 0.5 },
      y: { type: 'linear', domain: y.domain, axis: null },
      marks,
    }),
    table,
    options,
  );
}
