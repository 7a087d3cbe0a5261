import { describe, expect, it } from 'vitest';
import type { IndicatorObservation, IndicatorTarget } from '../../src/core/types.ts';
import { indicatorSnapshot, type IndicatorInput } from '../../src/core/metrics/indicators.ts';
import {
  gapText,
  growthText,
  indicatorSources,
  latestSnapshots,
  periodRows,
  rankChangeText,
  rankText,
  regionIndicatorNames,
  selfLabel,
  targetText,
  valueText,
} from '../../src/site/indicator-page.ts';
import { config } from '../metrics/fixtures.ts';

const peers = ['示例县', '甲县', '乙县', '丙县', '丁县', '戊县'];
const obs = (indicator: string, region: string, period: string, value?: number, growth?: number, unit?: string): IndicatorObservation => ({
  indicator,
  region,
  period,
  value,
  growth,
  unit,
});
// 固定资产投资: growth by region; 示例县 5th of 6 in August (倒数第二), 4th in July.
const growthAug = [9, 8, 7, 6, 3.2, 1];
const growthJul = [9, 8, 7, 6.5, 2, 1];
const order = ['甲县', '乙县', '丙县', '丁县', '示例县', '戊县'];
const orderJul = ['甲县', '乙县', '丙县', '示例县', '丁县', '戊县'];
const observations: IndicatorObservation[] = [
  ...order.map((r, i) => obs('固定资产投资', r, '2025-08', 50 + i, growthAug[i], '亿元')),
  ...orderJul.map((r, i) => obs('固定资产投资', r, '2025-07', 40 + i, growthJul[i], '亿元')),
  ...peers.map((r, i) => obs('税收占一般公共预算收入比重', r, '2025-08', 60 + i, undefined, '%')),
  ...peers.map((r, i) => obs('地区生产总值', r, '2025-06', 40 + i, undefined, '亿元')),
  obs('只有兄弟县的指标', '甲县', '2025-08', 1),
];
const targets: IndicatorTarget[] = [
  { indicator: '固定资产投资', year: 2025, targetGrowth: 8, direction: 'higher' },
  { indicator: '税收占一般公共预算收入比重', year: 2025, targetValue: 75, direction: 'higher' },
  { indicator: '地区生产总值', year: 2025, targetValue: 100, direction: 'higher' },
];
const data: IndicatorInput = { indicators: observations, targets, config: config() };

describe('latestSnapshots', () => {
  it('takes each indicator of the region at its own latest period, in file order', () => {
    const all = latestSnapshots(data);
    expect(all.map((s) => [s.indicator, s.period])).toEqual([
      ['固定资产投资', '2025-08'],
      ['税收占一般公共预算收入比重', '2025-08'],
      ['地区生产总值', '2025-06'],
    ]);
    expect(regionIndicatorNames(data)).toEqual(['固定资产投资', '税收占一般公共预算收入比重', '地区生产总值']);
  });
});

