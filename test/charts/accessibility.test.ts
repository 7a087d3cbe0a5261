import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FONT_SIZE, MIN_SCREEN_FONT, NARROW_SCREEN, WIDTH, colors, contrastRatio } from '../../src/core/charts/theme.ts';
import { charts } from './all-charts.ts';

function parse(svg: string): SVGSVGElement {
  const { document } = new JSDOM(`<!doctype html><body>${svg}</body>`).window;
  return document.querySelector('svg') as SVGSVGElement;
}

describe('accessible charts', () => {
  for (const [name, make] of Object.entries(charts)) {
    it(`${name}: role=img, aria-label = title, <title> and a one-sentence <desc> it points to`, () => {
      const chart = make();
      const svg = parse(chart.svg);
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe(chart.title);
      expect(svg.firstElementChild?.localName).toBe('title');
      expect(svg.firstElementChild?.textContent).toBe(chart.title);
      const descId = svg.getAttribute('aria-describedby') ?? '';
      const desc = svg.querySelector(`[id="${descId}"]`);
      expect(desc?.localName).toBe('desc');
      expect(desc?.textContent).toBe(chart.description);
      // One sentence: ends with a full stop and has no other sentence end inside.
      expect(chart.description).toMatch(/[。.]$/);
      expect(chart.description.slice(0, -1)).not.toMatch(/[。！？]|\.\s/);
    });

    it(`${name}: 640 wide, responsive, and no text under 12 px on a 360 px screen`, () => {
      const svg = parse(make().svg);
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 640 \d+(\.\d+)?$/);
      expect(svg.getAttribute('class')).toBe('luoshi-chart');
      const sizes = [svg, ...svg.querySelectorAll('[font-size]')].map((e) => Number(e.getAttribute('font-size')));
      for (const size of sizes) expect((size * NARROW_SCREEN) / WIDTH).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
      expect(svg.getAttribute('font-family')).toContain('PingFang SC');
    });
  }

  it('the type size is chosen for 360 px screens', () => {
    expect((FONT_SIZE * NARROW_SCREEN) / WIDTH).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
  });

  it('text colours pass WCAG AA (4.5:1) and data colours the non-text 3:1 against white', () => {
    for (const c of [colors.ink, colors.muted, colors.accent]) expect(contrastRatio(c, colors.background)).toBeGreaterThanOrEqual(4.5);
    for (const c of [colors.context, colors.accent, colors.muted]) expect(contrastRatio(c, colors.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('uses one accent colour and greys only', () => {
    const allowed = new Set<string>(Object.values(colors));
    for (const make of Object.values(charts)) {
      for (const m of make().svg.matchAll(/#[0-9a-fA-F]{6}\b/g)) expect(allowed.has(m[0].toLowerCase()), m[0]).toBe(true);
    }
  });

  it('tells the own region apart without colour: hatch pattern, bold name and bold value', () => {
    const svg = parse(charts.peerComparison!().svg);
    expect(svg.querySelector('pattern')).not.toBeNull();
    const bold = [...svg.querySelectorAll('g[font-weight="bold"] text')].map((t) => t.textContent);
    expect(bold).toContain('示例县');
    expect(bold).toContain('6.2%');
    expect(svg.querySelector('rect[fill^="url(#"]')).not.toBeNull();
  });
});
