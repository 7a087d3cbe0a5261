// A project's cumulative completed investment by month, against the year plan spread evenly
// over the months (yearPlan × N/12): is the money going out as fast as the calendar?

import * as Plot from '@observablehq/plot';
import type { TimeProgressMethod, YearMonth } from '../types.ts';
import { timeProgressPct } from '../metrics/progress.ts';
import { known, lagPct, makeChart, ratePct } from './chart.ts';
import { formatNumber, round } from './format.ts';
import type { ChartLabels } from './labels.ts';
import { halo, niceScale, noteMark, tickEvery, widest } from './layout.ts';
import type { RenderOptions } from './render.ts';
import { colors, DASH } from './theme.ts';
import { timeFrame, timePlot } from './timeframe.ts';
import type { Chart, Cell } from './types.ts';

export interface ProjectProgressInput {
  id: string;
  title: string;
  /** The calendar year shown; months of other years are ignored. */
  year: number;
  /** This year's planned investment, in the site's money unit. */
  yearPlan: number | null | undefined;
  /** Monthly snapshots (any order; a later duplicate of a month wins). */
  months: readonly { period: YearMonth; completedYtd?: number | null | undefined }[];
  /** Who the sentence is about, e.g. the project name; optional. */
  subject?: string;
  /** How time progress is counted (site.json `timeProgress`): months elapsed ÷ 12 (the default) or days ÷ days in the year. */
  timeProgress?: TimeProgressMethod;
}

interface Point {
  month: number;
  period: YearMonth;
  completed: number | null;
}

export function projectProgress(input: ProjectProgressInput, labels: ChartLabels, options?: RenderOptions): Chart {
  const plan = known(input.yearPlan);
  const byMonth = new Map<number, Point>();
  for (const m of input.months) {
    const [y, mm] = m.period.split('-').map(Number);
    if (y !== input.year || !mm || mm < 1 || mm > 12) continue;
    byMonth.set(mm, { month: mm, period: m.period, completed: known(m.completedYtd) ?? null });
  }
  const points = [...byMonth.values()].sort((a, b) => a.month - b.month);
  // The share of the year gone at the end of month m, as the project page counts it.
  const byDays = input.timeProgress === 'days';
  const elapsedPct = (month: number) => (byDays ? timeProgressPct(`${input.year}-${String(month).padStart(2, '0')}`, 'days') : (month / 12) * 100);
  const proRata = (plan: number, month: number) => (byDays ? (plan * elapsedPct(month)) / 100 : (plan * month) / 12);
  const withValue = points.filter((p): p is Point & { completed: number } => p.completed !== null);
  const last = withValue[withValue.length - 1];

  // Table and sentence.
  const table = {
    columns: [
      { key: 'period', label: labels.period },
      { key: 'completed', label: `${labels.completed}（${labels.money}）` },
      { key: 'plan_pro_rata', label: `${labels.planProRata}（${labels.money}）` },
      { key: 'completion_rate', label: `${labels.completionRate}（%）` },
      { key: 'time_progress', label: `${labels.timeProgress}（%）` },
    ],
    rows: points.map((p): Cell[] => [
      p.period,
      p.completed,
      plan === undefined ? null : round(proRata(plan, p.month), 2),
      ratePct(p.completed, plan),
      round(elapsedPct(p.month), 1),
    ]),
  };
  const rate = last ? ratePct(last.completed, plan) : null;
  const timeProgress = last ? round(elapsedPct(last.month), 1) : undefined;
  const description = labels.describeProgress(
    {
      asOf: last?.period,
      completed: last?.completed,
      yearPlan: plan,
      rate: known(rate),
      timeProgress,
      lag: last ? known(lagPct(last.completed, plan, elapsedPct(last.month))) : undefined,
    },
    input.subject,
  );

  // Picture.
  const y = niceScale(0, Math.max(plan ?? 0, ...withValue.map((p) => p.completed)), 4);
  const yFormat = (v: number) => formatNumber(v, 2);
  const monthLabels = Array.from({ length: 12 }, (_, i) => labels.monthTick(i + 1));
  const legend = [
    { symbol: 'line' as const, label: labels.completed },
    ...(plan !== undefined ? [{ symbol: 'dashed' as const, label: labels.planProRata }] : []),
  ];
  const frame = timeFrame({ y, yFormat, legend, note: labels.unitNote(labels.money), xLabels: monthLabels });
  const every = tickEvery(12, widest(monthLabels), frame.innerWidth);
  const xTicks = Array.from({ length: Math.floor(12 / every) }, (_, i) => (i + 1) * every);

  const series = [{ month: 0, completed: 0 }, ...points];
  const marks: Plot.Markish[] = [];
  if (plan !== undefined) {
    // Counted in months the plan line is straight; counted in days it bends with the months' lengths.
    const planLine = byDays ? [[0, 0], ...Array.from({ length: 12 }, (_, i) => [i + 1, proRata(plan, i + 1)])] : [[0, 0], [12, plan]];
    marks.push(Plot.line(planLine, { stroke: colors.muted, strokeWidth: 2.5, strokeDasharray: DASH }));
  }
  if (withValue.length) {
    marks.push(
      Plot.line(series, { x: 'month', y: (p: { completed: number | null }) => p.completed ?? NaN, stroke: colors.accent, strokeWidth: 3 }),
      Plot.dot(withValue, { x: 'month', y: 'completed', r: 5, fill: colors.accent }),
    );
    if (last) {
      marks.push(
        Plot.text([last], {
          x: 'month',
          y: 'completed',
          text: (p: Point & { completed: number }) => formatNumber(p.completed, 1),
          dy: -20,
          textAnchor: last.month >= 10 ? 'end' : 'middle',
          ...halo,
        }),
      );
    }
  } else {
    marks.push(noteMark(labels.noData, frame.marginLeft + frame.innerWidth / 2, frame.marginTop + (frame.height - frame.marginTop - frame.marginBottom) / 2, 'middle'));
  }

  return makeChart(
    { id: input.id, title: input.title, description },
    timePlot(frame, {
      xTicks,
      xFormat: (m: number) => labels.monthTick(m),
      baseline: true,
      x: { type: 'linear', domain: [0, 12], axis: null },
      y: { type: 'linear', domain: y.domain, axis: null },
      marks,
    }),
    table,
    options,
  );
}
