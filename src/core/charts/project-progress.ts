// A project's cumulative completed investment by month, against the year plan spread evenly
// over the months (yearPlan × N/12): is the money going out as fast as the calendar?

import * as Plot from '@observablehq/plot';
import type { TimeProgressMethod, YearMonth } from '../types.ts';
import { timeProgressPct } from '../metrics/progress.ts';
import { yearMonth } from '../metrics/calendar.ts';
import { known, lagPct, makeChart, makeDrawnChart, ratePct } from './chart.ts';
import { SVG_NS } from './dom.ts';
import { formatNumber, round } from './format.ts';
import type { ChartLabels } from './labels.ts';
import { GAP, halo, niceScale, noteMark, tickEvery, widest } from './layout.ts';
import { CHART_CLASS, geometryNumber, roundGeometry, type DocumentLike, type RenderOptions } from './render.ts';
import { colors, DASH, FONT_FAMILY, FONT_SIZE } from './theme.ts';
import { timeFrame, timePlot, type TimeFrame } from './timeframe.ts';
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
  const elapsedPct = (month: number) => (byDays ? timeProgressPct(yearMonth(input.year, month), 'days') : (month / 12) * 100);
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

  const picture: Picture = {
    frame,
    xTicks,
    monthTick: labels.monthTick,
    planLine: plan === undefined ? undefined : byDays ? [[0, 0], ...Array.from({ length: 12 }, (_, i): [number, number] => [i + 1, proRata(plan, i + 1)])] : [[0, 0], [12, plan]],
    series: [{ month: 0, completed: 0 }, ...points],
    withValue,
    last,
    noData: labels.noData,
  };
  const meta = { id: input.id, title: input.title, description };
  return options?.withPlot ? makeChart(meta, picturePlot(picture), table, options) : makeDrawnChart(meta, (document) => drawPicture(document, picture, meta.title), table, options);
}

/** What the chart draws, worked out once for both ways of drawing it. */
interface Picture {
  frame: TimeFrame;
  xTicks: number[];
  monthTick: (m: number) => string;
  /** [month, pro-rata plan]: straight when counted in months, bending with the months' lengths in days. */
  planLine: [number, number][] | undefined;
  /** From [0, 0]; null where a month has no figure (a gap in the line). */
  series: { month: number; completed: number | null }[];
  withValue: (Point & { completed: number })[];
  last: (Point & { completed: number }) | undefined;
  noData: string;
}

const lastLabel = (p: Point & { completed: number }) => formatNumber(p.completed, 1);
const lastAnchor = (p: Point) => (p.month >= 10 ? 'end' : 'middle');

/** The chart as Plot marks: the reference drawing, which drawPicture reproduces element for element (test/charts/project-progress-parity.test.ts). */
function picturePlot(picture: Picture): Plot.PlotOptions {
  const { frame, withValue, last } = picture;
  const marks: Plot.Markish[] = [];
  if (picture.planLine) marks.push(Plot.line(picture.planLine, { stroke: colors.muted, strokeWidth: 2.5, strokeDasharray: DASH }));
  if (withValue.length) {
    marks.push(
      Plot.line(picture.series, { x: 'month', y: (p: { completed: number | null }) => p.completed ?? NaN, stroke: colors.accent, strokeWidth: 3 }),
      Plot.dot(withValue, { x: 'month', y: 'completed', r: 5, fill: colors.accent }),
    );
    if (last) marks.push(Plot.text([last], { x: 'month', y: 'completed', text: lastLabel, dy: -20, textAnchor: lastAnchor(last), ...halo }));
  } else {
    marks.push(noteMark(picture.noData, ...noDataAt(frame)));
  }
  return timePlot(frame, {
    xTicks: picture.xTicks,
    xFormat: picture.monthTick,
    baseline: true,
    x: { type: 'linear', domain: [0, 12], axis: null },
    y: { type: 'linear', domain: frame.y.domain, axis: null },
    marks,
  });
}

function noDataAt(frame: TimeFrame): [number, number, 'middle'] {
  return [frame.marginLeft + frame.innerWidth / 2, frame.marginTop + (frame.height - frame.marginTop - frame.marginBottom) / 2, 'middle'];
}

/**
 * The same chart drawn straight into the document, without Plot's scales and marks: a
 * project page's chart is drawn 4,000 times at 10,000 projects, and Plot took about a
 * millisecond and 200 KB of short-lived objects for each. Elements, attributes and their
 * order are Plot's (d3's linear scale and line path included), so the markup is identical.
 */
