// Horizontal bars with the category names on the left (wrapped, cut with an ellipsis, the
// full name kept in a <title>), the value written at the end of each bar, and optional
// dashed reference rules (time progress, a target) labelled above the plot. Used by every
// bar-shaped builder.

import * as Plot from '@observablehq/plot';
import { categoryLayout, GAP, hatchPatternMark, legendHeight, legendMark, LINE, noteMark, widest, type LegendItem } from './layout.ts';
import { colors, DASH, LINE_HEIGHT, WIDTH } from './theme.ts';

export type BarStyle = 'accent' | 'context' | 'highlight';

export interface HBar {
  name: string;
  value: number | null;
  /** Written at the end of the bar (a dash when the value is missing). */
  valueText: string;
  style: BarStyle;
  /** Bold name and value: the portal's own region. */
  bold?: boolean;
}

export interface HRule {
  value: number;
  /** Written above the plot, centred on the rule. */
  label: string;
}

export interface HBarsSpec {
  bars: readonly HBar[];
  /** Values the axis must include besides the data (e.g. 100 for a percentage). */
  include?: readonly number[];
  rules?: readonly HRule[];
  legend?: readonly LegendItem[];
  /** A note such as the unit, top left. */
  note?: string;
  /** Written across an empty chart. */
  emptyText: string;
  /** Id of the hatch pattern; required when a bar has style 'highlight'. */
  patternId?: string;
}

interface Row extends HBar {
  key: string;
  text: string;
  full: string | undefined;
}

const MARGIN_BOTTOM = 12;

/** Plot options for a horizontal bar chart. */
export function horizontalBars(spec: HBarsSpec): Plot.PlotOptions {
  const layout = categoryLayout(spec.bars.map((b) => b.name));
  const rows: Row[] = spec.bars.map((b, i) => ({ ...b, ...(layout.rows[i] as { key: string; text: string; full: string | undefined }) }));
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const ruleValues = (spec.rules ?? []).map((r) => r.value);
  const lo = Math.min(0, ...values, ...(spec.include ?? []), ...ruleValues);
  const hi = Math.max(0, ...values, ...(spec.include ?? []), ...ruleValues);
  const domain: [number, number] = lo === hi ? [0, 1] : [lo, hi];

  // Values are written right of the bar end — right of zero for negative bars, so that a
  // value never runs into the category names; reserve room for them inside the frame.
  const insetRight = widest(rows.map((r) => r.valueText)) * 1.06 + GAP;

  const marginLeft = rows.length ? layout.marginLeft : 8;
  const marginRight = 8;
  const legendH = spec.legend?.length ? legendHeight(spec.legend) : 0;
  const noteH = spec.note ? LINE + 4 : 0;
  const rulesH = spec.rules?.length ? LINE + 8 : 0;
  const marginTop = legendH + noteH + rulesH + 8;
  const bodyHeight = Math.max(rows.length, 1) * layout.step;
  const height = Math.round(marginTop + bodyHeight + MARGIN_BOTTOM);

  // Pixel position of a value, to place rule labels without overflowing the edges.
  const x0 = marginLeft;
  const x1 = WIDTH - marginRight - insetRight;
  const px = (v: number) => x0 + ((v - domain[0]) / (domain[1] - domain[0])) * (x1 - x0);

  const marks: Plot.Markish[] = [];
  if (spec.patternId) marks.push(hatchPatternMark(spec.patternId));
  if (spec.legend?.length) marks.push(legendMark(spec.legend, spec.patternId ?? '', 0, 4));
  if (spec.note) marks.push(noteMark(spec.note, 0, legendH + 4 + LINE / 2));

  if (rows.length === 0) {
    marks.push(noteMark(spec.emptyText, WIDTH / 2, marginTop + bodyHeight / 2, 'middle'));
    return { width: WIDTH, height, marginTop, marginLeft, marginRight, marginBottom: MARGIN_BOTTOM, x: { domain, axis: null }, y: { axis: null }, marks };
  }

  const styled = (style: BarStyle) => rows.filter((r) => r.style === style && r.value !== null);
  marks.push(
    Plot.barX(styled('context'), { y: 'key', x: 'value', fill: colors.context }),
    Plot.barX(styled('accent'), { y: 'key', x: 'value', fill: colors.accent }),
    Plot.barX(styled('highlight'), { y: 'key', x: 'value', fill: `url(#${spec.patternId ?? ''})`, stroke: colors.accent, strokeWidth: 2 }),
    Plot.ruleX([0], { stroke: colors.ink, strokeWidth: 1.5 }),
  );
  for (const rule of spec.rules ?? []) {
    marks.push(Plot.ruleX([rule.value], { stroke: colors.ink, strokeWidth: 2, strokeDasharray: DASH }));
    const x = px(rule.value);
    const w = widest([rule.label]);
    const anchor = x + w / 2 > WIDTH ? 'end' : x - w / 2 < 0 ? 'start' : 'middle';
    marks.push(noteMark(rule.label, x, marginTop - 4 - LINE / 2, anchor, colors.ink));
  }
  const names = (bold: boolean) => rows.filter((r) => !!r.bold === bold);
  const nameOptions = { y: 'key', text: 'text', title: 'full', frameAnchor: 'left', textAnchor: 'end', dx: -GAP, lineHeight: LINE_HEIGHT, fill: colors.ink } as const;
  marks.push(Plot.text(names(false), nameOptions), Plot.text(names(true), { ...nameOptions, fontWeight: 'bold' }));
  // A white halo keeps values legible where a dashed rule crosses them.
  const valueOptions = {
    y: 'key',
    x: (r: Row) => Math.max(0, r.value ?? 0),
    text: 'valueText',
    textAnchor: 'start',
    dx: GAP,
    fill: colors.ink,
    stroke: colors.background,
    strokeWidth: 6,
    paintOrder: 'stroke',
  } as const;
  marks.push(Plot.text(names(false), valueOptions), Plot.text(names(true), { ...valueOptions, fontWeight: 'bold' }));

  return {
    width: WIDTH,
    height,
    marginTop,
    marginLeft,
    marginRight,
    marginBottom: MARGIN_BOTTOM,
    x: { domain, axis: null, insetRight },
    y: { type: 'band', domain: rows.map((r) => r.key), axis: null, paddingInner: 0.4, paddingOuter: 0.2 },
    marks,
  };
}
