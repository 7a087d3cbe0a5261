// Every chart the tests render, by name: the name is also the snapshot's file name.

import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import * as C from '../../src/core/charts/index.ts';
import type { Chart, RenderOptions } from '../../src/core/charts/index.ts';
import * as F from './fixtures.ts';

const zh = C.chartLabels('zh-CN');
const en = C.chartLabels('en');

export const charts: Record<string, (options?: RenderOptions) => Chart> = {
  projectProgress: (o) => C.projectProgress(F.projectProgressInput, zh, o),
  projectProgressEnglish: (o) => C.projectProgress({ ...F.projectProgressInput, id: 'project-P001-progress-en', title: 'People’s Hospital: investment in 2025', subject: 'The new People’s Hospital campus' }, en, o),
  projectProgressNoPlan: (o) => C.projectProgress({ ...F.projectProgressInput, id: 'p-noplan', yearPlan: null }, zh, o),
  projectProgressEmpty: (o) => C.projectProgress({ ...F.projectProgressInput, id: 'p-empty', months: [] }, zh, o),
  portfolioProgress: (o) => C.portfolioProgress(F.portfolioProgressInput, zh, o),
  groupComparison: (o) => C.groupComparison(F.groupComparisonInput, zh, o),
  groupComparisonEmpty: (o) => C.groupComparison({ ...F.groupComparisonInput, id: 'g-empty', groups: [] }, zh, o),
  stageCounts: (o) => C.stageCounts(F.stageCountsInput, zh, o),
  indicatorSeries: (o) => C.indicatorSeries(F.indicatorSeriesInput, zh, o),
  indicatorSeriesValue: (o) =>
    C.indicatorSeries(
      { id: 'indicator-retail-value', title: '社会消费品零售总额', indicator: '社会消费品零售总额', measure: 'value', unit: '亿元', points: [{ period: '2025-02', value: 21.4 }, { period: '2025-03', value: 33.9 }, { period: '2025-04', value: 45.02 }], targets: [{ year: 2025, value: 150 }] },
      zh,
      o,
    ),
  // A year shown by one period (December) gets a short dash for its own target.
  indicatorSeriesYearTurn: (o) =>
    C.indicatorSeries(
      { id: 'indicator-year-turn', title: '固定资产投资增速', indicator: '固定资产投资', measure: 'growth', points: [{ period: '2025-12', value: 7.9 }, { period: '2026-01', value: 4.2 }, { period: '2026-02', value: 5.1 }], targets: [{ year: 2025, value: 8 }, { year: 2026, value: 6 }] },
      zh,
      o,
    ),
  indicatorSeriesEnglish: (o) => C.indicatorSeries({ ...F.indicatorSeriesInput, id: 'indicator-fai-growth-en', title: 'Fixed-asset investment growth', indicator: 'Fixed-asset investment' }, en, o),
  peerComparison: (o) => C.peerComparison(F.peerComparisonInput, zh, o),
  rankHistory: (o) => C.rankHistory(F.rankHistoryInput, zh, o),
  fundingFunnel: (o) => C.barChart(F.fundingFunnelInput, zh, o),
  landAcquisition: (o) => C.barChart(F.landAcquisitionInput, zh, o),
  hostileLabels: (o) =>
    C.groupComparison(
      { id: 'hostile', title: F.HOSTILE[0] ?? '', timeProgress: 0.5, groups: F.HOSTILE.map((name, i) => ({ name, yearPlan: 100, completed: 10 * (i + 1) })) },
      zh,
      o,
    ),
};

export const jsdomDocument = () => new JSDOM('').window.document;
export const linkedomDocument = () => parseHTML('<!doctype html><html><body></body></html>').document;
