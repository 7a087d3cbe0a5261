// Hostile labels must come out as text: parse the SVG the way a browser would (inline in an
// HTML page, and as a standalone XML file) and look for anything executable.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import * as C from '../../src/core/charts/index.ts';
import { escapeAttribute, escapeText } from '../../src/core/charts/serialize.ts';
import { HOSTILE } from './fixtures.ts';

const zh = C.chartLabels('zh-CN');

function hostileCharts(): C.Chart[] {
  const title = HOSTILE.join(' ');
  return [
    C.groupComparison({ id: 'h1', title, timeProgress: 0.5, groups: HOSTILE.map((name) => ({ name, yearPlan: 10, completed: 5 })) }, zh),
    C.peerComparison({ id: 'h2', title, period: '2025-08', measure: 'value', unit: HOSTILE[2], highlight: HOSTILE[1] ?? '', regions: HOSTILE.map((region, i) => ({ region, value: i })) }, zh),
    C.barChart({ id: 'h3', title, format: 'number', unit: HOSTILE[0], bars: HOSTILE.map((label, i) => ({ label, value: i })) }, zh),
    C.stageCounts({ id: 'h4', title, stages: HOSTILE.map((label, i) => ({ stage: `s${i}`, label, count: i })) }, zh),
    C.indicatorSeries({ id: 'h5', title, indicator: HOSTILE[0] ?? '', measure: 'value', unit: HOSTILE[1], points: [{ period: '2025-03', value: 1 }] }, zh),
    C.rankHistory({ id: 'h6', title, subject: HOSTILE[2] ?? '', months: [{ period: '2025-03', rank: 1, of: 2 }] }, zh),
    C.projectProgress({ id: 'h7', title, subject: HOSTILE[3], year: 2025, yearPlan: 10, months: [{ period: '2025-03', completedYtd: 1 }] }, zh),
    C.portfolioProgress({ id: 'h8', title, subject: HOSTILE[4], asOf: '2025-03', yearPlan: 10, completed: 1, timeProgress: 0.25 }, zh),
  ];
}

function assertInert(root: Element) {
  expect(root.querySelectorAll('script, img, iframe, object, embed, foreignObject, a').length).toBe(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.localName} has ${attr.name}`).toBe(false);
      expect(attr.value).not.toMatch(/^\s*javascript:/i);
    }
  }
}

describe('escaping of hostile labels', () => {
  for (const chart of hostileCharts()) {
    it(`${chart.id}: inline in HTML, the SVG is one inert element that says the hostile text`, () => {
      const { document } = new JSDOM(`<!doctype html><body>${chart.svg}<p id="after">after</p></body>`).window;
      const svgs = document.body.querySelectorAll('svg');
      expect(svgs.length).toBe(1);
      // Nothing broke out of the SVG: the next element is still the body's child.
      expect(document.getElementById('after')?.parentElement).toBe(document.body);
      assertInert(document.body);
      const svg = svgs[0] as SVGSVGElement;
      expect(svg.getAttribute('aria-label')).toBe(chart.title);
      expect(svg.textContent).toContain(HOSTILE[0]);
    });

    it(`${chart.id}: as a standalone file, the SVG is well-formed XML with the same text`, () => {
      const { window } = new JSDOM('');
      const doc = new window.DOMParser().parseFromString(chart.svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror').length).toBe(0);
      expect(doc.documentElement.localName).toBe('svg');
      assertInert(doc.documentElement);
      expect(doc.documentElement.getAttribute('aria-label')).toBe(chart.title);
    });
  }

  it('never writes a raw < or an unescaped quote from data', () => {
    for (const chart of hostileCharts()) {
      expect(chart.svg).not.toContain('<script');
      expect(chart.svg).not.toContain('</svg><img');
      // Inside tags (text cannot contain a raw '>'), once quoted values (which cannot contain
      // a raw '"') are blanked, no event-handler attribute appears.
      for (const tag of chart.svg.match(/<[^>]*>/g) ?? []) expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son\w+\s*=/i);
      expect(chart.svg.match(/<\/svg>/g)?.length).toBe(1);
    }
  });

  it('escapes text and attribute values for both HTML and XML', () => {
    expect(escapeText('a < b && c > d "q"')).toBe('a &lt; b &amp;&amp; c &gt; d "q"');
    expect(escapeAttribute('"x" <y> & z')).toBe('&quot;x&quot; &lt;y&gt; &amp; z');
    expect(escapeAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    // Characters XML forbids become U+FFFD instead of breaking a standalone file.
    expect(escapeText('a\u0000b\u0008c\uFFFF\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFD\uFFFDd');
    expect(escapeText('完成 😀')).toBe('完成 😀');
  });
});
