import { describe, expect, it } from 'vitest';
import { defaultKind, directionOf, indicatorNames, indicatorPeriods, indicatorSeries, indicatorSnapshot, kindOf, peerRanking, valueKindOf } from '../../src/core/metrics/indicators.ts';
import type { IndicatorObservation, IndicatorTarget } from '../../src/core/types.ts';
import { config } from './fixtures.ts';

const FAI = '固定资产投资';
const TAX = '税收占财政总收入比重';
const ENERGY = '单位地区生产总值能耗';
const REVENUE = '一般公共预算收入';

const obs = (indicator: string, region: string, period: string, growth?: number, value?: number, unit?: string): IndicatorObservation => ({
  indicator, region, period, growth, value, unit,
});

const indicators: IndicatorObservation[] = [
  // Fixed-asset investment, Jan–Aug: six counties ranked by growth.
  obs(FAI, '示例县', '2026-08', 3.2, 45.2, '亿元'),
  obs(FAI, '甲县', '2026-08', 8.0),
  obs(FAI, '乙县', '2026-08', 6.5),
  obs(FAI, '丙县', '2026-08', 5.1),
  obs(FAI, '丁县', '2026-08', 2.0),
  obs(FAI, '戊县', '2026-08', 4.4),
  // Jan–Jul: 示例县 was third.
  obs(FAI, '示例县', '2026-07', 5.5),
  obs(FAI, '甲县', '2026-07', 8.1),
  obs(FAI, '乙县', '2026-07', 6.0),
  obs(FAI, '丙县', '2026-07', 4.9),
  // Tax share: no growth, ranked by value.
  obs(TAX, '示例县', '2026-08', undefined, 61.33, '%'),
  obs(TAX, '甲县', '2026-08', undefined, 75, '%'),
  obs(TAX, '乙县', '2026-08', undefined, 70, '%'),
  obs(TAX, '丙县', '2026-08', undefined, 58, '%'),
  obs(TAX, '丁县', '2026-08', undefined, 66, '%'),
  obs(TAX, '戊县', '2026-08', undefined, 64, '%'),
  // Energy intensity: lower is better.
  obs(ENERGY, '示例县', '2026-06', -3.1),
  obs(ENERGY, '甲县', '2026-06', -2.0),
  obs(ENERGY, '乙县', '2026-06', -4.5),
  obs(ENERGY, '丙县', '2026-06', -1.0),
  // Revenue: a flow with a value target.
  obs(REVENUE, '示例县', '2026-08', undefined, 6.53, '亿元'),
];

const targets: IndicatorTarget[] = [
  { indicator: FAI, year: 2026, targetGrowth: 8.0, direction: 'higher' },
  { indicator: TAX, year: 2026, targetValue: 75, direction: 'higher' },
  { indicator: ENERGY, year: 2026, targetGrowth: -3.0, direction: 'lower' },
  { indicator: REVENUE, year: 2026, targetValue: 10, direction: 'higher' },
];

const data = { indicators, targets, config: config() };

