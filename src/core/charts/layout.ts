// Layout helpers shared by the chart builders: nice ticks, margins measured from label
// widths, wrapped category labels, and a legend drawn inside the SVG (so that series are
// told apart by line style and shape, with words, never by colour alone).

import type * as Plot from '@observablehq/plot';
import { SVG_NS } from './dom.ts';
import { fitLabel, textWidth } from './text.ts';
import { colors, DASH, FONT_SIZE, LINE_HEIGHT, WIDTH } from './theme.ts';

/** Gap between a label and what it labels. */
export const GAP = 10;
/** One line of text, in viewBox units. */
export const LINE = FONT_SIZE * LINE_HEIGHT;

/** Bold ink text with a white halo, for a value written on top of lines and grid. */
export const halo = {
  fill: colors.ink,
  fontWeight: 'bold',
  stroke: colors.background,
  strokeWidth: 6,
  paintOrder: 'stroke',
} as const;

// ---------------------------------------------------------------- ticks

/** A "nice" step (1, 2 or 5 × 10^k) giving about `count` intervals over `span`. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const err = raw / power;
  return (err >= Math.SQRT2 * 5 ? 10 : err >= Math.sqrt(10) ? 5 : err >= Math.SQRT2 ? 2 : 1) * power;
}

export interface NiceScale {
  domain: [number, number];
  ticks: number[];
}

/** Extend [min, max] to multiples of a nice step and list the ticks; always a non-empty span. */
export function niceScale(min: number, max: number, count = 4): NiceScale {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, hi] : [lo, 0];
  const step = niceStep(hi - lo, count);
  const k0 = Math.floor(lo / step + 1e-9);
  const k1 = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let k = k0; k <= k1; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { domain: [ticks[0] ?? lo, ticks[ticks.length - 1] ?? hi], ticks };
}

/** Every k-th of `n` ordinal ticks so that labels of width `labelWidth` fit in `span`. */
export function tickEvery(n: number, labelWidth: number, span: number): number {
  for (const k of [1, 2, 3, 4, 6, 12, 24]) if ((Math.ceil(n / k) * (labelWidth + GAP)) <= span) return k;
  return Math.max(1, Math.ceil((n * (labelWidth + GAP)) / span));
}

/** Width of the widest of some labels, in viewBox units. */
export function widest(labels: readonly string[], fontSize = FONT_SIZE): number {
  return labels.reduce((w, s) => Math.max(w, ...s.split('\n').map((line) => textWidth(line, fontSize))), 0);
}

// ---------------------------------------------------------------- category rows

export interface CategoryRow {
  /** Band key (unique); names may repeat, keys may not. */
  key: string;
  /** The label as drawn, lines joined with "\n". */
  text: string;
  /** The full label when `text` was cut, for a <title>; undefined otherwise. */
  full: string | undefined;
}

export interface CategoryLayout {
  rows: CategoryRow[];
  /** Left margin that holds the widest drawn label plus a gap. */
  marginLeft: number;
  /** Height of one band, enough for the tallest label. */
  step: number;
  /** Lines in the tallest label. */
  lines: number;
}

/**
 * Fit category labels for a horizontal bar chart into at most `share` of the width and two
 * lines, cutting with an ellipsis beyond that; the margin is measured from what is drawn.
 */
export function categoryLayout(names: readonly string[], share = 0.42, maxLines = 2): CategoryLayout {
  const budget = Math.floor(WIDTH * share) - GAP;
  let lines = 1;
  let widestLine = 0;
  const rows = names.map((name, i) => {
    const fitted = fitLabel(name, budget, FONT_SIZE, maxLines);
    lines = Math.max(lines, fitted.lines.length);
    widestLine = Math.max(widestLine, widest(fitted.lines));
    return { key: String(i), text: fitted.lines.join('\n'), full: fitted.truncated ? name : undefined };
  });
  // 6% slack: a bold (highlighted) label is a little wider than the estimate.
  return { rows, marginLeft: Math.ceil(widestLine * 1.06 + GAP + 4), step: Math.ceil(lines * LINE + 18), lines };
}

