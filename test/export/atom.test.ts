// The Atom feed is well-formed XML in the Atom namespace (parsed strictly by linkedom's
// DOMParser in XML mode), escapes hostile text, drops characters XML forbids, and sorts.
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { atomDate, atomFeed, type AtomEntry } from '../../src/core/export/atom.ts';
import { xmlEscape } from '../../src/core/export/xml.ts';

const entries: AtomEntry[] = [
  { id: 'https://example.org/changes/2026-09/', title: '2026年9月台账变化', updated: atomDate('2026-09-30'), link: 'https://example.org/changes/2026-09/', summary: '进展阶段变化1项。' },
  { id: 'https://example.org/bulletins/x/', title: '关于<script>alert(1)</script> & “通报”', updated: atomDate('2026-10-20'), link: 'https://example.org/bulletins/x/?a=1&b=2', content: '第一行\n第二行\u0000\u0007\uFFFF', category: { term: 'bulletin', label: '督查通报' } },
];
const xml = atomFeed({ id: 'https://example.org/feed.xml', title: 'T & T', self: 'https://example.org/feed.xml', alternate: 'https://example.org/', author: '示例县发展和改革局', lang: 'zh-CN', entries, updated: atomDate('2026-10-31') });

describe('atomFeed', () => {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  it('is well-formed Atom', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(doc.documentElement.nodeName).toBe('feed');
    expect(doc.querySelectorAll('parsererror')).toHaveLength(0);
    expect(doc.querySelectorAll('entry')).toHaveLength(2);
    for (const e of doc.querySelectorAll('entry')) for (const tag of ['id', 'title', 'updated']) expect(e.querySelector(tag)?.textContent).toBeTruthy();
  });
  it('takes the feed date from the newest entry and sorts newest first', () => {
    expect(doc.querySelector('feed > updated')?.textContent).toBe('2026-10-20T00:00:00+08:00');
    expect([...doc.querySelectorAll('entry > id')].map((e) => e.textContent)).toEqual(['https://example.org/bulletins/x/', 'https://example.org/changes/2026-09/']);
  });
  it('escapes text and drops what XML forbids', () => {
    expect(xml).toContain('关于&lt;script&gt;alert(1)&lt;/script&gt; &amp; “通报”');
    expect(xml).toContain('href="https://example.org/bulletins/x/?a=1&amp;b=2"');
    expect(xml).not.toMatch(/[\u0000-\u0008\uFFFF]/);
    expect(doc.querySelector('entry content')?.textContent).toBe('第一行\n第二行');
  });
  it('is the same text for entries in any order', () => {
    const reversed = atomFeed({ id: 'https://example.org/feed.xml', title: 'T & T', self: 'https://example.org/feed.xml', alternate: 'https://example.org/', author: '示例县发展和改革局', lang: 'zh-CN', entries: [...entries].reverse(), updated: atomDate('2026-10-31') });
    expect(reversed).toBe(xml);
  });
  it('escapes quotes and lone surrogates', () => {
    expect(xmlEscape(`a"b'c\uD800d`)).toBe('a&quot;b&apos;cd');
  });
});
