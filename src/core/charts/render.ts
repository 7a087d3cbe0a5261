// Render Observable Plot options to an SVG string at build time: Plot draws into a DOM
// (the minimal one by default), we make the result deterministic and accessible, and
// serialise it with every text node and attribute escaped. This module is one of the
// two producers of SafeHtml (see src/core/safe-html.ts).

import * as Plot from '@observablehq/plot';
import { trustedHtml, type SafeHtml } from '../safe-html.ts';
import { createMiniDocument, SVG_NS } from './dom.ts';
import { forEachAttribute, serializeNode, type DomLikeNode } from './serialize.ts';
import { FONT_FAMILY, FONT_SIZE } from './theme.ts';

/** What the renderer needs from a DOM: the minimal DOM, jsdom and linkedom all qualify. */
export interface DocumentLike {
  createElementNS(namespaceURI: string | null, qualifiedName: string): unknown;
  readonly documentElement: unknown;
}

/** The DOM operations the post-processing below performs on Plot's output. */
interface ElementLike extends DomLikeNode {
  readonly localName: string;
  readonly ownerDocument: DocumentLike | null;
  readonly childNodes: ArrayLike<ElementLike>;
  readonly firstChild: ElementLike | null;
  readonly lastChild: ElementLike | null;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  appendChild(node: unknown): unknown;
  insertBefore(node: unknown, ref: unknown): unknown;
  removeChild(node: unknown): unknown;
}

export interface RenderMeta {
  /** Chart id, unique on its page; element ids inside the SVG derive from it. */
  id: string;
  /** Accessible name (aria-label and <title>). */
  title: string;
  /** One sentence describing what the data shows (<desc>, referenced by aria-describedby). */
  description: string;
}

export interface RenderOptions {
  /** DOM to draw into; a fresh minimal document by default. Tests pass jsdom or linkedom. */
  createDocument?: () => DocumentLike;
  /** Draw with Plot a chart that is otherwise drawn directly (the parity tests compare the two). */
  withPlot?: boolean;
}

/** Class on every chart's <svg>, for the site stylesheet (Plot's scoped <style> is dropped). */
export const CHART_CLASS = 'luoshi-chart';

/**
 * Turn a chart id into an XML-safe id prefix: keeps [A-Za-z0-9_.-], writes anything else
 * as _xHHHH_, and makes sure it starts with a letter, so distinct ids stay distinct.
 */
export function idPrefix(chartId: string): string {
  const escaped = chartId.replace(/[^A-Za-z0-9_.-]/gu, (c) => `_x${(c.codePointAt(0) ?? 0).toString(16)}_`);
  return /^[A-Za-z]/.test(escaped) ? escaped : `c${escaped}`;
}

/** Render Plot options to an accessible, deterministic SVG string. */
export function renderPlot(plotOptions: Plot.PlotOptions, meta: RenderMeta, options: RenderOptions = {}): SafeHtml {
  const document = (options.createDocument ?? createMiniDocument)();
  const svg = Plot.plot({
    ...plotOptions,
    document: document as unknown as Document,
    className: CHART_CLASS,
    figure: false,
    ariaLabel: meta.title,
    ariaDescription: null,
  }) as unknown as ElementLike;
  finishSvg(svg, meta);
  return trustedHtml(flat(serializeNode(svg)));
}

/**
 * Render an <svg> that `draw` built itself in a fresh document (a chart drawn without Plot,
 * element for element as Plot would draw it) with the same finishing and serialisation.
 */
export function renderDrawn(draw: (document: DocumentLike) => unknown, meta: RenderMeta, options: RenderOptions = {}): SafeHtml {
  const svg = draw((options.createDocument ?? createMiniDocument)()) as ElementLike;
  // Drawn without Plot, the <svg> has no Plot style, warning glyph, inner labels or ids of
  // its own, and its drawer rounds numbers with geometryNumber: only what we add is left.
  describeSvg(svg, meta);
  return trustedHtml(flat(serializeNode(svg)));
}

/**
 * The serialiser builds the markup piece by piece, which V8 keeps as a rope (a tree of
 * the pieces) until something reads it. Reading one character flattens it in place into
 * one string: a build keeps thousands of charts, and a rope takes several times the memory.
 */
function flat(markup: string): string {
  markup.charCodeAt(0);
  return markup;
}

/** Post-process Plot's <svg> in place; exported so the parity test can apply it to any DOM. */
export function finishSvg(svg: ElementLike, meta: RenderMeta): void {
  dropPlotStyle(svg);
  dropWarningGlyph(svg);
  dropInnerAriaLabels(svg);
  describeSvg(svg, meta);
  stabiliseIds(svg, idPrefix(meta.id));
  roundGeometry(svg);
}

