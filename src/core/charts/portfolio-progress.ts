// The portfolio (or one program, unit or township) at a glance: the year plan and what has
// been completed as a pair of bars, with a dashed rule where completion should be by now.

import type { YearMonth } from '../types.ts';
import { known, lagPct, makeChart, ratePct } from './chart.ts';
import { formatNumber, formatPercent, round } from './format.ts';
import { horizontalBars } from './hbars.ts';
import type { ChartLabels } from './labels.ts';
import type { RenderOptions } from './render.ts';
import type { Chart } from './types.ts';

export interface PortfolioProgressInput {
  id: string;
  title: string;
  /** Month the figures are as of. */
  asOf: YearMonth;
  /** Sum of the year plans, in the site's money unit. */
  yearPlan: number | null | undefined;
  /** Sum completed this year to the end of `asOf`. */
  completed: number | null | undefined;
  /** Share of the year elapsed, 0–1 (N/12 at the end of month N, or by days). */
  timeProgress: number;
  /** Who the sentence is about, e.g. "全县重点项目"; optional. */
  subject?: string;
}

export function portfolioProgress(input: PortfolioProgressInput, labels: ChartLabels, options?: RenderOptions): Chart {
  const plan = known(input.yearPlan);
  const done = known(input.completed);
  const rate = ratePct(done, plan);
  const tp = round(input.timeProgress * 100, 1);
  const description = labels.describeProgress(
    { asOf: input.asOf, completed: done, yearPlan: plan, rate: known(rate), timeProgress: tp, lag: known(lagPct(done, plan, input.timeProgress * 100)) },
    input.subject,
  );
  const money = (v: number | undefined) => (v === undefined ? labels.noValue : formatNumber(v, 1));
  const plot = horizontalBars({
    bars: [
      { name: labels.yearPlan, value: plan ?? null, valueText: money(plan), style: 'context' },
      { name: labels.completed, value: done ?? null, valueText: rate === null ? money(done) : `${money(done)}（${formatPercent(rate)}）`, style: 'accent' },
    ],
    rules: plan === undefined ? [] : [{ value: plan * input.timeProgress, label: `${labels.timeProgress} ${formatPercent(tp)}` }],
    note: labels.unitNote(labels.money),
    emptyText: labels.noData,
  });
  const table = {
    columns: [
      { key: 'period', label: labels.period },
      { key: 'year_plan', label: `${labels.yearPlan}（${labels.money}）` },
      { key: 'completed', label: `${labels.completed}（${labels.money}）` },
      { key: 'completion_rate', label: `${labels.completionRate}（%）` },
      { key: 'time_progress', label: `${labels.timeProgress}（%）` },
      { key: 'lag', label: labels.lag },
    ],
    rows: [[input.asOf, plan ?? null, done ?? null, rate, tp, lagPct(done, plan, input.timeProgress * 100)]],
  };
  return makeChart({ id: input.id, title: input.title, description }, plot, table, options);
}
