// An economic indicator over periods — year-on-year growth (or the value itself) of each
// cumulative period — with the year's target as a dashed rule.

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
  /** Target growth (percent) or target value, drawn as a dashed rule. */
  target?: number | null;
}

export function indicatorSeries(input: IndicatorSeriesInput, labels: ChartLabels, options?: RenderOptions): Chart {
  const growth = input.measure === 'growth';
  const byPeriod = new Map<string, number | null>();
  for (const p of input.points) byPeriod.set(p.period, known(p.value) ?? null);
  // Reported periods, in order; the axis spans every month between the first and the last.
  const points = [...byPeriod.keys()].sort(byText).map((period) => ({ period, value: byPeriod.get(period) ?? null }));
  const periods = monthRange(points.map((p) => p.period));
  const valued = points.filter((p): p is { period: string; value: number } => p.value !== null);
  const target = known(input.target);
  const fmt = (v: number) => (growth ? formatPercent(v) : formatNumber(v, 1));

  const [last, previous] = [valued.at(-1), valued.at(-2)];
  const description = labels.describeSeries({ indicator: input.indicator, measure: input.measure, unit: input.unit, last, previous, target });

  const values = valued.map((p) => p.value);
  // Zero is always on the axis: growth is read against it, and cumulative values start there.
  const y = niceScale(Math.min(0, ...values, target ?? 0), Math.max(0, ...values, target ?? 0), 4);
  const yFormat = (v: number) => (growth ? `${formatNumber(v, 1)}%` : formatNumber(v, 2));
  const legend: LegendItem[] = [{ symbol: 'line', label: growth ? `${input.indicator}${labels.locale === 'en' ? ' ' : ''}${labels.growth.toLowerCase()}` : input.indicator }];
  if (target !== undefined) legend.push({ symbol: 'dashed', label: `${labels.target} ${fmt(target)}` });
  const first = periods[0];
  const lastPeriod = periods.at(-1);
  const sizing = [first, lastPeriod].flatMap((p) => (p ? [labels.periodTick(p, true)] : []));
  const frame = timeFrame({ y, yFormat, legend, note: growth ? undefined : input.unit && labels.unitNote(input.unit), xLabels: sizing });
  const axis = periodTicks(periods, labels.periodTick, frame.innerWidth);

  const marks: Plot.Markish[] = [];
  if (target !== undefined) marks.push(Plot.ruleY([target], { stroke: colors.muted, strokeWidth: 2.5, strokeDasharray: DASH }));
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
      ...(target !== undefined ? [{ key: 'target', label: growth ? `${labels.target}（%）` : labels.target }] : []),
    ],
    rows: points.map((p): Cell[] => (target !== undefined ? [p.period, p.value, target] : [p.period, p.value])),
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
