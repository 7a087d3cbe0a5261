// Programs, units or townships side by side: completion rate as bars, best first, with a
// dashed rule at time progress. A group is behind when its bar stops short of the rule.

import { lagPct, makeChart, ratePct } from './chart.ts';
import { formatPercent, round } from './format.ts';
import { horizontalBars } from './hbars.ts';
import type { ChartLabels, GroupFacts } from './labels.ts';
import type { RenderOptions } from './render.ts';
import type { Chart, Cell } from './types.ts';

export interface GroupComparisonInput {
  id: string;
  title: string;
  /** What the bars are (the description names them); projects when not given. */
  kind?: GroupFacts['kind'];
  /** Share of the year elapsed, 0–1. */
  timeProgress: number;
  /** Sums per group, in the office's order; the rate is computed here as completed ÷ plan (never an average of rates). */
  groups: readonly { name: string; yearPlan: number | null | undefined; completed: number | null | undefined }[];
}

export function groupComparison(input: GroupComparisonInput, labels: ChartLabels, options?: RenderOptions): Chart {
  const tp = round(input.timeProgress * 100, 1);
  const groups = input.groups
    .map((g) => ({ ...g, rate: ratePct(g.completed, g.yearPlan) }))
    // Highest rate (as printed) first; groups without a rate last; ties keep the order given
    // (the office's order of its units, metrics/group-order.ts), as the ranking table does.
    .sort((a, b) => (a.rate === null ? (b.rate === null ? 0 : 1) : b.rate === null ? -1 : b.rate - a.rate));
  const rated = groups.filter((g): g is typeof g & { rate: number } => g.rate !== null);
  const [best, worst] = [rated[0], rated.at(-1)];
  const description = labels.describeGroups({
    count: rated.length,
    best: best && { name: best.name, rate: best.rate },
    worst: worst && { name: worst.name, rate: worst.rate },
    behind: rated.filter((g) => g.rate < tp).length,
    timeProgress: tp,
    kind: input.kind,
  });
  const plot = horizontalBars({
    bars: groups.map((g) => ({ name: g.name, value: g.rate, valueText: g.rate === null ? labels.noValue : formatPercent(g.rate), style: 'accent' as const })),
    include: [100],
    rules: [{ value: tp, label: `${labels.timeProgress} ${formatPercent(tp)}` }],
    emptyText: labels.noData,
  });
  const table = {
    columns: [
      { key: 'name', label: labels.name },
      { key: 'year_plan', label: `${labels.yearPlan}（${labels.money}）` },
      { key: 'completed', label: `${labels.completed}（${labels.money}）` },
      { key: 'completion_rate', label: `${labels.completionRate}（%）` },
      { key: 'lag', label: labels.lag },
    ],
    rows: groups.map((g): Cell[] => [g.name, g.yearPlan ?? null, g.completed ?? null, g.rate, lagPct(g.completed, g.yearPlan, input.timeProgress * 100)]),
  };
  return makeChart({ id: input.id, title: input.title, description }, plot, table, options);
}
