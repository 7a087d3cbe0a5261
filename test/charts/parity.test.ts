// The minimal DOM must build exactly the tree a real DOM builds: render every chart with
// it, with jsdom and with linkedom, and compare the serialised trees.

import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { renderPlot } from '../../src/core/charts/render.ts';
import { charts, jsdomDocument, linkedomDocument } from './all-charts.ts';

// linkedom keeps attributes in reverse order of setting; order carries no meaning, so sort.
function sortAttributes(svg: string): string {
  return svg.replace(/<([A-Za-z][\w:-]*)((?:\s[\w:.-]+="[^"]*")*)(\s*\/?)>/g, (_m, tag: string, attrs: string, end: string) => {
    const list = attrs.match(/\s[\w:.-]+="[^"]*"/g) ?? [];
    return `<${tag}${[...list].sort().join('')}${end}>`;
  });
}

describe('minimal DOM parity', () => {
  for (const [name, make] of Object.entries(charts)) {
    it(`${name}: minimal DOM = jsdom = linkedom`, () => {
      const mini = make().svg;
      expect(make({ createDocument: jsdomDocument }).svg).toBe(mini);
      expect(sortAttributes(make({ createDocument: linkedomDocument }).svg)).toBe(sortAttributes(mini));
    });
  }

  it('Plot features beyond our charts (markers, clip paths, multi-line text, titles) match jsdom', () => {
    const options: Plot.PlotOptions = {
      marks: [
        Plot.lineY([3, 1, 4, 1, 5], { marker: 'circle', clip: 'frame' }),
        Plot.text(['a\nb', 'c'], { x: (_d: string, i: number) => i, y: 0, title: (d: string) => d }),
        Plot.barY([1, 2], { x: (_d: number, i: number) => `bar ${i}`, y: (d: number) => d, clip: true }),
        Plot.areaY([1, 3, 2], { fillOpacity: 0.3, mixBlendMode: 'multiply' }),
        Plot.tickX([1, 2], { stroke: 'red' }),
      ],
    };
    const meta = { id: 'features', title: 't', description: 'd' };
    const mini = renderPlot(options, meta);
    expect(renderPlot(options, meta, { createDocument: jsdomDocument })).toBe(mini);
    expect(mini).toContain('marker-start="url(#features-');
    expect(mini).toContain('clip-path="url(#features-');
    expect(mini).toContain('style="mix-blend-mode: multiply;"');
  });

  it('our serialisation reads like a browser’s (jsdom outerHTML), up to self-closing tags and quote escaping', async () => {
    // Render with jsdom, then compare our serialiser with jsdom's own for the same tree.
    const { serializeNode } = await import('../../src/core/charts/serialize.ts');
    const document = jsdomDocument();
    const svg = Plot.plot({ document, marks: [Plot.barX([{ n: '<b>&"', v: 1 }], { y: 'n', x: 'v', title: 'n' })] });
    const ours = serializeNode(svg as unknown as Parameters<typeof serializeNode>[0]);
    // Ours leaves out Plot's font-variant attribute, which HTML does not allow on SVG (serialize.ts).
    const theirs = (svg as SVGSVGElement).outerHTML.replace(/<(\w+)([^<>]*)><\/\1>/g, '<$1$2/>').replace(/ font-variant="[^"]*"/g, '');
    const unifyQuotes = (s: string) => s.replace(/&quot;/g, '"');
    expect(unifyQuotes(ours)).toBe(unifyQuotes(theirs));
  });
});
