// A unit's or township's monthly rank, rank 1 at the top, each point labelled with its rank.

import * as Plot from '@observablehq/plot';
import type { YearMonth } from '../types.ts';
import { byText, known, makeChart } from './chart.ts';
import type { ChartLabels } from './labels.ts';
import { halo, niceScale, noteMark } from './layout.ts';
import type { RenderOptions } from './render.ts';
import { colors } from './theme.ts';
import { monthRange, periodTicks, timeFrame, timePlot } from './timeframe.ts';
import type { Chart, Cell } from './types.ts';

export interface RankHistoryInput {
  id: string;
  title: string;
  /** Who is ranked, for the sentence. */
  subject: string;
  months: readonly { period: YearMonth; rank: number | null | undefined; of?: number | null | undefined }[];
}

/** Integer ticks from 1 to n, thinned to a nice step (1, 2, 5, 10 …) but always with 1. */
function rankTicks(n: number): { domain: [number, number]; ticks: number[] } {
  if (n <= 1) return { domain: [1, 2], ticks: [1, 2] };
  // Up to a dozen places fit every one: 1, 2, 4, 6 would hide odd ranks.
  if (n <= 12) return { domain: [1, n], ticks: Array.from({ length: n }, (_, i) => i + 1) };
  const nice = niceScale(0, n, 4);
  const step = Math.max(1, (nice.ticks[1] ?? 1) - (nice.ticks[0] ?? 0));
  const ticks = [1, ...nice.ticks.filter((t) => t > 1 && t <= n && Number.isInteger(t))];
  if (step === 1) return { domain: [1, n], ticks };
  return { domain: [1, Math.max(n, ticks.at(-1) ?? n)], ticks };
}

export function rankHistory(input: RankHistoryInput, labels: ChartLabels, options?: RenderOptions): Chart {
  const byPeriod = new Map<string, { period: string; rank: number | null; of: number | null }>();
  for (const m of input.months) byPeriod.set(m.period, { period: m.period, rank: known(m.rank) ?? null, of: known(m.of) ?? null });
  const points = [...byPeriod.values()].sort((a, b) => byText(a.period, b.period));
  const periods = monthRange(points.map((p) => p.period));
  const ranked = points.filter((p): p is { period: string; rank: number; of: number | null } => p.rank !== null);
  const [last, before] = [ranked.at(-1), ranked.at(-2)];
  const ranks = ranked.map((p) => p.rank);
  const description = labels.describeRank({
    subject: input.subject,
    last: last && { period: last.period, rank: last.rank, of: last.of ?? undefined },
    change: last && before ? before.rank - last.rank : undefined,
    best: ranks.length ? Math.min(...ranks) : undefined,
    worst: ranks.length ? Math.max(...ranks) : undefined,
  });

  const n = Math.max(1, ...ranks, ...points.map((p) => p.of ?? 0));
  const y = rankTicks(n);
  const sizing = [periods[0], periods.at(-1)].flatMap((p) => (p ? [labels.periodTick(p, true)] : []));
  const frame = timeFrame({ y, yFormat: (v) => String(v), xLabels: sizing, note: labels.rank });
  const axis = periodTicks(periods, labels.periodTick, frame.innerWidth);
  const marks: Plot.Markish[] = [];
  if (ranked.length) {
    marks.push(
      Plot.line(points, { x: 'period', y: (p: { rank: number | null }) => p.rank ?? NaN, stroke: colors.accent, strokeWidth: 3 }),
      Plot.dot(ranked, { x: 'period', y: 'rank', r: 5, fill: colors.accent }),
      // Label every point when they fit, else only the latest.
      Plot.text(ranked.length <= 12 ? ranked : ranked.slice(-1), { x: 'period', y: 'rank', text: (p: { rank: number }) => String(p.rank), dy: -20, ...halo }),
    );
  } else {
    marks.push(noteMark(labels.noData, frame.marginLeft + frame.innerWidth / 2, frame.marginTop + (frame.height - frame.marginTop - frame.marginBottom) / 2, 'middle'));
  }
  const table = {
    columns: [
      { key: 'period', label: labels.period },
      { key: 'rank', label: labels.rank },
      { key: 'of', label: labels.rankOf },
    ],
    rows: points.map((p): Cell[] => [p.period, p.rank, p.of]),
  };
  return makeChart(
    { id: input.id, title: input.title, description },
    timePlot(frame, {
      xTicks: axis.ticks,
      xFormat: axis.format,
      x: { type: 'point', domain: periods, axis: null, padding: 0.5 },
      y: { type: 'linear', domain: y.domain, reverse: true, axis: null },
      marks,
    }),
    table,
    options,
  );
}
