import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chineseNumeral,
  englishOrdinal,
  formatCount,
  formatDate,
  formatFromBottom,
  formatGrowth,
  formatMoney,
  formatMoneyBound,
  formatMonth,
  formatMonthRange,
  formatMu,
  formatNumber,
  formatPercent,
  formatIndicatorPeriod,
  formatPeriod,
  formatPlace,
  formatPoints,
  formatPointsAbs,
  formatRank,
  isBottomPosition,
} from '../../src/core/format.ts';

describe('formatMoney', () => {
  it('writes 1亿元 and over in 亿元, below in 万元 with grouping', () => {
    expect(formatMoney(85500, 'zh-CN')).toBe('8.55亿元');
    expect(formatMoney(1077000, 'zh-CN')).toBe('107.70亿元');
    expect(formatMoney(6000, 'zh-CN')).toBe('6,000万元');
    expect(formatMoney(3500, 'zh-CN')).toBe('3,500万元');
    expect(formatMoney(10000, 'zh-CN')).toBe('1.00亿元');
    expect(formatMoney(9999.999, 'zh-CN')).toBe('1.00亿元');
    expect(formatMoney(1800.456, 'zh-CN')).toBe('1,800.46万元');
    expect(formatMoney(0, 'zh-CN')).toBe('0万元');
    expect(formatMoney(-120, 'zh-CN')).toBe('−120万元');
  });

  it('converts from other units', () => {
    expect(formatMoney(8.55, 'zh-CN', '亿元')).toBe('8.55亿元');
    expect(formatMoney(35_000_000, 'zh-CN', '元')).toBe('3,500万元');
  });

  it('writes millions and billions of yuan in English', () => {
    expect(formatMoney(85500, 'en')).toBe('CNY 855 million');
    expect(formatMoney(3500, 'en')).toBe('CNY 35 million');
    expect(formatMoney(1077000, 'en')).toBe('CNY 10.77 billion');
    expect(formatMoney(12.5, 'en')).toBe('CNY 125,000');
  });

  it('chooses the English scale on the rounded figure, as the Chinese one always did', () => {
    // Before the locale formats (src/i18n/core/en.ts), English compared the raw amount and wrote
    // these as "CNY 1,000 million" and "CNY 1,000,000".
    expect(formatMoney(99_999.9995, 'en')).toBe('CNY 1 billion');
    expect(formatMoney(99.99995, 'en')).toBe('CNY 1 million');
    expect(formatMoney(99_999.4, 'en')).toBe('CNY 999.99 million');
  });

  it('writes bounds without the fixed decimals of figures', () => {
    expect(formatMoneyBound(50000, 'zh-CN')).toBe('5亿元');
    expect(formatMoneyBound(12345, 'zh-CN')).toBe('1.2345亿元');
    expect(formatMoneyBound(500, 'zh-CN')).toBe('500万元');
    expect(formatMoneyBound(50000, 'en')).toBe('CNY 500 million');
  });
});

describe('percentages and points', () => {
  it('rounds percentages to one decimal, always shown (59.1%, 60.0%, 100.0%)', () => {
    expect(formatPercent(4.87, 'zh-CN')).toBe('4.9%');
    expect(formatPercent(60, 'zh-CN')).toBe('60.0%');
    expect(formatPercent(100, 'en')).toBe('100.0%');
    expect(formatPercent(59.05, 'zh-CN')).toBe('59.1%'); // 59.05 is 59.0499… in binary: rounded as written
    expect(formatPercent(-0.04, 'zh-CN')).toBe('0.0%');
  });

  it('signs points: −11.8个百分点 / −11.8 pp', () => {
    expect(formatPoints(4.87 - 100 / 6, 'zh-CN')).toBe('−11.8个百分点');
    expect(formatPoints(4.87 - 100 / 6, 'en')).toBe('−11.8 pp');
    expect(formatPoints(2.5, 'zh-CN')).toBe('+2.5个百分点');
    expect(formatPoints(-0.04, 'zh-CN')).toBe('0.0个百分点');
    expect(formatPoints(-15, 'zh-CN')).toBe('−15.0个百分点');
    expect(formatPointsAbs(-11.8, 'zh-CN')).toBe('11.8个百分点');
    expect(formatPointsAbs(4, 'zh-CN')).toBe('4.0个百分点');
    expect(formatPointsAbs(1, 'en')).toBe('1.0 points');
  });

  it('says growth in words', () => {
    expect(formatGrowth(3.2, 'zh-CN')).toBe('增长3.2%');
    expect(formatGrowth(-51.7, 'zh-CN')).toBe('下降51.7%');
    expect(formatGrowth(0.01, 'zh-CN')).toBe('持平');
    expect(formatGrowth(-3.2, 'en')).toBe('down 3.2%');
  });

  it('formats counts, numbers and land', () => {
    expect(formatCount(1234, 'zh-CN')).toBe('1,234');
    expect(formatNumber(-0.001, 'en')).toBe('0');
    expect(formatNumber(35975.15, 'zh-CN')).toBe('35,975.15');
    expect(formatMu(885.5, 'zh-CN')).toBe('885.5亩');
    expect(formatMu(885.5, 'en')).toBe('885.5 mu');
  });
});

