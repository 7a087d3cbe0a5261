// indicators.csv and indicator_targets.csv: the county's economic indicators beside
// its peers', cumulative from January, as the statistics bureau reports them. The
// county does well on some (industry, budget revenue) and badly on others (fixed-asset
// investment: second from last), because a portal that only shows good news is not
// believed.
import type { Rng } from './prng.ts';
import { type Month, januaryOf, monthOf, yearOf } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import { COUNTY, peerNames } from './places.ts';
import type { Table } from './table.ts';

type Cadence = 'monthly' | 'fromFebruary' | 'quarterly';
type ValueKind = 'cumulative' | 'balance' | 'level' | 'none';

interface IndicatorSpec {
  name: string;
  /** Who supplies the county's figure; the peers' come from the city's statistics bureau. */
  source: string;
  unit: string;
  cadence: Cadence;
  value: ValueKind;
  growth: boolean;
  /** The county's value over a full year (cumulative), at year end (balance), or typical (level). */
  base: number;
  digits: number;
  /** Cumulative share of the year by month (cumulative values only). */
  shares?: readonly number[];
  growthRange: [number, number];
  levelRange?: [number, number];
  /**
   * Where the county ranks among all regions in the latest year, 0 best … 1 worst, on
   * growth (or on the value when there is no growth). 'secondLast' pins it.
   */
  rank?: number | 'secondLast';
  target: { growth?: number[]; value?: number[]; direction: '越高越好' | '越低越好' };
}

const LINEAR = Array.from({ length: 12 }, (_, i) => (i + 1) / 12);

export const INDICATORS: readonly IndicatorSpec[] = [
  {
    name: '地区生产总值', source: '示例县统计局', unit: '亿元', cadence: 'quarterly', value: 'cumulative', growth: true, base: 262, digits: 2,
    shares: [0, 0, 0.215, 0, 0, 0.465, 0, 0, 0.715, 0, 0, 1], growthRange: [4.6, 6.4], rank: 0.2,
    target: { growth: [6, 5.5], direction: '越高越好' },
  },
  {
    name: '规模以上工业增加值', source: '示例县统计局', unit: '%', cadence: 'fromFebruary', value: 'none', growth: true, base: 0, digits: 1,
    growthRange: [5, 9], rank: 0, target: { growth: [8, 7.5], direction: '越高越好' },
  },
  {
    name: '固定资产投资', source: '示例县统计局', unit: '%', cadence: 'fromFebruary', value: 'none', growth: true, base: 0, digits: 1,
    growthRange: [-4, 9], rank: 'secondLast', target: { growth: [8, 6], direction: '越高越好' },
  },
  {
    name: '社会消费品零售总额', source: '示例县统计局', unit: '亿元', cadence: 'fromFebruary', value: 'cumulative', growth: true, base: 104, digits: 2,
    shares: [0.09, 0.17, 0.25, 0.325, 0.405, 0.485, 0.565, 0.645, 0.73, 0.815, 0.905, 1], growthRange: [3.5, 6.5], rank: 0.4,
    target: { growth: [6, 5.5], direction: '越高越好' },
  },
  {
    name: '一般公共预算收入', source: '示例县财政局', unit: '亿元', cadence: 'monthly', value: 'cumulative', growth: true, base: 14.6, digits: 2,
    shares: [0.11, 0.19, 0.28, 0.37, 0.46, 0.55, 0.62, 0.69, 0.77, 0.84, 0.91, 1], growthRange: [-2, 8], rank: 0.2,
    target: { growth: [5, 5], value: [15.3, 16.1], direction: '越高越好' },
  },
  {
    name: '税收占一般公共预算收入比重', source: '示例县财政局', unit: '%', cadence: 'monthly', value: 'level', growth: false, base: 64, digits: 1,
    growthRange: [0, 0], levelRange: [62, 78], rank: 1, target: { value: [68, 70], direction: '越高越好' },
  },
  {
    name: '全体居民人均可支配收入', source: '示例县统计局', unit: '元', cadence: 'quarterly', value: 'cumulative', growth: true, base: 29800, digits: 0,
    shares: [0, 0, 0.275, 0, 0, 0.52, 0, 0, 0.76, 0, 0, 1], growthRange: [4.8, 6.8], rank: 0.6,
    target: { growth: [6.5, 6], direction: '越高越好' },
  },
  {
    name: '金融机构各项存款余额', source: '中国人民银行示例县支行', unit: '亿元', cadence: 'monthly', value: 'balance', growth: true, base: 396, digits: 2,
    shares: LINEAR, growthRange: [6, 10], rank: 0.4, target: { growth: [8, 8], direction: '越高越好' },
  },
  {
    name: '金融机构各项贷款余额', source: '中国人民银行示例县支行', unit: '亿元', cadence: 'monthly', value: 'balance', growth: true, base: 268, digits: 2,
    shares: LINEAR, growthRange: [6, 12], rank: 0.2, target: { growth: [10, 10], direction: '越高越好' },
  },
  {
    name: '城镇登记失业率', source: '示例县人力资源和社会保障局', unit: '%', cadence: 'quarterly', value: 'level', growth: false, base: 3.8, digits: 1,
    growthRange: [0, 0], levelRange: [3.4, 4.4], target: { value: [4.5, 4.5], direction: '越低越好' },
  },
];

