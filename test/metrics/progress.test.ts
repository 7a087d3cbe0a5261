import { describe, expect, it } from 'vitest';
import { addMonths, asOfDate, dayOfYear, daysBetween, isLeapYear, monthEnd, parseIsoDate } from '../../src/core/metrics/calendar.ts';
import { completionPct, lagPoints, percentOf, proRataPlan, timeProgressPct } from '../../src/core/metrics/progress.ts';

describe('calendar', () => {
  it('knows leap years and month ends', () => {
    expect([2024, 2026, 1900, 2000].map(isLeapYear)).toEqual([true, false, false, true]);
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(asOfDate('2026-10')).toBe('2026-10-31');
    expect(dayOfYear('2024-03-01')).toBe(61);
    expect(dayOfYear('2026-12-31')).toBe(365);
  });

  it('counts days between dates across months and years', () => {
    expect(daysBetween('2026-09-01', '2026-12-09')).toBe(99);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('steps months across year ends and rejects malformed input', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(() => parseIsoDate('2026-02-30')).toThrow();
    expect(() => monthEnd('2026-13')).toThrow();
  });
});

describe('time progress', () => {
  it('is N/12 at the end of month N by months', () => {
    expect(timeProgressPct('2026-02')).toBeCloseTo(16.6667, 4);
    expect(timeProgressPct('2026-06', 'months')).toBe(50);
    expect(timeProgressPct('2026-12')).toBe(100);
  });

  it('counts days to the month end over days in the year, leap years right', () => {
    // 2024 is a leap year: 31 + 29 = 60 days of 366.
    expect(timeProgressPct('2024-02', 'days')).toBeCloseTo((60 / 366) * 100, 10);
    expect(timeProgressPct('2024-02', 'days')).toBeCloseTo(16.3934, 4);
    // 2026 is not: 31 + 28 = 59 days of 365.
    expect(timeProgressPct('2026-02', 'days')).toBeCloseTo(16.1644, 4);
    expect(timeProgressPct('2024-12', 'days')).toBe(100);
    // By days, the end of June is past half of a common year: 181/365.
    expect(timeProgressPct('2026-06', 'days')).toBeCloseTo(49.589, 3);
  });
});

describe('completion rate and lag', () => {
  it('divides completed by the year plan, in percent', () => {
    expect(completionPct(4870, 100000)).toBeCloseTo(4.87, 10);
    expect(completionPct(undefined, 500)).toBe(0);
  });

  it('is undefined without a plan', () => {
    expect(completionPct(100, 0)).toBeUndefined();
    expect(completionPct(100, undefined)).toBeUndefined();
  });

  it('is undefined, not Infinity, when the plan is so small that the rate overflows', () => {
    expect(completionPct(1, 5e-324)).toBeUndefined();
    expect(completionPct(1e307, 1)).toBeUndefined();
    expect(completionPct(0, 5e-324)).toBe(0);
  });

  it('shares percentOf with land, campaigns, indicator targets and attraction: exact, or undefined on overflow', () => {
    expect(percentOf(45, 100)).toBe(45);
    expect(percentOf(-3, 12)).toBe(-25);
    expect(percentOf(1, -5e-324)).toBeUndefined();
    expect(percentOf(-1e307, 1)).toBeUndefined();
  });

  it('gives the lag in points: 4.87% after two months is 11.8 points behind', () => {
    const lag = lagPoints(4.87, timeProgressPct('2026-02'));
    // As printed: 4.9% − 16.7% = −11.8 points (the unrounded −11.7967 would not be what the page shows).
    expect(lag).toBe(-11.8);
    expect(lagPoints(undefined, 50)).toBeUndefined();
  });

  it('spreads the year plan evenly for the pro-rata line', () => {
    expect(proRataPlan(1200, '2026-03')).toBe(300);
    expect(proRataPlan(undefined, '2026-03')).toBeUndefined();
  });
});