describe('dates and periods', () => {
  it('writes dates', () => {
    expect(formatDate('2026-10-31', 'zh-CN')).toBe('2026年10月31日');
    expect(formatDate('2026-10-31', 'en')).toBe('31 Oct 2026');
    expect(formatDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
  });

  it('writes cumulative periods as 1-N月', () => {
    expect(formatPeriod('2026-10', 'zh-CN')).toBe('2026年1-10月');
    expect(formatPeriod('2026-10', 'en')).toBe('Jan–Oct 2026');
    expect(formatPeriod('2026-01', 'zh-CN')).toBe('2026年1月');
    expect(formatPeriod('2026-10', 'zh-CN', false)).toBe('2026年10月');
    // A stock (余额) is read at the month's end; flows and ratios from January.
    expect(formatIndicatorPeriod('2026-10', 'stock', 'zh-CN')).toBe('2026年10月末');
    expect(formatIndicatorPeriod('2026-10', 'stock', 'en')).toBe('end of Oct 2026');
    expect(formatIndicatorPeriod('2026-10', 'flow', 'zh-CN')).toBe('2026年1-10月');
    expect(formatIndicatorPeriod('2026-10', 'ratio', 'zh-CN')).toBe('2026年1-10月');
    expect(formatMonth('2026-10', 'en')).toBe('Oct 2026');
    expect(formatMonthRange('2026-02', 'zh-CN')).toBe('1-2月');
    expect(formatMonthRange('2026-08', 'en')).toBe('Jan–Aug');
  });
});

describe('ranks', () => {
  it('writes a place out of a number', () => {
    expect(formatRank(5, 6, 'zh-CN')).toBe('第5名（共6个）');
    expect(formatRank(5, 6, 'en')).toBe('5th of 6');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(englishOrdinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
  });

  it('counts from the bottom near the bottom: 倒数第二', () => {
    expect(formatFromBottom(2, 'zh-CN')).toBe('倒数第二');
    expect(formatFromBottom(1, 'zh-CN')).toBe('倒数第一');
    expect(formatFromBottom(2, 'en')).toBe('second from last');
    expect(formatFromBottom(1, 'en')).toBe('last');
    expect([1, 2, 3, 4, 5, 6].map((r) => isBottomPosition(r, 6))).toEqual([false, false, false, true, true, true]);
    expect(formatPlace(5, 6, 'zh-CN')).toBe('倒数第二');
    expect(formatPlace(2, 6, 'zh-CN')).toBe('第2位');
    expect(formatPlace(8, 20, 'zh-CN')).toBe('第8位');
    expect(formatPlace(5, 6, 'en')).toBe('second from last');
    expect(formatPlace(1, 6, 'en')).toBe('1st');
  });

  it('writes Chinese numerals', () => {
    expect([1, 2, 10, 11, 20, 23, 99, 100].map(chineseNumeral)).toEqual(['一', '二', '十', '十一', '二十', '二十三', '九十九', '100']);
  });
});

describe('formatNumber: whole numbers grouped by hand, as Intl groups them', () => {
  const intl = (n: number, locale: 'zh-CN' | 'en', max: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: max, signDisplay: 'negative', useGrouping: true }).format(n).replace('-', '\u2212');
  it('any safe integer, both locales, any number of decimals allowed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1000, max: 1000 }), fc.constant(-0)), fc.constantFrom('zh-CN' as const, 'en' as const), fc.integer({ min: 0, max: 3 }), (n, locale, max) => {
        expect(formatNumber(n, locale, max)).toBe(intl(n, locale, max));
      }),
      { numRuns: 3000 },
    );
  });
  it('spot checks', () => {
    expect(formatNumber(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatNumber(-3500, 'en')).toBe('\u22123,500');
    expect(formatNumber(-0, 'zh-CN')).toBe('0');
    expect(formatNumber(999, 'zh-CN')).toBe('999');
    expect(formatNumber(1000, 'zh-CN')).toBe('1,000');
  });
});
