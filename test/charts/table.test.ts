// The table and the CSV say the same numbers as the input, and the CSV reads back.

import { describe, expect, it } from 'vitest';
import * as C from '../../src/core/charts/index.ts';
import type { Cell, Chart } from '../../src/core/charts/index.ts';
import { charts } from './all-charts.ts';
import * as F from './fixtures.ts';

/** Minimal RFC 4180 reader, enough to read our own CSV back. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

const asCsvText = (cell: Cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

function expectCsvMatchesTable(chart: Chart) {
  const rows = readCsv(chart.csv);
  expect(rows[0]).toEqual(chart.table.columns.map((c) => c.label));
  expect(rows.slice(1)).toEqual(chart.table.rows.map((r) => r.map(asCsvText)));
  for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
}

const column = (chart: Chart, key: string) => {
  const i = chart.table.columns.findIndex((c) => c.key === key);
  expect(i, `column ${key}`).toBeGreaterThanOrEqual(0);
  return chart.table.rows.map((r) => r[i]);
};

describe('chart tables and CSV', () => {
  for (const [name, make] of Object.entries(charts)) {
    it(`${name}: the CSV is the table (header row, numbers as numbers, CRLF)`, () => {
      const chart = make();
      expectCsvMatchesTable(chart);
      expect(chart.csv.endsWith('\r\n')).toBe(true);
      expect(chart.csv.charCodeAt(0)).not.toBe(0xfeff);
    });
  }

  it('projectProgress: one row per month of the year, values as given, rates computed', () => {
    const chart = charts.projectProgress!();
    const months = F.projectProgressInput.months.filter((m) => m.period.startsWith('2025'));
    expect(column(chart, 'period')).toEqual(months.map((m) => m.period));
    expect(column(chart, 'completed')).toEqual(months.map((m) => m.completedYtd ?? null));
    expect(column(chart, 'plan_pro_rata')).toEqual(months.map((_, i) => (12000 * (i + 1)) / 12));
    expect(column(chart, 'completion_rate').at(-1)).toBe(54); // 6480.25 / 12000
    expect(chart.csv).toContain('\r\n2025-08,6480.25,8000,54,66.7\r\n');
  });

  it('projectProgress counted in days: time progress and the pro-rata plan follow the days of the year', () => {
    const zh = C.chartLabels('zh-CN', '万元');
    const chart = C.projectProgress({ ...F.projectProgressInput, id: 'p-days', timeProgress: 'days' }, zh);
    // 2025 is not a leap year: the end of February is day 59 of 365, of August day 243.
    expect(column(chart, 'time_progress').slice(0, 2)).toEqual([8.5, 16.2]);
    expect(column(chart, 'plan_pro_rata')[1]).toBe(1939.73); // 12000 × 59 / 365
    expect(column(chart, 'time_progress').at(-1)).toBe(66.6); // 243 / 365
    // The sentence's lag is completion (54%) minus the same time progress.
    expect(chart.description).toContain('66.6%');
    expect(chart.description).not.toContain('66.7%');
  });

  it('portfolioProgress: the headline numbers (lags the time schedule by 11.8 points)', () => {
    const chart = charts.portfolioProgress!();
    expect(chart.table.rows).toEqual([['2025-02', 1862300, 90940, 4.9, 16.7, -11.8]]);
    expect(chart.description).toContain('落后时间进度（16.7%）11.8个百分点');
  });

  it('groupComparison: rates are sums over sums, sorted high to low, missing plans last', () => {
    const chart = charts.groupComparison!();
    const rates = column(chart, 'completion_rate');
    expect(rates.at(-1)).toBeNull(); // 桃源乡 has a zero plan
    const known = rates.filter((r): r is number => typeof r === 'number');
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(column(chart, 'name')[0]).toBe('清河镇');
    expect(rates[0]).toBe(110);
    for (const g of F.groupComparisonInput.groups) expect(chart.table.rows.some((r) => r[0] === g.name && r[1] === g.yearPlan && r[2] === g.completed)).toBe(true);
  });

  it('indicatorSeries, peerComparison, rankHistory, barChart: values as given', () => {
    const series = charts.indicatorSeries!();
    expect(column(series, 'growth')).toEqual(F.indicatorSeriesInput.points.map((p) => p.value ?? null));
    // Each period against its own year's target: 2024's against 8, 2025's against 7.5.
    expect(column(series, 'target')).toEqual(F.indicatorSeriesInput.points.map((p) => (p.period.startsWith('2024') ? 8 : 7.5)));

    const peers = charts.peerComparison!();
    expect(column(peers, 'region')).toEqual(['甲县', '乙县', '示例县', '丁县（国家级贫困县脱贫后过渡期重点帮扶县）', '丙县', '戊县']);
    expect(column(peers, 'rank')).toEqual([1, 2, 3, 4, 5, null]);

    const rank = charts.rankHistory!();
    expect(column(rank, 'rank')).toEqual(F.rankHistoryInput.months.map((m) => m.rank ?? null));
    expect(rank.description).toBe('2025年8月县发展和改革局排名第1位（共18个），较上月上升3位，期间最好第1位、最差第7位。');

    const funnel = charts.fundingFunnel!();
    expect(funnel.table.rows).toEqual(F.fundingFunnelInput.bars.map((b) => [b.label, b.value]));
    const land = charts.landAcquisition!();
    expect(column(land, 'value')).toEqual([100, 81, 62.5, 38.25, null]);
  });

  it('peerComparison: equal values share a rank', () => {
    const chart = C.peerComparison({ id: 'tie', title: 't', period: '2025-08', measure: 'growth', highlight: 'B', regions: [{ region: 'A', value: 5 }, { region: 'B', value: 5 }, { region: 'C', value: 1 }] }, C.chartLabels('zh-CN'));
    expect(column(chart, 'rank')).toEqual([1, 1, 3]);
    expect(chart.description).toContain('排名第1位');
  });

  it('defuses spreadsheet formulas in text cells but keeps negative numbers numeric', () => {
    const csv = C.tableToCsv({ columns: [{ key: 'a', label: 'a' }, { key: 'b', label: 'b' }], rows: [['=1+1', -3.5], ['-x', null], ['a,"b"', Number.NaN]] });
    expect(csv).toBe('a,b\r\n\'=1+1,-3.5\r\n\'-x,\r\n"a,""b""",\r\n');
  });

  it('writes descriptions in English too', () => {
    expect(charts.projectProgressEnglish!().description).toBe(
      'The new People’s Hospital campus: by the end of Aug 2025, 6,480.3 (10k yuan) had been invested this year, 54.0% of the year plan of 12,000 (10k yuan), 12.7 points behind time progress (66.7%).',
    );
  });
});

describe('peerComparison with lower-is-better', () => {
  it('ranks the lowest first and says so', () => {
    const chart = C.peerComparison(
      { id: 'unemployment', title: '城镇登记失业率', period: '2026-10', measure: 'value', unit: '%', highlight: '示例县', direction: 'lower', regions: [
        { region: '甲县', value: 3.1 },
        { region: '示例县', value: 2.8 },
        { region: '乙县', value: 4.2 },
      ] },
      C.chartLabels('zh-CN'),
    );
    expect(chart.table.rows).toEqual([
      [1, '示例县', 2.8],
      [2, '甲县', 3.1],
      [3, '乙县', 4.2],
    ]);
    expect(chart.description).toContain('在3个地区中排名第1位');
    const other = C.peerComparison({ id: 'u2', title: 't', period: '2026-10', measure: 'value', unit: '%', highlight: '乙县', direction: 'lower', regions: [{ region: '甲县', value: 3.1 }, { region: '乙县', value: 4.2 }] }, C.chartLabels('zh-CN'));
    expect(other.description).toContain('最低的是甲县');
  });
});
