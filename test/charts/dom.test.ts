import { describe, expect, it } from 'vitest';
import { createMiniDocument, SVG_NS } from '../../src/core/charts/dom.ts';
import { serializeNode } from '../../src/core/charts/serialize.ts';
import { formatNumber, formatPercent, formatSigned, round } from '../../src/core/charts/format.ts';
import { niceScale } from '../../src/core/charts/layout.ts';
import { monthRange } from '../../src/core/charts/timeframe.ts';

describe('minimal DOM', () => {
  it('builds and serialises a tree like a DOM would', () => {
    const doc = createMiniDocument();
    const svg = doc.createElementNS(SVG_NS, 'svg');
    const g = svg.appendChild(doc.createElementNS(SVG_NS, 'g'));
    g.setAttribute('fill', 'red');
    g.setAttribute('x', 1);
    g.setAttribute('fill', 'blue'); // keeps its place
    const first = doc.createElementNS(SVG_NS, 'rect');
    svg.insertBefore(first, g);
    first.textContent = 'a<b';
    first.textContent = 'c&d';
    const text = doc.createElementNS(SVG_NS, 'svg:text');
    g.appendChild(text);
    expect(text.localName).toBe('text');
    expect(serializeNode(svg)).toBe('<svg><rect>c&amp;d</rect><g fill="blue" x="1"><text/></g></svg>');
    svg.appendChild(first); // moving a node removes it from its old place
    expect(svg.childNodes.map((n) => (n.nodeType === 1 ? n.localName : '#text'))).toEqual(['g', 'rect']);
    expect(first.parentNode).toBe(svg);
    expect(g.nextSibling).toBe(first);
    expect(first.previousSibling).toBe(g);
    first.remove();
    expect(svg.childNodes).toHaveLength(1);
  });

  it('reflects inline styles into the style attribute, as d3 and Plot set them', () => {
    const doc = createMiniDocument();
    const el = doc.createElementNS(SVG_NS, 'g');
    el.style.setProperty('mix-blend-mode', 'multiply');
    (el.style as unknown as Record<string, string>).maxWidth = '100px';
    expect(el.getAttribute('style')).toBe('mix-blend-mode: multiply; max-width: 100px;');
    el.style.removeProperty('mix-blend-mode');
    el.style.removeProperty('max-width');
    expect(el.hasAttribute('style')).toBe(false);
  });

  it('refuses what a write-only DOM cannot do, loudly', () => {
    const el = createMiniDocument().createElementNS(SVG_NS, 'g');
    expect(() => el.querySelector()).toThrow(/minimal chart DOM does not support querySelector/);
    expect(() => el.getBBox()).toThrow(/layout/);
    expect(() => el.appendChild(el)).toThrow(/cycles/);
  });

  it('refuses unsafe element or attribute names when serialising', () => {
    const el = createMiniDocument().createElementNS(SVG_NS, 'g');
    el.setAttribute('x onload', '1');
    expect(() => serializeNode(el)).toThrow(/unsafe XML name/);
  });
});

describe('numbers', () => {
  it('formats without the machine locale', () => {
    expect(formatNumber(1862300)).toBe('1,862,300');
    expect(formatNumber(6480.25, 1)).toBe('6,480.3');
    expect(formatNumber(-1.5)).toBe('−1.5');
    expect(formatNumber(-0.01, 1)).toBe('0');
    expect(formatPercent(4.88)).toBe('4.9%');
    expect(formatPercent(110)).toBe('110.0%');
    expect(formatSigned(3.25)).toBe('+3.3');
    expect(formatSigned(-11.8)).toBe('−11.8');
    expect(round(1.005, 2)).toBe(1.01);
  });

  it('chooses nice axes', () => {
    expect(niceScale(0, 12000, 4)).toEqual({ domain: [0, 12000], ticks: [0, 2000, 4000, 6000, 8000, 10000, 12000] });
    expect(niceScale(-2.3, 7.5, 4).ticks).toEqual([-4, -2, 0, 2, 4, 6, 8]);
    expect(niceScale(0, 0).domain).toEqual([0, 1]);
    expect(niceScale(0, 0.3, 3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('lists every month between two periods', () => {
    expect(monthRange(['2025-02', '2024-11'])).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange([])).toEqual([]);
  });
});
