// Issue 19: the Chinese reads as the county office writes it. Every built page's visible text
// (text nodes, <title>, alt, aria-label and title attributes, chart labels) and the Atom feed
// are scanned for forms the office does not use: the wrong names of the yardstick (the seeds
// say 时间进度), signed numbers of percentage points in prose (落后/超过时间进度N个百分点 is the
// prose form; a table cell holds a bare signed number and its header the unit), codes and
// setting names shown to readers, the programmer's null/undefined/NaN, ISO dates, and half-width
// brackets inside Chinese text. A hit names its page and the text around it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/dist.ts';

const HAN = '\\u3400-\\u9fff';

/** A banned form: a pattern and why it is banned. */
const BANNED: { name: string; re: RegExp }[] = [
  { name: 'yardstick named other than 时间进度', re: /序时进度|时序进度|序时计划/g },
  { name: 'signed percentage points in prose', re: /[+−\-－＋]\s?\d[\d.,]*\s?个百分点/g },
  { name: '比时间进度 followed by a signed figure', re: /比时间进度\s?[+−\-－＋]?\d/g },
  { name: 'a code shown to readers', re: /deadline-passed|over-plan|site\.json|timeProgress|thresholds\.|stalledMonths|[a-z]+-[a-z]+-[a-z]+/g },
  { name: 'null, undefined or NaN', re: /\b(null|undefined|NaN)\b/g },
  { name: 'an ISO date or month shown to readers (2026年1月 is how the pages write it)', re: /(?<![\w/.-])20\d\d-\d\d(-\d\d)?(?![\w.])/g },
  { name: 'half-width bracket in Chinese text', re: new RegExp(`[${HAN}]\\s?[()]|[()]\\s?[${HAN}]`, 'g') },
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m));

/** The text a reader sees or hears: no scripts, styles or comments (code samples are visible too); attributes read aloud. */
export function visibleText(html: string): string {
  const attrs: string[] = [];
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, (tag) => {
      for (const m of tag.matchAll(/\s(?:alt|aria-label|title|placeholder)="([^"]*)"/g)) attrs.push(m[1]!);
      return '\n';
    });
  return decode(body + '\n' + attrs.join('\n'));
}

/** The feed's titles and texts (its entries' HTML content decoded and stripped too). */
function feedText(xml: string): string {
  const parts: string[] = [];
  for (const m of xml.matchAll(/<(title|subtitle|summary|content)\b[^>]*>([\s\S]*?)<\/\1>/g)) parts.push(visibleText(decode(m[2]!)));
  return parts.join('\n');
}

interface Hit { page: string; rule: string; around: string }

/** /data-quality/ lists every source file by its name (site.json among them), as the downloads do. */
const FILE_NAMES_PAGE = '/data-quality/';
/** /downloads/ documents the files' own formats. */
const DICTIONARY_PAGE = '/downloads/';

function scan(page: string, text: string, hits: Hit[]) {
  for (const { name, re } of BANNED) {
    for (const m of text.matchAll(re)) {
      if (page === FILE_NAMES_PAGE && m[0] === 'site.json') continue;
      // The data dictionary says how the files write a month ("写作年-月：2025-08即2025年1-8月累计").
      if (page === DICTIONARY_PAGE && /^20\d\d-\d\d$/.test(m[0])) continue;
      const at = m.index ?? 0;
      hits.push({ page, rule: name, around: text.slice(Math.max(0, at - 20), at + m[0].length + 20).replace(/\s+/g, ' ') });
    }
  }
}

const describeHits = (hits: Hit[]) => {
  const byRule = new Map<string, number>();
  for (const h of hits) byRule.set(h.rule, (byRule.get(h.rule) ?? 0) + 1);
  const shown = new Set<string>();
  const lines: string[] = [...byRule].map(([r, n]) => `${r}: ${n}`);
  for (const h of hits) {
    const key = `${h.rule}|${h.around}`;
    if (shown.has(key) || shown.size >= 60) continue;
    shown.add(key);
    lines.push(`${h.page} [${h.rule}] …${h.around}…`);
  }
  return lines.join('\n');
};

describe('banned forms in the built sample site', () => {
  it('the scanner finds each form in planted text', () => {
    const planted = '<p>截至2026-10-31</p><p>低于时序进度（75.0%）</p><p>比时间进度−6.4个百分点</p><td title="deadline-passed">x</td><p>见site.json</p><p>值为null</p><p>项目(一期)</p>';
    const hits: Hit[] = [];
    scan('/planted/', visibleText(planted), hits);
    expect(new Set(hits.map((h) => h.rule)).size).toBe(7);
    const clean: Hit[] = [];
    scan('/clean/', visibleText('<p>落后时间进度6.4个百分点</p><td>−6.4</td><script>var x = null;</script><p>项目（一期）</p>'), clean);
    expect(clean).toEqual([]);
  });

  it('no page and not the feed shows a banned form', () => {
    const dist = inject('distDir');
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(100);
    const hits: Hit[] = [];
    for (const page of pages) scan(page, visibleText(readPage(dist, page)), hits);
    scan('/feed.xml', feedText(readFileSync(path.join(dist, 'feed.xml'), 'utf8')), hits);
    expect(describeHits(hits), `${hits.length} banned forms`).toBe('');
  });
});
