// site.json, bulletins and the terminal report.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, normalizeBasePath, normalizeSiteUrl, parseSiteConfig } from '../../src/core/config.ts';
import { parseBulletin } from '../../src/core/bulletin-source.ts';
import { diagnostic, formatReport, summaryLine, truncateValue } from '../../src/core/report.ts';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { fixtureFiles, filesOf } from './helpers.ts';

describe('site.json', () => {
  it('has documented defaults when absent', () => {
    const { config, diagnostics } = parseSiteConfig(undefined);
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      title: '重点项目信息公开平台',
      region: '',
      locale: 'zh-CN',
      moneyUnit: '万元',
      timeProgress: 'months',
      thresholds: { behind: -5, seriouslyBehind: -15, stalledMonths: 2 },
      source: '',
      siteUrl: 'https://example.org',
      basePath: '',
      sponsor: '',
      organizer: '',
      siteCode: '',
      icp: '',
      publicSecurityRecord: '',
      contact: '',
      mapUrl: '',
    });
    config.thresholds.behind = 0; // a copy: the defaults stay as they are
    expect(DEFAULT_CONFIG.thresholds.behind).toBe(-5);
  });

  it('reads every key', () => {
    const text = JSON.stringify({
      title: '示例县重点项目建设进展',
      region: '示例县',
      locale: 'en',
      moneyUnit: '亿元',
      timeProgress: 'days',
      thresholds: { behind: -3, seriouslyBehind: -10, stalledMonths: 3 },
      source: '示例县发展和改革局',
      siteUrl: 'https://data.example.gov.cn/',
      basePath: 'luoshi/',
    });
    const { config, diagnostics } = parseSiteConfig(text);
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({ locale: 'en', moneyUnit: '亿元', timeProgress: 'days', siteUrl: 'https://data.example.gov.cn', basePath: '/luoshi' });
    expect(config.thresholds).toEqual({ behind: -3, seriouslyBehind: -10, stalledMonths: 3 });
  });

  it('reads the footer identifiers of a government website and a map link template', () => {
    const ids = { sponsor: '示例县人民政府办公室', organizer: ' 示例县发展和改革局 ', siteCode: '4399000001', icp: '示ICP备00000000号-1', publicSecurityRecord: '示公网安备 43990002000001号', contact: '0700-0000000' };
    const { config, diagnostics } = parseSiteConfig(JSON.stringify({ ...ids, mapUrl: 'https://map.tianditu.gov.cn/?lat={lat}&lon={lon}' }));
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({ ...ids, organizer: '示例县发展和改革局', mapUrl: 'https://map.tianditu.gov.cn/?lat={lat}&lon={lon}' });
  });

  it.each([
    ['icp', 12345],
    ['sponsor', '两行\n文字'],
    ['contact', 'x'.repeat(201)],
    ['mapUrl', 'https://map.example.cn/?lat={lat}'],
    ['mapUrl', 'javascript:alert({lat},{lon})'],
    ['mapUrl', 'map.tianditu.gov.cn/?lat={lat}&lon={lon}'],
  ])('a bad %s is a config-error in Chinese and English, and is not shown', (key, value) => {
    const { config, diagnostics } = parseSiteConfig(JSON.stringify({ [key]: value }));
    expect(diagnostics.map((d) => [d.code, d.severity, d.field, d.line])).toEqual([['config-error', 'error', key, 1]]);
    expect(diagnostics[0]!.message).toMatch(new RegExp(`“${key}”应是`));
    expect(diagnostics[0]!.messageEn).toContain(`"${key}" must be`);
    expect(config[key as 'icp']).toBe('');
  });

  it('environment values win over site.json', () => {
    const text = '{"siteUrl": "https://a.example", "basePath": "/a"}';
    const { config } = parseSiteConfig(text, { SITE_URL: 'https://b.example/x/', BASE_PATH: '/b' });
    expect([config.siteUrl, config.basePath]).toEqual(['https://b.example/x', '/b']);
    const bad = parseSiteConfig(text, { SITE_URL: 'ftp://x', BASE_PATH: '/../etc' });
    expect(bad.config.siteUrl).toBe('https://a.example');
    expect(bad.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['config-error', 'siteUrl'],
      ['config-error', 'basePath'],
    ]);
  });

  it('invalid JSON is a config-error with its line, and defaults are used', () => {
    const { config, diagnostics } = parseSiteConfig('{\n  "title": "x",\n  "region": 示例县\n}');
    expect(config.title).toBe('重点项目信息公开平台');
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['config-error', 'error', 3]]);
  });

  it('seriouslyBehind above behind falls back to both defaults', () => {
    const { config, diagnostics } = parseSiteConfig('{"thresholds": {"behind": -20, "seriouslyBehind": -10}}');
    expect(config.thresholds).toMatchObject({ behind: -5, seriouslyBehind: -15 });
    expect(diagnostics).toHaveLength(1);
  });

  it('normalises URLs and base paths', () => {
    expect([normalizeSiteUrl('https://x.org/'), normalizeSiteUrl('x.org'), normalizeSiteUrl('javascript:alert(1)')]).toEqual([
      'https://x.org',
      undefined,
      undefined,
    ]);
    expect([normalizeBasePath(''), normalizeBasePath('/'), normalizeBasePath('a/b/'), normalizeBasePath('/a b'), normalizeBasePath('/..')]).toEqual([
      '',
      '',
      '/a/b',
      undefined,
      undefined,
    ]);
  });

  it('loadDataset passes the env through', () => {
    const r = loadDataset(fixtureFiles('base'), { env: { SITE_URL: 'https://luoshi.example', BASE_PATH: '/demo' } });
    expect([r.dataset.config.siteUrl, r.dataset.config.basePath]).toEqual(['https://luoshi.example', '/demo']);
  });
});

