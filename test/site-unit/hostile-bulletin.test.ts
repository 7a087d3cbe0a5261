// A bulletin full of hostile HTML (test/fixtures/hostile-bulletin/bulletins/evil.md: script
// tags, on* handlers, javascript: URLs, iframes, svg onload, in the body and in the front
// matter's title and summary) renders with no script, no handler and no javascript: URL left.
// The body goes through renderMarkdown, as /bulletins/{slug}/ does; the front matter is text
// that Astro escapes ({bulletin.title}), done here with Astro's own escapeHTML. The built page
// is checked too, in test/site/accountability.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { renderMarkdown } from '../../src/core/markdown.ts';
import { readDataDir } from '../../src/io/data-dir.ts';

const escape = (s: string): string => String(escapeHTML(s));
const dir = path.resolve('test/fixtures/hostile-bulletin');
const { dataset, diagnostics } = loadDataset(await readDataDir(dir));
const evil = dataset.bulletins.find((b) => b.slug === 'evil');
const projectHref = (id: string) => (dataset.projects.some((p) => p.id === id) ? `/projects/${encodeURIComponent(id)}/` : undefined);

const DANGEROUS_ELEMENTS = ['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'template', 'noscript'];
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'cite'];
// After the browser's own clean-up (control characters and spaces are ignored in a scheme).
const badUrl = (v: string) => /^(javascript|vbscript|data):/i.test(v.replace(/[\u0000-\u0020\u007f]+/g, ''));

/** Every way the markup could run code: what is found is listed, so a failure names it. */
function threats(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root')!;
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (DANGEROUS_ELEMENTS.includes(tag)) found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'style' || name === 'srcdoc') found.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.includes(name) && badUrl(attr.value)) found.push(`${tag}[${name}=${attr.value}]`);
    }
  }
  return found;
}

describe('the hostile bulletin fixture', () => {
  it('loads (a hostile bulletin is still a valid bulletin) and really is hostile', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(evil).toBeDefined();
    expect(evil!.title).toContain('<script>');
    expect(evil!.summary).toContain('javascript:');
    expect(evil!.body).toContain('onerror=');
    // The raw text, injected as is, would be caught by the checks below.
    expect(threats(evil!.body).length).toBeGreaterThan(10);
    expect(threats(evil!.title)).not.toEqual([]);
  });
});

describe('the body through renderMarkdown', () => {
  const html = renderMarkdown(evil!.body, { projectHref, tableLabel: '表格（可左右滑动）' });

  it('keeps no script, handler, inline style, frame, svg or javascript:/data: URL', () => {
    expect(threats(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  });

  it('keeps the harmless content: headings (demoted), text, the table, project links', () => {
    expect(html).toContain('<h2>一、总体情况</h2>');
    expect(html).toContain('4.18亿元');
    expect(html).toContain('<a href="/projects/SL-001/">项目链接</a>');
    // An unknown project id or a script in project: leaves the words, without a link.
    expect(html).toContain('不存在的项目');
    expect(html).not.toContain('project:');
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="表格（可左右滑动）"><table>');
    expect(html).toContain('资金未到位');
    expect(html).toContain('<a href="https://example.org/ok">');
  });
});

describe('the front matter through Astro escaping', () => {
  // How the bulletin page, the list and the home page place the title and summary.
  const page = `<title>${escape(evil!.title)} - 示例县</title><meta name="description" content="${escape(evil!.summary!)}">` +
    `<h1 id="bulletin-title">${escape(evil!.title)}</h1><p>${escape(evil!.summary!)}</p>`;

  it('turns every tag into text', () => {
    expect(threats(page.replace(/<title>.*?<\/title>|<meta [^>]*>/g, ''))).toEqual([]);
    expect(page).not.toMatch(/<script|<img|<svg|<iframe|<a /i);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('cannot break out of the attribute or the title element', () => {
    const { document } = parseHTML(`<!doctype html><html><head>${page.match(/<title>.*?<\/title><meta [^>]*>/)![0]}</head><body></body></html>`);
    expect(document.querySelectorAll('head > *').length).toBe(2);
    expect(document.querySelector('meta')!.getAttribute('content')).toBe(evil!.summary);
    expect(document.querySelector('title')!.textContent).toBe(`${evil!.title} - 示例县`);
  });
});
