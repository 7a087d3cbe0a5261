import { describe, expect, it } from 'vitest';
import { gradeLabel, messages, natureLabel, stageLabel, statusLabel, t } from '../../src/core/i18n.ts';
import { PROJECT_STATUSES } from '../../src/core/metrics/status.ts';

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    const zh = Object.keys(messages['zh-CN']).sort();
    expect(Object.keys(messages.en).sort()).toEqual(zh);
    for (const table of Object.values(messages)) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('labels statuses, stages, natures and grades', () => {
    expect(PROJECT_STATUSES.map((s) => statusLabel(s, 'zh-CN'))).toEqual(['严重滞后', '滞后', '正常推进', '已完成', '未列计划']);
    expect(stageLabel('construction', 'zh-CN')).toBe('在建');
    expect(stageLabel(undefined, 'en')).toBe('Not reported');
    expect(natureLabel('continuing', 'zh-CN')).toBe('续建');
    expect(natureLabel('new', 'zh-CN')).toBe('新开工');
    expect(['good', 'fair', 'poor'].map((g) => gradeLabel(g as 'good', 'zh-CN')).join('')).toBe('优中差');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(t('zh-CN', 'asOf', { date: '2026年10月31日' })).toBe('数据截至2026年10月31日');
    expect(t('en', 'asOf')).toBe('Data as of {date}');
  });
});

describe('t() fills placeholders as a replace over the message would', () => {
  const byRegex = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  it('every message of both languages, with all, some or none of its values', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const [key, text] of Object.entries(messages[locale])) {
        const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const all = Object.fromEntries(names.map((n, i) => [n, i % 2 ? i * 1234.5 : `值${i}{x}`]));
        const some = Object.fromEntries(names.slice(1).map((n) => [n, '$&']));
        for (const params of [all, some, {}]) expect(t(locale, key as never, params)).toBe(byRegex(text, params));
        expect(t(locale, key as never)).toBe(text);
      }
    }
  });
});
