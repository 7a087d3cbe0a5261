// The shapes of the interface's words: message files (src/i18n/core/<locale>.ts and
// src/sections/<id>/i18n/<locale>.ts) and a locale's formatting rules.
import type { Locale } from '../core/types.ts';

/** The locales that have message files; 'x-pseudo' is made from zh-CN (catalog.ts). */
export type WrittenLocale = Exclude<Locale, 'x-pseudo'>;

/** A message file typed against the source locale's: the same keys, each a string. */
export type MessagesOf<Source> = { readonly [K in keyof Source]: string };

/** One scale that money is written in: 亿元 above 万元, billion above million. */
export interface MoneyScale {
  /** One of this scale's units in yuan: 1e8 for 亿元, 1e6 for million. */
  yuan: number;
  /** The figure with its unit: '{n}亿元', 'CNY {n} million'. */
  template: string;
  /** Decimals at most, and kept (4.00亿元) at least. */
  digits: number;
  minDigits: number;
  /** Decimals of a bound ("5亿元以上"), trailing zeros dropped; `digits` when absent. */
  boundDigits?: number;
}

/**
 * How a locale writes numbers, money, dates and ranks (core/format.ts applies these). The
 * templates use the message syntax of message.ts; every figure inside them is rounded by
 * rounding.ts's one rule, whatever the locale.
 */
export interface LocaleFormat {
  /** The language whose Intl.PluralRules choose plural forms. */
  pluralRules: string;
  /** The language's code in data (OC4IDS `language`) and in Open Graph (og:locale). */
  languageCode: string;
  ogLocale: string;
  /**
   * Which side of text written in Chinese and English side by side (the validator's
   * diagnostics, the data contract's schema and the docs) this locale shows.
   */
  bilingualSide: 'zh' | 'en';
  /**
   * Largest first. A scale is used when the amount, rounded as the next smaller scale would
   * write it, is at least one of its units (so 9,999.999万元 reads 1.00亿元, never 10,000.00万元);
   * the last applies below.
   */
  money: readonly MoneyScale[];
  /** A column heading with the money unit: '{label}（{unit}）'; and the unit's words there. */
  moneyHeading: string;
  moneyUnitNames: Readonly<Record<'万元' | '亿元' | '元', string>>;
  /** Signed points: '{n}个百分点'; unsigned points in a sentence: '{n}个百分点' / '{n} points'. */
  points: string;
  pointsAbs: string;
  /** Year-on-year growth in words ({pct} is unsigned). */
  growthUp: string;
  growthDown: string;
  growthFlat: string;
  /** A statistic and its unit as recorded: '{n}{unit}' / '{n} {unit}'. */
  valueWithUnit: string;
  /** Land area in mu. */
  mu: string;
  /** Area in square metres. */
  sqm: string;
  /** Month names, January first, as a date or a table column writes them alone: 1月 / Jan. */
  months: readonly string[];
  /** {y} year, {m} month number, {d} day, {mon} month name. */
  date: string;
  /** A date without its year, and two dates as a range: the year said once when both share it. */
  dateShort: string;
  dateRange: string;
  dateRangeSameYear: string;
  month: string;
  /** January to month {m}: '1-{m}月' / 'Jan–{mon}', and January alone. */
  monthRange: string;
  monthRangeJanuary: string;
  /** A cumulative period: '{y}年{range}' / '{range} {y}'. */
  period: string;
  monthEnd: string;
  /** '第{rank}名（共{of}个）' / '{rank:ordinal} of {of}'. */
  rank: string;
  /** A place in a sentence: '第{rank}位' / '{rank:ordinal}'. */
  place: string;
  /** Counting from the bottom ({n} = 1 is last). */
  fromBottom: string;
  /** An ordinal number: '{n, selectordinal, one {#st} …}'. */
  ordinal: string;
  /** Latitude and longitude ({lat}, {lon} unsigned), by hemisphere. */
  coordinates: Readonly<Record<'NE' | 'NW' | 'SE' | 'SW', string>>;
}

/** A locale's words and formats, as its files give them. */
export interface LocaleFiles<Messages> {
  messages: Messages;
  format: LocaleFormat;
}
