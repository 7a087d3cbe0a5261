// Every locale's words in one table per locale: the core's message file merged with each
// section's (src/sections/<id>/i18n/<locale>.ts, listed by the section registry), and the
// locale's formatting rules. The pseudo-locale 'x-pseudo' has no files: it is zh-CN with
// every message and format template wrapped in ⟦…⟧, so that a build in it shows at a glance
// (and test/site/pseudo-locale.test.ts checks) which visible text did not come from here.
import type { Locale } from '../core/types.ts';
import { sections, type SectionMessageKey } from '../sections/index.ts';
import coreZh, { format as zhFormat } from './core/zh-CN.ts';
import coreEn, { format as enFormat } from './core/en.ts';
import type { LocaleFormat, WrittenLocale } from './types.ts';

export type MessageKey = keyof typeof coreZh | SectionMessageKey;
export type Catalog = Readonly<Record<MessageKey, string>>;

const core: Record<WrittenLocale, { messages: Readonly<Record<keyof typeof coreZh, string>>; format: LocaleFormat }> = {
  'zh-CN': { messages: coreZh, format: zhFormat },
  en: { messages: coreEn, format: enFormat },
};

/** The markers of the pseudo-locale. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';
const pseudo = (text: string) => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

function written(locale: WrittenLocale): Catalog {
  const merged: Record<string, string> = { ...core[locale].messages };
  for (const section of sections) {
    for (const [key, text] of Object.entries(section.messages[locale])) {
      if (key in merged) throw new Error(`i18n: the message "${key}" of section ${section.id} is also defined elsewhere`);
      merged[key] = text;
    }
  }
  return merged as Catalog;
}

function pseudoFormat(f: LocaleFormat): LocaleFormat {
  const wrapAll = <T>(v: T): T => {
    if (typeof v === 'string') return pseudo(v) as T;
    if (Array.isArray(v)) return v.map(wrapAll) as T;
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'yuan' || k === 'digits' || k === 'minDigits' || k === 'boundDigits' ? x : wrapAll(x)])) as T;
    return v;
  };
  return { ...wrapAll(f), pluralRules: f.pluralRules, languageCode: f.languageCode, ogLocale: f.ogLocale, bilingualSide: f.bilingualSide };
}

const catalogs = new Map<Locale, Catalog>();
const formats = new Map<Locale, LocaleFormat>();

/** The locale's messages, keyed by MessageKey. */
export function catalog(locale: Locale): Catalog {
  let c = catalogs.get(locale);
  if (!c) {
    c = locale === 'x-pseudo' ? (Object.fromEntries(Object.entries(written('zh-CN')).map(([k, v]) => [k, pseudo(v)])) as Catalog) : written(locale);
    catalogs.set(locale, c);
  }
  return c;
}

/** The locale's formatting rules (core/format.ts). */
export function localeFormat(locale: Locale): LocaleFormat {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = locale === 'x-pseudo' ? pseudoFormat(core['zh-CN'].format) : core[locale].format));
  return f;
}

/** The locales with message files, the source first. */
export const writtenLocales: readonly WrittenLocale[] = ['zh-CN', 'en'];