describe('bulletins', () => {
  const ok = '---\ntitle: 第3期重点项目督查通报\ndate: 2025年9月5日\nsummary: 8个项目滞后\n---\n\n## 一、总体情况\n\n正文。\n';

  it('reads front matter and keeps the Markdown body raw', () => {
    const r = parseBulletin('bulletins/2025-09-05.md', ok);
    expect(r.diagnostics).toEqual([]);
    expect(r.bulletin).toEqual({
      slug: '2025-09-05',
      file: 'bulletins/2025-09-05.md',
      title: '第3期重点项目督查通报',
      date: '2025-09-05',
      summary: '8个项目滞后',
      body: '## 一、总体情况\n\n正文。\n',
    });
  });

  it.each([
    ['no front matter', '# 标题\n正文', 1],
    ['unclosed', '---\ntitle: x\ndate: 2025-09-01\n正文', 1],
    ['bad YAML', '---\ntitle: [x\ndate: 2025-09-01\n---\n', 2],
    ['no title', '---\ndate: 2025-09-01\n---\n', 3],
    ['bad date', '---\ntitle: x\ndate: 2025-09-31\n---\n', 3],
  ])('%s → front-matter-error at line %i', (_, text, line) => {
    const r = parseBulletin('bulletins/a.md', text);
    expect(r.bulletin).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line])[0]).toEqual(['front-matter-error', line]);
  });

  it('are sorted newest first and switch the section on', () => {
    const r = loadDataset(
      filesOf({
        ...Object.fromEntries(fixtureFiles('base')),
        'bulletins/a.md': '---\ntitle: 旧\ndate: 2025-08-01\n---\n',
        'bulletins/b.md': '---\ntitle: 新\ndate: 2025-09-01\n---\n',
        'bulletins/c.md': '---\ntitle: 同日\ndate: 2025-08-01\n---\n',
      }),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.dataset.bulletins.map((b) => b.slug)).toEqual(['b', 'a', 'c']);
    expect(r.dataset.present.bulletins).toBe(true);
  });
});

describe('report', () => {
  const ds = [
    diagnostic('type-error', 'error', { file: 'ledger/2025-08.csv', line: 5, column: 4, field: 'completed_ytd', value: '约3000' }, '请只填写数字，不要写“约”“左右”等文字。', 'Write digits only.'),
    diagnostic('extra-label', 'warning', { file: 'ledger/2025-08.csv', line: 1, column: 7, value: '备注' }, '“备注”不是规定的列。', '"备注" is not a declared column.'),
    diagnostic('file-name-error', 'error', { file: 'projects.csv' }, '缺少项目清单文件projects.csv。', 'projects.csv is missing.'),
  ];

  it('groups by file, names line, column, field and value, and sums up', () => {
    expect(formatReport(ds)).toMatchInlineSnapshot(`
      "ledger/2025-08.csv
        警告 第1行 第7列 值“备注”：“备注”不是规定的列。
             Warning [extra-label] line 1 column 7 value "备注": "备注" is not a declared column.
        错误 第5行 第4列 「本年累计完成投资」 值“约3000”：请只填写数字，不要写“约”“左右”等文字。
             Error [type-error] line 5 column 4 (completed_ytd) value "约3000": Write digits only.

      projects.csv
        错误 缺少项目清单文件projects.csv。
             Error [file-name-error] projects.csv is missing.

      共2个错误，1个警告 / 2 errors, 1 warning
      "
    `);
  });

  it('colours only when asked', () => {
    expect(formatReport(ds)).not.toContain('\x1b[');
    expect(formatReport(ds, { color: true })).toContain('\x1b[31m错误');
  });

  it('says OK when there is nothing', () => {
    expect(formatReport([])).toBe('数据检查通过，没有发现问题。 / Data OK: no problems found.\n');
    expect(summaryLine(ds.slice(0, 1))).toBe('共1个错误，0个警告 / 1 error, 0 warnings');
  });

  it('truncates long values by characters, not bytes', () => {
    expect(truncateValue('䶮'.repeat(50))).toBe('䶮'.repeat(40) + '…');
    expect(truncateValue('short')).toBe('short');
  });
});
