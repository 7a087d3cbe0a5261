// The frame of the line charts (progress by month, indicator series, rank history): a value
// axis on the left with light grid lines, a legend and a unit note in the top margin, and
// a time axis at the bottom whose labels are thinned until they fit.

import * as Plot from '@observablehq/plot';
import { GAP, legendHeight, legendMark, LINE, noteMark, tickEvery, widest, type LegendItem, type NiceScale } from './layout.ts';
import { colors, WIDTH } from './theme.ts';

export const PLOT_HEIGHT = 280;

export interface TimeFrameSpec {
  y: NiceScale;
  yFormat: (v: number) => string;
  /** Rank 1 at the top. */
  reverseY?: boolean;
  legend?: readonly LegendItem[];
  note?: string;
  /** All tick labels the x axis might show, to size the margins. */
  xLabels: readonly string[];
}

export interface TimeFrame {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  /** The legend and the note (our own render functions, so usable without Plot too). */
  ornaments: Plot.RenderFunction[];
  y: NiceScale;
  yFormat: (v: number) => string;
  /** Inner width of the plot, for thinning x ticks. */
  innerWidth: number;
}

export function timeFrame(spec: TimeFrameSpec): TimeFrame {
  const yLabels = spec.y.ticks.map(spec.yFormat);
  const marginLeft = Math.ceil(widest(yLabels) + GAP + 6);
  const lastX = spec.xLabels[spec.xLabels.length - 1] ?? '';
  const marginRight = Math.ceil(Math.max(16, widest([lastX]) / 2 + 6));
  const legendH = spec.legend?.length ? legendHeight(spec.legend) : 0;
  const noteH = spec.note ? LINE + 4 : 0;
  // Leave half a line above the top tick label.
  const marginTop = Math.ceil(legendH + noteH + LINE / 2 + 8);
  const xLines = Math.max(1, ...spec.xLabels.map((s) => s.split('\n').length));
  const marginBottom = Math.ceil(xLines * LINE + 14);
  const ornaments: Plot.RenderFunction[] = [];
  if (spec.legend?.length) ornaments.push(legendMark(spec.legend, '', 0, 4));
  if (spec.note) ornaments.push(noteMark(spec.note, 0, legendH + 4 + LINE / 2));
  return {
    width: WIDTH,
    height: marginTop + PLOT_HEIGHT + marginBottom,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    ornaments,
    y: spec.y,
    yFormat: spec.yFormat,
    innerWidth: WIDTH - marginLeft - marginRight,
  };
}

export interface TimePlotSpec<T> {
  /** Ticks of the time axis, already thinned to fit, and their labels. */
  xTicks: readonly T[];
  xFormat: (tick: T) => string;
  /** A solid rule at zero, for values read against it (not for ranks). */
  baseline?: boolean;
  x: Plot.ScaleOptions;
  y: Plot.ScaleOptions;
  /** The chart's own marks, drawn over the frame, the time axis and the baseline. */
  marks: readonly Plot.Markish[];
}

/** The plot options of a line chart in a time frame, for makeChart. */
export function timePlot<T>(frame: TimeFrame, spec: TimePlotSpec<T>): Plot.PlotOptions {
  return {
    width: frame.width,
    height: frame.height,
    marginTop: frame.marginTop,
    marginRight: frame.marginRight,
    marginBottom: frame.marginBottom,
    marginLeft: frame.marginLeft,
    x: spec.x,
    y: spec.y,
    marks: [
      ...frame.ornaments,
      Plot.gridY(frame.y.ticks, { stroke: colors.grid, strokeOpacity: 1 }),
      Plot.axisY(frame.y.ticks, { tickFormat: frame.yFormat, tickSize: 0, tickPadding: GAP, fill: colors.muted, label: null }),
      Plot.axisX(spec.xTicks, { tickFormat: spec.xFormat, tickSize: 6, fill: colors.muted, stroke: colors.muted, label: null }),
      ...(spec.baseline ? [Plot.ruleY([0], { stroke: colors.ink, strokeWidth: 1.5 })] : []),
      ...spec.marks,
    ],
  };
}

/**
 * Ticks for a time axis of periods (YYYY-MM, sorted): every k-th period so that labels fit,
 * the year written under the first tick and wherever the year changes.
 */
export function periodTicks(
  periods: readonly string[],
  tick: (period: string, withYear: boolean) => string,
  innerWidth: number,
): { ticks: string[]; format: (period: string) => string; labels: string[] } {
  const all = periods.map((p, i) => tick(p, i === 0));
  const width = Math.max(0, ...all.map((s) => widest([s])));
  const every = tickEvery(periods.length, width, innerWidth);
  // Count back from the last period so the latest one is always labelled.
  const ticks = periods.filter((_, i) => (periods.length - 1 - i) % every === 0);
  const text = new Map<string, string>();
  ticks.forEach((p, i) => text.set(p, tick(p, i === 0 || p.slice(0, 4) !== ticks[i - 1]?.slice(0, 4))));
  return { ticks, format: (p) => text.get(p) ?? '', labels: ticks.map((p) => text.get(p) ?? '') };
}

/**
 * Every month from the first to the last period given (YYYY-MM), so that the time axis is
 * linear even where months were not reported (January, typically, is published with
 * February as 1–2月).
 */
export function monthRange(periods: readonly string[]): string[] {
  const sorted = [...periods].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return [];
  const index = (p: string) => {
    const [y = 0, m = 1] = p.split('-').map(Number);
    return y * 12 + (m - 1);
  };
  const out: string[] = [];
  for (let i = index(first); i <= index(last) && out.length < 1200; i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}
