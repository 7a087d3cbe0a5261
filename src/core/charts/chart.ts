// Assemble a Chart from its parts: the SVG, the words and the numbers.

import type * as Plot from '@observablehq/plot';
import { tableToCsv } from './csv.ts';
import { lagPoints, percentOf } from '../metrics/progress.ts';
import { publishedPct } from '../rounding.ts';
import { renderDrawn, renderPlot, type DocumentLike, type RenderMeta, type RenderOptions } from './render.ts';
import type { Chart, ChartTable } from './types.ts';

export function makeChart(meta: RenderMeta, plot: Plot.PlotOptions, table: ChartTable, options?: RenderOptions): Chart {
  return {
    id: meta.id,
    title: meta.title,
    description: meta.description,
    svg: renderPlot(plot, meta, options),
    table,
    csv: tableToCsv(table),
  };
}

/** makeChart for a chart whose <svg> `draw` builds directly (see renderDrawn). */
export function makeDrawnChart(meta: RenderMeta, draw: (document: DocumentLike) => unknown, table: ChartTable, options?: RenderOptions): Chart {
  return {
    id: meta.id,
    title: meta.title,
    description: meta.description,
    svg: renderDrawn(draw, meta, options),
    table,
    csv: tableToCsv(table),
  };
}

/**
 * Percent with one decimal, as the pages print it (metrics/progress.ts percentOf, rounding.ts),
 * or null when the denominator is missing or zero or the quotient overflows.
 */
export function ratePct(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part == null || whole == null || whole === 0 || !Number.isFinite(part) || !Number.isFinite(whole)) return null;
  const pct = percentOf(part, whole);
  return pct === undefined ? null : publishedPct(pct);
}

/** Completion rate minus time progress, in points, as the pages print it (metrics/progress.ts lagPoints). */
export function lagPct(part: number | null | undefined, whole: number | null | undefined, timeProgressPct: number): number | null {
  if (part == null || whole == null || whole === 0 || !Number.isFinite(part) || !Number.isFinite(whole)) return null;
  return lagPoints(percentOf(part, whole), timeProgressPct) ?? null;
}

/** null and undefined (and NaN) as undefined, for description facts. */
export const known = (v: number | null | undefined): number | undefined => (v == null || Number.isNaN(v) ? undefined : v);

/** Code-unit order, independent of the machine's collation data (compareText, under the name the charts use). */
export { compareText as byText } from '../report.ts';