function reported(spec: IndicatorSpec, m: Month): boolean {
  const month = monthOf(m);
  if (spec.cadence === 'quarterly') return month % 3 === 0;
  if (spec.cadence === 'fromFebruary') return month >= 2;
  return true;
}

/** How the statistics bureau writes the period: 2025年1-8月, or 2025年8月 for a balance. */
function periodLabel(spec: IndicatorSpec, m: Month): string {
  const month = monthOf(m);
  if (spec.value === 'balance' || month === 1) return `${yearOf(m)}年${month}月`;
  return `${yearOf(m)}年1-${month}月`;
}

interface Cell {
  value?: number;
  growth?: number;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Values of one region, every reported month: growth drifts a little month to month. */
function series(spec: IndicatorSpec, scale: number, h: Horizon, rng: Rng): Map<Month, Cell> {
  const out = new Map<Month, Cell>();
  let previousYear = new Map<number, number>(); // month of year → value a year earlier
  for (const year of h.years) {
    const base = rng.range(spec.growthRange[0], spec.growthRange[1]);
    const drift = rng.range(-0.8, 0.8);
    const level = spec.levelRange ? rng.range(spec.levelRange[0], spec.levelRange[1]) : spec.base;
    const thisYear = new Map<number, number>();
    for (let month = 1; month <= 12; month++) {
      const m = januaryOf(year) + month - 1;
      const growth = round(base + (drift * (month - 6)) / 6 + rng.range(-0.25, 0.25), 1);
      let value: number | undefined;
      if (spec.value === 'cumulative' || spec.value === 'balance') {
        const share = spec.value === 'balance' ? 0.97 + 0.03 * (spec.shares?.[month - 1] ?? 1) : (spec.shares?.[month - 1] ?? 0);
        const lastYear = previousYear.get(month) ?? spec.base * scale * share;
        value = lastYear * (1 + growth / 100);
      } else if (spec.value === 'level') {
        value = (scale === 1 ? spec.base : level) + rng.range(-0.6, 0.6) * (spec.unit === '%' && spec.base < 10 ? 0.2 : 1);
      }
      if (value !== undefined) thisYear.set(month, value);
      if (m < h.first || m > h.last || !reported(spec, m)) continue;
      out.set(m, { ...(value !== undefined ? { value: round(value, spec.digits) } : {}), ...(spec.growth ? { growth } : {}) });
    }
    previousYear = thisYear;
  }
  return out;
}

export interface IndicatorData {
  regions: string[];
  rows: { spec: IndicatorSpec; region: string; m: Month; cell: Cell }[];
}

export function planIndicators(regionCount: number, h: Horizon, rng: Rng): IndicatorData {
  const peers = peerNames(Math.max(0, regionCount - 1));
  const regions = [COUNTY, ...peers];
  const rows: IndicatorData['rows'] = [];
  const scales = regions.map((_, i) => (i === 0 ? 1 : rng.fork(`scale:${i}`).range(0.6, 1.5)));
  for (const spec of INDICATORS) {
    const all = regions.map((region, i) => series(spec, scales[i] ?? 1, h, rng.fork(`series:${spec.name}:${region}`)));
    const own = all[0];
    // Put the county where the story wants it in every period of the latest year.
    if (own && spec.rank !== undefined && regions.length > 1) {
      for (const [m, cell] of own) {
        if (yearOf(m) !== h.lastYear) continue;
        const key: 'growth' | 'value' = spec.growth ? 'growth' : 'value';
        const current = cell[key];
        const others = all
          .slice(1)
          .map((s) => s.get(m)?.[key])
          .filter((x): x is number => x !== undefined)
          .sort((a, b) => b - a);
        if (current === undefined || others.length === 0) continue;
        const n = others.length + 1;
        const rank = spec.rank === 'secondLast' ? n - 1 : 1 + Math.round(spec.rank * (n - 1)); // 1-based
        const above = others[rank - 2];
        const below = others[rank - 1];
        const step = 10 ** -spec.digits;
        let placed: number;
        if (above === undefined) placed = (below ?? current) + 0.6;
        else if (below === undefined) placed = above - 0.6;
        else placed = (above + below) / 2;
        placed = round(placed, key === 'growth' ? 1 : spec.digits);
        // Keep the rank strict even when neighbours are close.
        if (above !== undefined && placed >= above) placed = round(above - step, key === 'growth' ? 1 : spec.digits);
        if (below !== undefined && placed <= below) placed = round(below + step, key === 'growth' ? 1 : spec.digits);
        if (key === 'growth' && cell.value !== undefined && cell.growth !== undefined) {
          cell.value = round((cell.value / (1 + cell.growth / 100)) * (1 + placed / 100), spec.digits);
        }
        cell[key] = placed;
      }
    }
    regions.forEach((region, i) => {
      const s = all[i];
      if (!s) return;
      for (const [m, cell] of s) rows.push({ spec, region, m, cell });
    });
  }
  return { regions, rows };
}

export function indicatorsTable(data: IndicatorData): Table {
  return {
    fields: ['indicator', 'region', 'period', 'value', 'growth', 'unit', 'source'],
    labels: ['指标', '地区', '时期', '数值', '同比增长(%)', '单位', '数据来源'],
    rows: data.rows.map(({ spec, region, m, cell }) => [
      spec.name,
      region,
      periodLabel(spec, m),
      cell.value === undefined ? '' : cell.value.toFixed(spec.digits),
      cell.growth === undefined ? '' : cell.growth.toFixed(1),
      spec.value === 'none' ? '' : spec.unit,
      region === COUNTY ? spec.source : '示例市统计局',
    ]),
  };
}

export function targetsTable(h: Horizon): Table {
  const rows: string[][] = [];
  for (const spec of INDICATORS) {
    h.years.forEach((year, i) => {
      const pick = (list: number[] | undefined): string => {
        const v = list?.[Math.min(i, list.length - 1)];
        return v === undefined ? '' : String(v);
      };
      rows.push([spec.name, String(year), pick(spec.target.value), pick(spec.target.growth), spec.target.direction]);
    });
  }
  return {
    fields: ['indicator', 'year', 'target_value', 'target_growth', 'direction'],
    labels: ['指标', '年度', '目标值', '目标增速(%)', '方向'],
    rows,
  };
}
