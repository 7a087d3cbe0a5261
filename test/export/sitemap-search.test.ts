// sitemap.xml, robots.txt and the search records.
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { robotsTxt, sitemapXml } from '../../src/core/export/sitemap.ts';
import { isNoindex } from '../helpers/dist.ts';
import { markdownToText, pagefindLanguage, recordUrl, searchRecords } from '../../src/core/export/search.ts';
import { dataset } from './fixtures.ts';

describe('sitemap and robots', () => {
  it('lists absolute URLs once, sorted, with the data date', () => {
    const xml = sitemapXml([{ loc: 'https://example.org/b/', lastmod: '2026-10-31' }, { loc: 'https://example.org/a/?x=1&y=2' }, { loc: 'https://example.org/b/', lastmod: '2026-10-31' }]);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect([...doc.querySelectorAll('loc')].map((l) => l.textContent)).toEqual(['https://example.org/a/?x=1&y=2', 'https://example.org/b/']);
    expect(xml).toContain('<lastmod>2026-10-31</lastmod>');
  });
  it('points robots at the sitemap and keeps them out of embeds', () => {
    expect(robotsTxt('https://example.org/luoshi/sitemap.xml', '/luoshi')).toBe('User-agent: *\nDisallow: /luoshi/embed/\nDisallow: /luoshi/pagefind/\n\nSitemap: https://example.org/luoshi/sitemap.xml\n');
    expect(robotsTxt('https://example.org/sitemap.xml', '/')).toContain('Disallow: /embed/');
  });
  it('recognises noindex pages', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex" /></head>')).toBe(true);
    expect(isNoindex('<head><meta name="description" content="noindex" /></head>')).toBe(false);
  });
});

describe('search records', () => {
  const records = searchRecords(dataset({ bulletins: [{ slug: '2026-10-20', file: 'bulletins/2026-10-20.md', title: '督查通报', date: '2026-10-20', summary: '摘要', body: '## 一、总体情况\n\n| 工程 | 完成率 |\n| --- | ---: |\n| 产业 | 79% |\n\n**王建国**同志[牵头](project:SL-001)。' }] }));
  it('has one record per project, bulletin, program, unit and township', () => {
    expect(records.map((r) => `${r.kind}:${r.segments.join('/')}`)).toEqual([
      'project:projects/SL-001',
      'project:projects/SL-002',
      'bulletin:bulletins/2026-10-20',
      'program:programs/民生保障工程',
      'program:programs/生态环保工程',
      'unit:units/县教育局',
      'unit:units/县水利局',
      'township:townships/城北街道',
      'township:townships/城南街道',
    ]);
  });
  it('indexes names, townships, officials, units and the description', () => {
    const p = records[0]!;
    expect(p.title).toBe('城南污水处理厂二期工程');
    for (const word of ['城南污水处理厂二期工程', 'SL-001', '城南街道', '王建国', '县水利局', '示例县水务公司', '新建污水处理设施']) expect(p.content).toContain(word);
  });
  it('indexes a bulletin as plain text', () => {
    expect(records[2]!.content).toBe('督查通报\n摘要\n一、总体情况\n工程 完成率\n产业 79%\n王建国同志牵头。');
    expect(markdownToText('<b>粗</b> `代码` > 引用')).toBe('粗 代码 > 引用');
  });
  it('encodes URLs and names the language as Pagefind does', () => {
    expect(recordUrl(['units', '县水利局'])).toBe('/units/%E5%8E%BF%E6%B0%B4%E5%88%A9%E5%B1%80/');
    expect(pagefindLanguage('zh-CN')).toBe('zh-cn');
  });
});