function drawPicture(document: DocumentLike, picture: Picture, title: string): unknown {
  const { frame, withValue, last } = picture;
  const { width, height, marginLeft, marginRight, marginTop, marginBottom, y } = frame;
  const doc = document as Document;
  const n = geometryNumber;
  const xOf = linearScale(0, 12, marginLeft, width - marginRight);
  const yOf = linearScale(y.domain[0], y.domain[1], height - marginBottom, marginTop);
  const x = (v: number) => n(xOf(v));
  const yy = (v: number) => n(yOf(v));
  const [left, right, bottom] = [n(marginLeft), n(width - marginRight), n(height - marginBottom)];
  const svg = element(doc, 'svg', [['class', CHART_CLASS], ['fill', 'currentColor'], ['font-family', FONT_FAMILY], ['font-size', FONT_SIZE], ['text-anchor', 'middle'], ['width', width], ['height', height], ['viewBox', `0 0 ${width} ${height}`], ['aria-label', title]]);
  const add = (node: Element | undefined) => node && svg.appendChild(node);
  // The legend and notes are our own render functions (layout.ts), shared with the Plot drawing.
  const context = { document: doc } as Plot.Context;
  const ornament = (mark: Plot.RenderFunction) => {
    const node = mark(undefined as never, undefined as never, undefined as never, undefined as never, context) as Element;
    roundGeometry(node as never);
    svg.appendChild(node);
  };
  frame.ornaments.forEach(ornament);
  // Like Plot, leave out what a scale cannot place (a degenerate domain gives NaN).
  const ticks = y.ticks.filter((t) => Number.isFinite(yOf(t)));
  const placed = withValue.filter((p) => Number.isFinite(yOf(p.completed)));
  add(group(doc, [['aria-hidden', 'true'], ['stroke', colors.grid]], ticks.map((t) => element(doc, 'line', [['x1', left], ['x2', right], ['y1', yy(t)], ['y2', yy(t)]]))));
  add(group(doc, [['fill', colors.muted], ['text-anchor', 'end'], ['font-variant', 'tabular-nums'], ['transform', `translate(-${GAP},0)`]], ticks.map((t) => element(doc, 'text', [['y', '0.32em'], ['transform', `translate(${left},${yy(t)})`]], frame.yFormat(t)))));
  add(group(doc, [['aria-hidden', 'true'], ['fill', 'none'], ['stroke', colors.muted]], picture.xTicks.map((t) => element(doc, 'path', [['transform', `translate(${x(t)},${bottom})`], ['d', 'M0,0L0,6']]))));
  add(group(doc, [['fill', colors.muted], ['font-variant', 'tabular-nums'], ['transform', 'translate(0,9)']], picture.xTicks.map((t) => element(doc, 'text', [['y', '0.71em'], ['transform', `translate(${x(t)},${bottom})`]], picture.monthTick(t)))));
  add(group(doc, [['stroke', colors.ink], ['stroke-width', 1.5]], [element(doc, 'line', [['x1', left], ['x2', right], ['y1', yy(0)], ['y2', yy(0)]])]));
  const lineAttrs = (stroke: string, strokeWidth: number): [string, string | number][] => [['fill', 'none'], ['stroke', stroke], ['stroke-width', strokeWidth], ['stroke-linejoin', 'round'], ['stroke-linecap', 'round']];
  if (picture.planLine) {
    const d = linePath(picture.planLine.map(([m, v]) => [xOf(m), yOf(v)]));
    add(group(doc, [...lineAttrs(colors.muted, 2.5), ['stroke-dasharray', DASH]], [element(doc, 'path', [['d', d]])]));
  }
  if (withValue.length) {
    const d = linePath(picture.series.map((p) => [xOf(p.month), p.completed === null ? NaN : yOf(p.completed)]));
    add(group(doc, lineAttrs(colors.accent, 3), [element(doc, 'path', [['d', d]])]));
    add(group(doc, [['fill', colors.accent]], placed.map((p) => element(doc, 'circle', [['cx', x(p.month)], ['cy', yy(p.completed)], ['r', 5]]))));
    if (last && placed.includes(last)) {
      const anchor: [string, string][] = lastAnchor(last) === 'end' ? [['text-anchor', 'end']] : [];
      const attrs: [string, string | number][] = [['fill', halo.fill], ['stroke', halo.stroke], ['stroke-width', halo.strokeWidth], ['stroke-linejoin', 'round'], ['paint-order', halo.paintOrder], ...anchor, ['font-weight', halo.fontWeight], ['transform', 'translate(0,-20)']];
      add(group(doc, attrs, [element(doc, 'text', [['y', '0.32em'], ['transform', `translate(${x(last.month)},${yy(last.completed)})`]], lastLabel(last))]));
    }
  } else {
    ornament(noteMark(picture.noData, ...noDataAt(frame)));
  }
  return svg;
}

/** d3's scaleLinear, as Plot uses it for positions: (v − d0) / (d1 − d0), then a·(1 − t) + b·t. */
function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return (v) => {
    const t = span ? (v - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}

/**
 * d3's line path with the linear curve: a gap wherever y is NaN, a lone point closed with Z,
 * numbers to three decimals (d3-path's default for shapes).
 */
function linePath(points: readonly [number, number][]): string {
  const r3 = (v: number) => geometryNumber(Math.round(v * 1000) / 1000);
  let d = '';
  let run = 0;
  for (const [px, py] of points) {
    if (Number.isNaN(py)) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run === 0 ? 'M' : 'L'}${r3(px)},${r3(py)}`;
    run++;
  }
  if (run === 1) d += 'Z';
  return d;
}

function element(doc: Document, name: string, attrs: readonly [string, string | number][], text?: string): Element {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of attrs) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A <g> of `children`; like Plot, nothing at all when there are none. */
function group(doc: Document, attrs: readonly [string, string | number][], children: readonly Element[]): Element | undefined {
  if (children.length === 0) return undefined;
  const g = element(doc, 'g', attrs);
  for (const c of children) g.appendChild(c);
  return g;
}
