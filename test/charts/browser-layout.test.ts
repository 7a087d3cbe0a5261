// Real fonts, real layout: draw every chart in Chromium at a 360 px phone width and check
// that no label leaves the SVG, no two labels overlap, and no text is under 12 px.
// Skipped, saying why, when the machine has no Chromium.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium, noChromiumReason } from '../helpers/chromium.ts';
import { charts } from './all-charts.ts';

const available = !!chromiumPath();
if (!available) console.warn(noChromiumReason);

interface Report {
  overflow: string[];
  overlaps: string[];
  minFontPx: number;
}

describe.skipIf(!available)('chart layout in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('at 360 px wide: labels stay inside, never overlap, and are at least 12 px', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const names = Object.keys(charts);
    const body = names.map((name) => `<div class="chart" data-name="${name}">${charts[name]!().svg}</div>`).join('');
    await page.setContent(`<!doctype html><meta charset="utf-8"><style>body{margin:0;color:#1d2330} svg{width:100%;height:auto;display:block}</style>${body}`);
    const reports = await page.evaluate(() => {
      const out: Record<string, Report> = {};
      for (const box of document.querySelectorAll<HTMLElement>('div.chart')) {
        const svg = box.querySelector('svg') as SVGSVGElement;
        const view = svg.viewBox.baseVal;
        const scale = svg.getBoundingClientRect().width / view.width;
        const toSvg = svg.getScreenCTM()!.inverse();
        const rects = [...svg.querySelectorAll('text')].map((t) => {
          const r = t.getBoundingClientRect();
          const a = new DOMPoint(r.left, r.top).matrixTransform(toSvg);
          const b = new DOMPoint(r.right, r.bottom).matrixTransform(toSvg);
          return { x0: a.x, y0: a.y, x1: b.x, y1: b.y, text: t.textContent ?? '', size: parseFloat(getComputedStyle(t).fontSize) * scale };
        });
        const report: Report = { overflow: [], overlaps: [], minFontPx: Math.min(...rects.map((r) => r.size)) };
        for (const r of rects) {
          if (r.x0 < -0.5 || r.y0 < -0.5 || r.x1 > view.width + 0.5 || r.y1 > view.height + 0.5) report.overflow.push(r.text);
        }
        // Shrink boxes by 2 units: glyph boxes include line spacing that may touch.
        for (let i = 0; i < rects.length; i++) {
          for (let j = i + 1; j < rects.length; j++) {
            const [a, b] = [rects[i]!, rects[j]!];
            if (a.x0 + 2 < b.x1 && b.x0 + 2 < a.x1 && a.y0 + 2 < b.y1 && b.y0 + 2 < a.y1) report.overlaps.push(`${a.text} | ${b.text}`);
          }
        }
        out[box.dataset.name ?? ''] = report;
      }
      return out;
    });
    for (const name of names) {
      const report = reports[name]!;
      expect(report.overflow, `${name}: text outside the SVG`).toEqual([]);
      expect(report.overlaps, `${name}: overlapping text`).toEqual([]);
      expect(report.minFontPx, `${name}: smallest text`).toBeGreaterThanOrEqual(12);
    }
    await page.close();
  });
});
