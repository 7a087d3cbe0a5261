// The one way the interface's words are produced: createTranslator(locale) gives t(key, slots),
// which looks the key up in the locale's catalog (core and section message files, catalog.ts)
// and fills its slots (message.ts's syntax). A slot may name a formatter, {amount:money},
// {pct:percent}, {n:count}, {date:date} …, which writes the value by core/format.ts's rules for
// the locale; plural forms are chosen by Intl.PluralRules. Nothing outside the locale's files
// and this function says how a locale writes: no `locale === …` elsewhere.
import type { Locale } from '../core/types.ts';
import {
  formatCount,
  formatDate,
  formatEnv,
  formatGrowth,
  formatMoney,
  formatMoneyBound,
  formatMonth,
  formatMonthEnd,
  formatMonthName,
  formatMonthRange,
  formatMu,
  formatArea,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatPointsAbs,
  type MoneyUnit,
} from '../core/format.ts';
import { catalog, localeFormat, type MessageKey } from './catalog.ts';
import { fill, type Env, type SlotValue, type Slots } from './message.ts';

export type { MessageKey } from './catalog.ts';
export type { Slots, SlotValue } from './message.ts';

export interface TranslatorOptions {
  /** The unit money figures are given in ({x:money}); the configured money unit, 万元 by default. */
  moneyUnit?: MoneyUnit;
}

export interface Translate {
  (key: MessageKey, slots?: Slots): string;
  readonly locale: Locale;
}

type Formatter = (v: SlotValue, locale: Locale, unit: MoneyUnit) => string;
const num = (v: SlotValue) => (typeof v === 'number' ? v : Number(v));
const str = (v: SlotValue) => String(v);

/** The formatters a slot can name. */
const FORMATTERS: Record<string, Formatter> = {
  count: (v, l) => formatCount(num(v), l),
  number: (v, l) => formatNumber(num(v), l, 2),
  percent: (v, l) => formatPercent(num(v), l),
  points: (v, l) => formatPoints(num(v), l),
  pointsAbs: (v, l) => formatPointsAbs(num(v), l),
  growth: (v, l) => formatGrowth(num(v), l),
  money: (v, l, u) => formatMoney(num(v), l, u),
  moneyBound: (v, l, u) => formatMoneyBound(num(v), l, u),
  mu: (v, l) => formatMu(num(v), l),
  area: (v, l) => formatArea(num(v), l),
  date: (v, l) => formatDate(str(v), l),
  month: (v, l) => formatMonth(str(v), l),
  monthName: (v, l) => formatMonthName(str(v), l),
  monthRange: (v, l) => formatMonthRange(str(v), l),
  period: (v, l) => formatPeriod(str(v), l),
  monthEnd: (v, l) => formatMonthEnd(str(v), l),
  /** The first letter in capitals (a sentence that may open with a slot); no change to Chinese. */
  capital: (v) => str(v).charAt(0).toUpperCase() + str(v).slice(1),
};

/**
 * The locale's side of text that is written in Chinese and English side by side rather than in
 * message files: the validator's diagnostics, the data contract's schema (titles, descriptions)
 * and the bilingual docs. The locale's format says which side it shows (bilingualSide).
 */
export function bilingual(locale: Locale, pair: { zh: string; en: string }): string {
  return localeFormat(locale).bilingualSide === 'en' ? pair.en : pair.zh;
}

const cache = new Map<string, Translate>();

/** t(key, slots) in `locale`. */
export function createTranslator(locale: Locale, options: TranslatorOptions = {}): Translate {
  const unit = options.moneyUnit ?? '万元';
  const cacheKey = `${locale}\u0000${unit}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const messages = catalog(locale);
  const base = formatEnv(locale);
  const env: Env = {
    plural: base.plural,
    count: base.count,
    format: (name, v) => FORMATTERS[name]?.(v, locale, unit) ?? base.format(name, v),
  };
  const t = ((key: MessageKey, slots?: Slots) => {
    const text = messages[key];
    if (text === undefined) throw new Error(`i18n: no message "${key}"`);
    return fill(text, slots, env);
  }) as Translate;
  Object.defineProperty(t, 'locale', { value: locale });
  cache.set(cacheKey, t);
  return t;
}
