import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { idPrefix, renderPlot } from '../../src/core/charts/render.ts';
import { charts } from './all-charts.ts';

const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? '');

describe('deterministic output', () => {
  it('renders every chart byte-identically twice', () => {
    for (const make of Object.values(charts)) {
      const a = make();
      const b = make();
      expect(b.svg).toBe(a.svg);
      expect(b.csv).toBe(a.csv);
      expect(b.description).toBe(a.description);
    }
  });

  it('does not depend on how many charts Plot drew before (its id counters are global)', () => {
    const options: Plot.PlotOptions = { marks: [Plot.lineY([1, 3, 2], { marker: 'dot', clip: 'frame' })] };
    const meta = { id: 'stable', title: 'Title', description: 'One sentence.' };
    const first = renderPlot(options, meta);
    for (let i = 0; i < 3; i++) renderPlot(options, { ...meta, id: `other-${i}` });
    const again = renderPlot(options, meta);
    expect(again).toBe(first);
    expect(ids(first)).toEqual(['stable-title', 'stable-desc', 'stable-1', 'stable-2']);
    expect(first).not.toMatch(/plot-(clip|marker)-\d/);
  });

  it('derives every element id from the chart id, so charts on one page never collide', () => {
    const seen = new Set<string>();
    for (const make of Object.values(charts)) {
      const chart = make();
      for (const id of ids(chart.svg)) {
        expect(id.startsWith(`${idPrefix(chart.id)}-`)).toBe(true);
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
  });

  it('turns any chart id into a valid XML id prefix, keeping distinct ids distinct', () => {
    expect(idPrefix('project-P001')).toBe('project-P001');
    expect(idPrefix('2025-08')).toBe('c2025-08');
    expect(idPrefix('项目 1')).toMatch(/^[A-Za-z][\w.-]*$/);
    expect(idPrefix('a b')).not.toBe(idPrefix('a_b'));
  });

  it('uses no clock and no randomness', () => {
    const { random } = Math;
    const now = Date.now;
    Math.random = () => {
      throw new Error('Math.random called');
    };
    Date.now = () => {
      throw new Error('Date.now called');
    };
    try {
      for (const make of Object.values(charts)) make();
    } finally {
      Math.random = random;
      Date.now = now;
    }
  });
});
