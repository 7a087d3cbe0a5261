// The portal's region among its peers for one period: growth (or value) as bars, highest
// first. The own region is marked three ways — hatched bar, bold name, bold value — so it
// stands out without relying on colour.

import type { YearMonth } from '../types.ts';
import { byText, known, makeChart } from './chart.ts';
import { formatNumber, formatPercent } from './format.ts';
import { horizontalBars } from './hbars.ts';
import type { ChartLabels } from './labels.ts';
import { idPrefix, type RenderOptions } from './render.ts';
import type { Chart, Cell } from './types.ts';

export interface PeerComparisonInput {
  id: string;
  title: string;
  period: YearMonth;
  measure: 'growth' | 'value';
  unit?: string;
  regions: readonly { region: string; value: number | null | undefined }[];
  /** The portal's own region, as written in `regions`. */
  highlight: string;
  /** Whether a higher or a lower figure is better (e.g. the unemployment rate); higher by default. */
  direction?: 'higher' | 'lower';
  /** Target growth or value for the own region, drawn as a dashed rule. */
  target?: number | null;
  /** A figure at the month's end (余额), said "10月末" rather than "1-10月". */
  stock?: boolean;
}

export function peerComparison(input: PeerComparisonInput, labels: ChartLabels, options?: RenderOptions): Chart {
  const growth = input.measure === 'growth';
  // Best first: highest, or lowest where lower is better.
  const sign = input.direction === 'lower' ? -1 : 1;
  const rows = input.regions
    .map((r) => ({ region: r.region, value: known(r.value) ?? null }))
    .sort((a, b) => (a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : sign * (b.value - a.value)) || byText(a.region, b.region));
  // Rank among regions with a value; equal values share a rank (1, 2, 2, 4).
  const ranked = rows.map((r) => ({ ...r, rank: r.value === null ? null : rows.filter((o) => o.value !== null && sign * (o.value - r.value!) > 0).length + 1 }));
  const own = ranked.find((r) => r.region === input.highlight);
  const withValue = ranked.filter((r) => r.value !== null);
  const best = withValue[0];
  const target = known(input.target);
  const fmt = (v: number | null) => (v === null ? labels.noValue : growth || input.unit === '%' ? formatPercent(v) : formatNumber(v, 1));

  const description = labels.describePeers({
    period: input.period,
    measure: input.measure,
    unit: input.unit,
    region: input.highlight,
    value: known(own?.value),
    rank: known(own?.rank),
    of: withValue.length,
    best: best && best.value !== null ? { region: best.region, value: best.value } : undefined,
    lowerIsBetter: input.direction === 'lower',
    stock: input.stock,
  });
  const patternId = `${idPrefix(input.id)}-hatch`;
  const plot = horizontalBars({
    bars: ranked.map((r) => {
      const mine = r.region === input.highlight;
      return { name: r.region, value: r.value, valueText: fmt(r.value), style: mine ? ('highlight' as const) : ('context' as const), bold: mine };
    }),
    rules: target === undefined ? [] : [{ value: target, label: `${labels.target} ${fmt(target)}` }],
    legend: own ? [{ symbol: 'hatch', label: input.highlight }, { symbol: 'context-bar', label: labels.peers }] : undefined,
    note: !growth && input.unit ? labels.unitNote(input.unit) : undefined,
    emptyText: labels.noData,
    patternId,
  });
  const table = {
    columns: [
      { key: 'rank', label: labels.rank },
      { key: 'region', label: labels.region },
      { key: growth ? 'growth' : 'value', label: growth ? `${labels.growth}（%）` : input.unit ? `${labels.value}（${input.unit}）` : labels.value },
    ],
    rows: ranked.map((r): Cell[] => [r.rank, r.region, r.value]),
  };
  return makeChart({ id: input.id, title: input.title, description }, plot, table, options);
}
