import { describe, expect, it } from 'vitest';
import { localeSection } from '../../src/site/doc-sections.ts';

const doc = '# 计算方法\n\n中文正文。\n\n<!-- en -->\n\n# Methodology\n\nEnglish body.\n';

describe('localeSection', () => {
  it('takes the Chinese part and its first heading as the title', () => {
    expect(localeSection(doc, 'zh-CN')).toEqual({ title: '计算方法', body: '中文正文。' });
  });
  it('takes the English part for an English site', () => {
    expect(localeSection(doc, 'en')).toEqual({ title: 'Methodology', body: 'English body.' });
  });
  it('falls back to Chinese when there is no English part', () => {
    expect(localeSection('# 标题\n\n正文', 'en')).toEqual({ title: '标题', body: '正文' });
  });
});
