import { describe, expect, it } from 'vitest';
import { gradeLabel, messages, natureLabel, stageLabel, statusLabel, t } from '../../src/core/i18n.ts';
import { PROJECT_STATUSES } from '../../src/core/metrics/status.ts';
import { catalog, localeFormat } from '../../src/i18n/catalog.ts';
import { fill, slotNames, type Env } from '../../src/i18n/message.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { sections } from '../../src/sections/index.ts';
import coreZh from '../../src/i18n/core/zh-CN.ts';
import coreEn from '../../src/i18n/core/en.ts';

describe('i18n', () => {
  it('has every key in both languages, none empty but the joins', () => {
    const zh = Object.keys(messages['zh-CN']).sort();
    expect(Object.keys(messages.en).sort()).toEqual(zh);
    for (const table of Object.values(messages)) {
      for (const [key, text] of Object.entries(table)) if (!key.startsWith('punct.')) expect(text.trim(), key).not.toBe('');
    }
  });

  it('keeps each section’s words in its own files, with the same keys in each locale and none shared', () => {
    expect(Object.keys(coreEn).sort()).toEqual(Object.keys(coreZh).sort());
    const seen = new Set(Object.keys(coreZh));
    for (const section of sections) {
      const keys = Object.keys(section.messages['zh-CN']);
      expect(keys.length, section.id).toBeGreaterThan(0);
      expect(Object.keys(section.messages.en).sort(), section.id).toEqual([...keys].sort());
      for (const k of keys) {
        expect(seen.has(k), `${section.id}: ${k}`).toBe(false);
        seen.add(k);
      }
    }
    expect(seen.size).toBe(Object.keys(messages['zh-CN']).length);
  });

  it('uses no slot in a translation that the source does not fill, and every message parses', () => {
    // Slots the code fills for a language that says more than Chinese does (English says the direction of growth in a verb).
    const extra: Record<string, string[]> = {
      'sentence.indicator.growth': ['dir', 'abs'],
      'campaign.sentence.running': ['total'],
      'chart.progress.none': ['has'],
      'chart.progress.head': ['has'],
      'chart.peers.sentence': ['stock'],
    };
    for (const key of Object.keys(messages['zh-CN'])) {
      const zh = new Set([...slotNames(messages['zh-CN'][key as never]), ...(extra[key] ?? [])]);
      for (const name of slotNames(messages.en[key as never])) expect(zh.has(name), `${key}: {${name}}`).toBe(true);
    }
  });

  it('labels statuses, stages, natures and grades', () => {
    expect(PROJECT_STATUSES.map((s) => statusLabel(s, 'zh-CN'))).toEqual(['严重滞后', '滞后', '正常推进', '已竣工投产或完成年度计划', '未列计划']);
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

describe('t() fills plain placeholders as a replace over the message would', () => {
  const byRegex = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  it('every message of both languages with only {name} slots, with all, some or none of its values', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const [key, text] of Object.entries(messages[locale])) {
        if (/\{\s*\w+\s*[:,]/.test(text)) continue; // formatted or plural slots: below
        const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const all = Object.fromEntries(names.map((n, i) => [n, i % 2 ? i * 1234.5 : `值${i}{x}`]));
        const some = Object.fromEntries(names.slice(1).map((n) => [n, '$&']));
        for (const params of [all, some, {}]) expect(t(locale, key as never, params)).toBe(byRegex(text, params));
        expect(t(locale, key as never)).toBe(text);
      }
    }
  });
});

describe('the message syntax (src/i18n/message.ts)', () => {
  const env: Env = {
    plural: (n, ordinal) => new Intl.PluralRules('en', { type: ordinal ? 'ordinal' : 'cardinal' }).select(n),
    format: (name, v) => (name === 'twice' ? String(Number(v) * 2) : undefined),
    count: (n) => `<${n}>`,
  };
  it.each([
    ['{a} and {b}', { a: 1, b: 'x' }, '1 and x'],
    ['{a:twice}', { a: 4 }, '8'],
    ['{a:unknown}', { a: 4 }, '4'],
    ['{n, plural, one {# item} other {# items}}', { n: 1 }, '<1> item'],
    ['{n, plural, one {# item} other {# items}}', { n: 3 }, '<3> items'],
    ['{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'none'],
    ['{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n: 22 }, '<22>nd'],
    ['{k, select, a {A{x}} other {O}}', { k: 'a', x: '!' }, 'A!'],
    ['{k, select, a {A} other {O}}', { k: 'b' }, 'O'],
    ['{n, plural, other {{k, select, a {# a} other {# b}}}}', { n: 2, k: 'a' }, '<2> a'],
    ['{k, select, a {} other {O}}!', { k: 'a' }, '!'],
    ['{missing} stays', { other: 1 }, '{missing} stays'],
    ['{ not a slot', { a: 1 }, '{ not a slot'],
  ])('%s with %o → %s', (text, slots, expected) => {
    expect(fill(text, slots, env)).toBe(expected);
  });
  it('refuses a plural without "other" and an unclosed case', () => {
    expect(() => fill('{n, plural, one {x}}', { n: 1 }, env)).toThrow(/other/);
    expect(() => fill('{n, plural, other {x}', { n: 1 }, env)).toThrow(/unclosed|other/);
  });
});

describe('createTranslator', () => {
  it('formats numbers through format.ts and chooses English plurals by Intl.PluralRules', () => {
    const en = createTranslator('en');
    expect(en('land.sentence.demolished', { n: 1 })).toBe('1 building demolished');
    expect(en('land.sentence.demolished', { n: 1234 })).toBe('1,234 buildings demolished');
    expect(createTranslator('zh-CN')('land.sentence.demolished', { n: 1234 })).toBe('拆除房屋1,234栋');
    expect(en('movement.note.up', { n: 1 })).toBe('up 1 place since last month');
    expect(en('movement.note.up', { n: 2 })).toBe('up 2 places since last month');
  });
  it('writes money in the unit it is given', () => {
    expect(createTranslator('zh-CN', { moneyUnit: '万元' })('sentence.investmentNoPlan', { amount: 41800 })).toBe('完成投资4.18亿元');
    expect(createTranslator('zh-CN', { moneyUnit: '亿元' })('sentence.investmentNoPlan', { amount: 4.18 })).toBe('完成投资4.18亿元');
    expect(createTranslator('en', { moneyUnit: '万元' })('sentence.investmentNoPlan', { amount: 41800 })).toBe('completed CNY 418 million of investment');
  });
  it('names the region by its kind', () => {
    expect(['county', 'district', 'city', 'banner'].map((kind) => createTranslator('zh-CN')('scope.whole', { kind }))).toEqual(['全县', '全区', '全市', '全旗']);
    expect(createTranslator('en')('scope.whole', { kind: 'district' })).toBe('the district');
  });
  it('fails loudly on a key no file has', () => {
    expect(() => createTranslator('zh-CN')('no.such.key' as never)).toThrow(/no message/);
  });
});

describe('the pseudo-locale', () => {
  it('marks every message and every format template of zh-CN', () => {
    const zh = catalog('zh-CN');
    const pseudo = catalog('x-pseudo');
    for (const [key, text] of Object.entries(zh)) expect(pseudo[key as never]).toBe(`⟦${text}⟧`);
    expect(localeFormat('x-pseudo').money[0]!.template).toBe('⟦{n}亿元⟧');
    expect(localeFormat('x-pseudo').money[0]!.yuan).toBe(1e8);
    expect(createTranslator('x-pseudo')('land.sentence.demolished', { n: 3 })).toBe('⟦拆除房屋3栋⟧');
  });
});
