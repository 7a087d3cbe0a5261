import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/core/safe-html.ts';

const root = join(import.meta.dirname, '..', '..');

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|astro|mjs|js)$/.test(name)) yield path;
  }
}

describe('SafeHtml', () => {
  it('is minted only by the chart renderer and the Markdown pipeline', () => {
    const allowed = new Set(['src/core/safe-html.ts', 'src/core/charts/render.ts', 'src/core/markdown.ts']);
    const minting = [...sourceFiles(join(root, 'src'))].map((f) => relative(root, f).split('\\').join('/')).filter((f) => /\btrustedHtml\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(minting.filter((f) => !allowed.has(f))).toEqual([]);
  });

  it('escapes text for HTML text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('writes JSON that cannot close a script element and reads back unchanged', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- & -->', c: '\u2028\u2029', d: [1, null, '中文'] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
    expect(jsonForScript(undefined)).toBe('null');
  });

  it('round-trips any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = jsonForScript(value);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
