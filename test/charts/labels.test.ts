import { JSDOM } from 'jsdom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as C from '../../src/core/charts/index.ts';
import { categoryLayout } from '../../src/core/charts/layout.ts';
import { ELLIPSIS, fitLabel, textEm, textWidth } from '../../src/core/charts/text.ts';
import { FONT_SIZE, WIDTH } from '../../src/core/charts/theme.ts';
import { LONG_NAME } from './fixtures.ts';

describe('label measurement and fitting', () => {
  it('counts CJK as 1em and Latin as about 0.55em', () => {
    expect(textEm('重点项目')).toBe(4);
    expect(textEm('（）、。')).toBe(4);
    expect(textEm('abc')).toBeCloseTo(1.68, 5);
    expect(textEm('120')).toBeCloseTo(1.92, 5);
  });

  it(`wraps a ${[...LONG_NAME].length}-character Chinese name into two lines and cuts it with an ellipsis`, () => {
    expect([...LONG_NAME].length).toBeGreaterThanOrEqual(25);
    const fitted = fitLabel(LONG_NAME, 250, FONT_SIZE);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]?.endsWith(ELLIPSIS)).toBe(true);
    for (const line of fitted.lines) expect(textWidth(line, FONT_SIZE)).toBeLessThanOrEqual(250);
    expect(fitted.lines.join('').replace(ELLIPSIS, '')).toBe(LONG_NAME.slice(0, fitted.lines.join('').length - 1));
  });

  it('keeps short names whole and on one line', () => {
    expect(fitLabel('城关镇', 250, FONT_SIZE)).toEqual({ lines: ['城关镇'], truncated: false });
  });

  it('breaks Latin text at spaces and keeps closing punctuation off the start of a line', () => {
    expect(fitLabel('national road widening', 200, FONT_SIZE).lines[0]).toBe('national road');
    const lines = fitLabel('一二三四五六七八九十，十一', 10 * FONT_SIZE, FONT_SIZE).lines;
    expect(lines[1]?.startsWith('，')).toBe(false);
  });

  it('never loses text silently: every label is either whole or marked as cut (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 30, max: 400 }), (text, width) => {
        const fitted = fitLabel(text, width, FONT_SIZE);
        const joined = fitted.lines.join('');
        const normal = text.replace(/\s+/g, ' ').trim();
        if (!fitted.truncated) expect(joined.replace(/ /g, '')).toBe(normal.replace(/ /g, ''));
        else expect(joined.endsWith(ELLIPSIS)).toBe(true);
        expect(fitted.lines.length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('measures the left margin from the drawn labels, within its share of the width', () => {
    const layout = categoryLayout(['城关镇', LONG_NAME]);
    expect(layout.marginLeft).toBeLessThanOrEqual(WIDTH * 0.42 * 1.06 + 4);
    expect(layout.lines).toBe(2);
    for (const row of layout.rows) for (const line of row.text.split('\n')) expect(textWidth(line, FONT_SIZE)).toBeLessThan(layout.marginLeft);
  });

  it('keeps the full text of a cut label in a <title> on the label itself', () => {
    const chart = C.barChart({ id: 'long', title: '长名称', format: 'percent', bars: [{ label: LONG_NAME, value: 50 }, { label: '短名', value: 20 }] }, C.chartLabels('zh-CN'));
    const { document } = new JSDOM(`<body>${chart.svg}</body>`).window;
    const label = [...document.querySelectorAll('text')].find((t) => t.querySelector('title')?.textContent === LONG_NAME);
    expect(label).toBeDefined();
    const drawn = [...(label?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join('');
    expect(drawn.endsWith(ELLIPSIS)).toBe(true);
    expect(LONG_NAME.startsWith(drawn.slice(0, -1))).toBe(true);
    // The short name is whole and has no <title>.
    const short = [...document.querySelectorAll('text')].find((t) => t.textContent === '短名');
    expect(short?.querySelector('title')).toBeNull();
    // The table keeps the full name.
    expect(chart.table.rows[0]?.[0]).toBe(LONG_NAME);
  });
});