/** The font, role, <title> and <desc> of an accessible chart. */
function describeSvg(svg: ElementLike, meta: RenderMeta): void {
  const prefix = idPrefix(meta.id);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-describedby', `${prefix}-desc`);
  svg.setAttribute('xmlns', SVG_NS);
  const doc = svg.ownerDocument;
  if (!doc) throw new Error('The chart <svg> has no owner document.');
  const title = doc.createElementNS(SVG_NS, 'title') as ElementLike;
  title.setAttribute('id', `${prefix}-title`);
  (title as unknown as { textContent: string }).textContent = meta.title;
  const desc = doc.createElementNS(SVG_NS, 'desc') as ElementLike;
  desc.setAttribute('id', `${prefix}-desc`);
  (desc as unknown as { textContent: string }).textContent = meta.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
}

// Plot's <style> scopes `display: block; max-width: 100%` to its class; the site stylesheet
// does this for every chart, and an inline <style> would need 'unsafe-inline' under a CSP.
function dropPlotStyle(svg: ElementLike): void {
  const first = svg.firstChild;
  if (first?.localName === 'style') svg.removeChild(first);
}

// Plot labels its mark groups ("bar", "rule", "x-axis tick"). Inside role="img" they are
// never announced, and aria-label on a plain <g> is a WCAG failure (axe: aria-prohibited-attr).
function dropInnerAriaLabels(svg: ElementLike): void {
  for (const el of elements(svg)) if (el !== svg) el.removeAttribute('aria-label');
}

// Plot appends "⚠️" when it logged warnings; a public page must not show that.
function dropWarningGlyph(svg: ElementLike): void {
  const last = svg.lastChild;
  if (last?.localName === 'text' && last.getAttribute('font-family') === 'initial') svg.removeChild(last);
}

function* elements(node: ElementLike): Generator<ElementLike> {
  if (node.nodeType !== 1) return;
  yield node;
  for (let i = 0; i < node.childNodes.length; i++) yield* elements(node.childNodes[i] as ElementLike);
}

/**
 * Plot numbers clip paths and markers with module-wide counters (plot-clip-7), which
 * depend on how many charts were drawn before. Rename every id that is not already ours
 * to `<prefix>-<n>` in document order and rewrite the references (url(#…), href="#…").
 */
export function stabiliseIds(svg: ElementLike, prefix: string): void {
  const renamed = new Map<string, string>();
  let n = 0;
  for (const el of elements(svg)) {
    const id = el.getAttribute('id');
    if (id == null || id.startsWith(`${prefix}-`)) continue;
    const stable = `${prefix}-${++n}`;
    renamed.set(id, stable);
    el.setAttribute('id', stable);
  }
  if (renamed.size === 0) return;
  for (const el of elements(svg)) {
    const updates: [string, string][] = [];
    forEachAttribute(el, (name, value) => {
      let next = value.replace(/url\(#([^)]+)\)/g, (m, id: string) => {
        const r = renamed.get(id);
        return r ? `url(#${r})` : m;
      });
      if ((name === 'href' || name === 'xlink:href') && next.startsWith('#')) next = `#${renamed.get(next.slice(1)) ?? next.slice(1)}`;
      if (next !== value) updates.push([name, next]);
    });
    for (const [name, value] of updates) el.setAttribute(name, value);
  }
}

const longDecimal = /\d\.\d{3}/;
const longDecimals = /-?\d+\.\d{3,}/g;
const geometry = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform', 'points']);

const roundLong = (s: string) => String(Math.round(Number(s) * 100) / 100);

/** A coordinate as roundGeometry leaves it: two decimals when it has three or more. */
export function geometryNumber(n: number): string {
  const s = String(n);
  return longDecimal.test(s) ? s.replace(longDecimals, roundLong) : s;
}

/**
 * Plot writes coordinates such as 151.680983624284; two decimals are far below a pixel,
 * make files smaller and keep output stable should floating-point details ever differ.
 */
export function roundGeometry(svg: ElementLike): void {
  for (const el of elements(svg)) {
    const updates: [string, string][] = [];
    forEachAttribute(el, (name, value) => {
      if (geometry.has(name) && longDecimal.test(value)) updates.push([name, value.replace(longDecimals, roundLong)]);
    });
    // Setting an existing attribute keeps its place, so the order is unchanged.
    for (const [name, value] of updates) el.setAttribute(name, value);
  }
}