describe('figures as text', () => {
  const [fai, tax, gdp] = latestSnapshots(data);

  it('writes values with units and growth with its sign', () => {
    expect(valueText(86.5, '亿元', 'zh-CN')).toBe('86.5亿元');
    expect(valueText(61.333, '%', 'zh-CN')).toBe('61.3%');
    expect(valueText(86.5, '亿元', 'en')).toBe('86.5 亿元');
    expect(valueText(undefined, '亿元', 'zh-CN')).toBe('—');
    expect(growthText(-1.25, 'zh-CN')).toBe('−1.3%');
    expect(growthText(undefined, 'zh-CN')).toBe('—');
  });

  it('writes targets', () => {
    expect(targetText(fai!.target, fai!.unit, 'zh-CN')).toBe('增长8.0%');
    expect(targetText(tax!.target, tax!.unit, 'zh-CN')).toBe('75.0%');
    expect(targetText({ indicator: 'x', year: 2025, targetValue: 320, targetGrowth: 7, direction: 'higher' }, '亿元', 'zh-CN')).toBe('320亿元，增长7.0%');
    expect(targetText(undefined, '亿元', 'zh-CN')).toBe('—');
  });

  it('writes the gap on the same basis as the sentence, with the verdict in words', () => {
    expect(gapText(fai!, 'zh-CN')).toBe('低于目标4.8个百分点（未达到目标）');
    expect(gapText(tax!, 'zh-CN')).toBe('低于目标15.0个百分点（未达到目标）');
    // A flow without growth: share of the full-year target against time progress (June: 50%).
    expect(gapText(gdp!, 'zh-CN')).toBe('完成年度目标的40.0%，落后时间进度10.0个百分点');
    const lower = indicatorSnapshot({ ...data, targets: [{ indicator: '固定资产投资', year: 2025, targetGrowth: 4, direction: 'lower' }] }, '固定资产投资', '2025-08');
    expect(gapText(lower!, 'zh-CN')).toBe('低于目标0.8个百分点（达到目标）'); // growth 3.2% under a cap of 4%: below it, which is on target
  });

  it('writes the rank, counted from the bottom near it, and its change', () => {
    expect(rankText(fai!.rank, 'zh-CN')).toBe('第5位（共6个），倒数第二');
    expect(rankText({ rank: 2, of: 6, fromBottom: 5, by: 'growth' }, 'zh-CN')).toBe('第2位（共6个）');
    expect(rankText({ rank: 6, of: 6, fromBottom: 1, by: 'growth' }, 'en')).toBe('6th of 6, last');
    expect(rankText(undefined, 'zh-CN')).toBe('—');
    expect(fai!.rankChange).toBe(-1);
    expect(rankChangeText(fai!.rankChange, 'zh-CN')).toBe('比上期后退1位');
    expect(rankChangeText(2, 'zh-CN')).toBe('比上期前移2位');
    expect(rankChangeText(0, 'zh-CN')).toBe('位次与上期持平');
    expect(rankChangeText(undefined, 'zh-CN')).toBeUndefined();
  });

  it('calls the region by what it is', () => {
    expect(selfLabel('示例县', 'zh-CN')).toBe('本县');
    expect(selfLabel('某某区', 'zh-CN')).toBe('本区');
    expect(selfLabel('某某市', 'zh-CN')).toBe('本市');
  });
});

describe('periodRows', () => {
  it('lists the region’s periods newest first with the rank then', () => {
    const rows = periodRows(data, '固定资产投资');
    expect(rows.map((r) => [r.period, r.growth, r.rank?.rank])).toEqual([
      ['2025-08', 3.2, 5],
      ['2025-07', 6.5, 4],
    ]);
    expect(rows[0]!.target?.targetGrowth).toBe(8);
  });
});

describe('indicatorSources', () => {
  const row = (indicator: string, region: string, source?: string): IndicatorObservation => ({ indicator, region, period: '2026-09', ...(source ? { source } : {}) });
  it('names the region’s own source first, then the peers’, each once, and none when the data gives none', () => {
    const indicators = [
      row('一般公共预算收入', '甲县', '示例市统计局'),
      row('一般公共预算收入', '示例县', '示例县财政局'),
      row('一般公共预算收入', '乙县', '示例市统计局'),
      row('一般公共预算收入', '示例县', ' 示例县财政局 '),
      row('地区生产总值', '示例县', '示例县统计局'),
      row('一般公共预算收入', '丙县'),
    ];
    expect(indicatorSources({ indicators }, '一般公共预算收入', '示例县')).toEqual(['示例县财政局', '示例市统计局']);
    expect(indicatorSources({ indicators }, '地区生产总值', '示例县')).toEqual(['示例县统计局']);
    expect(indicatorSources({ indicators: [row('地区生产总值', '示例县')] }, '地区生产总值', '示例县')).toEqual([]);
  });
});