describe('indicatorSnapshot', () => {
  it('compares growth with the target growth and ranks by growth among peers', () => {
    const s = indicatorSnapshot(data, FAI, '2026-08');
    expect(s).toMatchObject({ region: '示例县', value: 45.2, growth: 3.2, unit: '亿元', direction: 'higher', onTarget: false });
    expect(s?.growthGapPoints).toBeCloseTo(-4.8, 10);
    // 8.0, 6.5, 5.1, 4.4, 3.2, 2.0: fifth of six, second from last.
    expect(s?.rank).toEqual({ rank: 5, of: 6, fromBottom: 2, by: 'growth' });
    expect(s?.ranking?.rows.map((r) => r.region)).toEqual(['甲县', '乙县', '丙县', '戊县', '示例县', '丁县']);
    // Jan–Jul it was third of four: down two places.
    expect(s?.previousPeriod).toBe('2026-07');
    expect(s?.previousRank?.rank).toBe(3);
    expect(s?.rankChange).toBe(-2);
  });

  it('ranks by value where growth is not reported, and reads a ratio against its target value', () => {
    const s = indicatorSnapshot(data, TAX, '2026-08');
    expect(s?.valueKind).toBe('level');
    expect(s?.valueGap).toBe(-13.7); // 61.3 − 75.0, the figures as printed
    expect(s?.rank).toEqual({ rank: 5, of: 6, fromBottom: 2, by: 'value' });
    expect(s?.onTarget).toBe(false);
    expect(s?.previousRank).toBeUndefined();
  });

  it('respects lower-is-better: the steepest fall ranks first', () => {
    const s = indicatorSnapshot(data, ENERGY, '2026-06');
    // −4.5, −3.1, −2.0, −1.0
    expect(s?.rank).toEqual({ rank: 2, of: 4, fromBottom: 3, by: 'growth' });
    expect(s?.growthGapPoints).toBe(0.1); // beats the cap by 0.1: positive is on the good side in either direction
    // A fall of 3.1% beats a target of −3.0% when lower is better.
    expect(s?.onTarget).toBe(true);
  });

  it('reads a flow against the full-year target and time progress', () => {
    const s = indicatorSnapshot(data, REVENUE, '2026-08');
    expect(s?.valueKind).toBe('flow');
    expect(s?.targetPct).toBeCloseTo(65.3, 10);
    // 8/12 = 66.67%: 1.37 points behind.
    expect(s?.targetLagPoints).toBe(-1.4); // 65.3 − 66.7, as printed
    expect(s?.onTarget).toBe(false);
    expect(s?.rank).toEqual({ rank: 1, of: 1, fromBottom: 1, by: 'value' });
  });

  it('is undefined when the region has no row for the period', () => {
    expect(indicatorSnapshot(data, FAI, '2026-05')).toBeUndefined();
    expect(indicatorSnapshot(data, FAI, '2026-08', '甲县')?.rank?.rank).toBe(1);
  });
});

describe('peerRanking', () => {
  it('gives equal figures the same place and skips the next', () => {
    const rows = [obs('X', 'A', '2026-03', 5), obs('X', 'B', '2026-03', 7), obs('X', 'C', '2026-03', 5), obs('X', 'D', '2026-03', 1), obs('X', 'E', '2026-03')];
    const r = peerRanking(rows, 'X', '2026-03', 'higher', 'growth');
    expect(r.rows.map((p) => `${p.rank}${p.region}`)).toEqual(['1B', '2A', '2C', '4D']);
    expect(peerRanking(rows, 'X', '2026-03', 'lower', 'growth').rows.map((p) => `${p.rank}${p.region}`)).toEqual(['1D', '2A', '2C', '4B']);
  });
});

describe('indicator helpers', () => {
  it('list names, periods and a region series in order', () => {
    expect(indicatorNames(indicators)).toEqual([FAI, TAX, ENERGY, REVENUE]);
    expect(indicatorPeriods(indicators, FAI)).toEqual(['2026-07', '2026-08']);
    expect(indicatorSeries(indicators, FAI, '示例县').map((o) => o.growth)).toEqual([5.5, 3.2]);
    expect(directionOf(targets, ENERGY, 2030)).toBe('lower');
    expect(directionOf(targets, '未知指标')).toBe('higher');
  });

  it('tell levels from flows', () => {
    expect(valueKindOf('地区生产总值', '亿元')).toBe('flow');
    expect(valueKindOf('各项存款余额', '亿元')).toBe('level');
    expect(valueKindOf('城镇化率', undefined)).toBe('level');
    expect(valueKindOf('税收占比', '%')).toBe('level');
  });

  it('knows a stock from a flow by name when the targets do not say (指标类型)', () => {
    expect(defaultKind('金融机构各项存款余额', '亿元')).toBe('stock');
    expect(defaultKind('城镇登记失业率', '%')).toBe('stock');
    expect(defaultKind('税收占一般公共预算收入比重', '%')).toBe('ratio');
    expect(defaultKind('城镇化率', undefined)).toBe('ratio');
    expect(defaultKind('地区生产总值', '亿元')).toBe('flow');
    expect(defaultKind('城乡居民人均可支配收入', '元')).toBe('flow');
    expect(kindOf([{ indicator: '地区生产总值', year: 2026, direction: 'higher', kind: 'stock' }], '地区生产总值', '亿元')).toBe('stock');
  });
});