// ---------------------------------------------------------------- legend and notes

export type LegendSymbol = 'line' | 'dashed' | 'bar' | 'context-bar' | 'hatch';

export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
}

const SWATCH = 34;

/** Height a legend needs for the given items in the full width (items wrap into rows). */
export function legendHeight(items: readonly LegendItem[], x0 = 0): number {
  return legendRows(items, x0).length * (LINE + 6);
}

function legendRows(items: readonly LegendItem[], x0: number): { item: LegendItem; x: number }[][] {
  const rows: { item: LegendItem; x: number }[][] = [[]];
  let x = x0;
  for (const item of items) {
    const w = SWATCH + 8 + textWidth(item.label, FONT_SIZE);
    if (x + w > WIDTH && x > x0) {
      rows.push([]);
      x = x0;
    }
    rows[rows.length - 1]?.push({ item, x });
    x += w + 24;
  }
  return rows;
}

type Attrs = Record<string, string | number>;

function el(doc: Document, name: string, attrs: Attrs, text?: string): SVGElement {
  const e = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A legend drawn in the top margin, starting at (x0, y0). */
export function legendMark(items: readonly LegendItem[], patternId: string, x0 = 0, y0 = 0): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const g = el(doc, 'g', { 'aria-hidden': 'true', 'text-anchor': 'start' });
    legendRows(items, x0).forEach((row, r) => {
      const cy = y0 + r * (LINE + 6) + LINE / 2;
      for (const { item, x } of row) {
        g.appendChild(swatch(doc, item.symbol, x, cy, patternId));
        g.appendChild(el(doc, 'text', { x: x + SWATCH + 8, y: cy, dy: '0.35em' }, item.label));
      }
    });
    return g;
  };
}

function swatch(doc: Document, symbol: LegendSymbol, x: number, cy: number, patternId: string): SVGElement {
  switch (symbol) {
    case 'line': {
      const g = el(doc, 'g', {});
      g.appendChild(el(doc, 'line', { x1: x, x2: x + SWATCH, y1: cy, y2: cy, stroke: colors.accent, 'stroke-width': 3 }));
      g.appendChild(el(doc, 'circle', { cx: x + SWATCH / 2, cy, r: 5, fill: colors.accent }));
      return g;
    }
    case 'dashed':
      return el(doc, 'line', { x1: x, x2: x + SWATCH, y1: cy, y2: cy, stroke: colors.muted, 'stroke-width': 2.5, 'stroke-dasharray': DASH });
    case 'bar':
      return el(doc, 'rect', { x, y: cy - 9, width: SWATCH, height: 18, fill: colors.accent });
    case 'context-bar':
      return el(doc, 'rect', { x, y: cy - 9, width: SWATCH, height: 18, fill: colors.context });
    case 'hatch':
      return el(doc, 'rect', { x, y: cy - 9, width: SWATCH, height: 18, fill: `url(#${patternId})`, stroke: colors.accent, 'stroke-width': 2 });
  }
}

/** Diagonal accent stripes: marks the portal's own region in greyscale and for colour-blind readers. */
export function hatchPatternMark(patternId: string): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const defs = el(doc, 'defs', {});
    const pattern = el(doc, 'pattern', { id: patternId, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.appendChild(el(doc, 'rect', { width: 8, height: 8, fill: colors.accentSoft }));
    pattern.appendChild(el(doc, 'rect', { width: 4, height: 8, fill: colors.accent }));
    defs.appendChild(pattern);
    return defs;
  };
}

/** A short note (such as the unit of the y axis) at a fixed place in the margin. */
export function noteMark(text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end' = 'start', fill: string = colors.muted): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) =>
    el(context.document, 'text', { x, y, dy: '0.35em', 'text-anchor': anchor, fill }, text);
}
