// The investment-attraction funnel (招商引资): intention → signed → contract → started, and
// the rates offices report of signed projects: how many signed a formal contract (合同签订率)
// and how many broke ground (开工率).

import type { AttractionProject, AttractionStage, YearMonth } from '../types.ts';
import { monthOf } from './calendar.ts';
import { percentOf } from './progress.ts';

export const ATTRACTION_STAGES: readonly AttractionStage[] = ['intention', 'signed', 'contract', 'started'];

const order = (stage: AttractionStage) => ATTRACTION_STAGES.indexOf(stage);

export interface FunnelStep {
  stage: AttractionStage;
  /** Projects that reached at least this stage (a started project has also been signed). */
  count: number;
  /** Their agreed investment, in the configured money unit. */
  amount: number;
  /** Projects exactly at this stage now. */
  countAt: number;
  amountAt: number;
}

export interface Funnel {
  steps: FunnelStep[];
  total: number;
  /**
   * 合同签订率: projects at contract or beyond ÷ projects signed or beyond, in percent — how many
   * signed agreements became binding contracts. Undefined when nothing is signed.
   */
  performanceRate: number | undefined;
  /** 开工率: projects started ÷ projects signed or beyond, in percent — how many signings broke ground. */
  landingRate: number | undefined;
  /** The same two rates weighted by agreed investment. */
  performanceRateByAmount: number | undefined;
  landingRateByAmount: number | undefined;
}

const rate = (part: number, whole: number) => (whole > 0 ? percentOf(part, whole) : undefined);

export function attractionFunnel(projects: readonly AttractionProject[]): Funnel {
  const steps = ATTRACTION_STAGES.map((stage): FunnelStep => {
    const atLeast = projects.filter((p) => order(p.stage) >= order(stage));
    const at = projects.filter((p) => p.stage === stage);
    const sum = (list: readonly AttractionProject[]) => list.reduce((s, p) => s + (p.amount ?? 0), 0);
    return { stage, count: atLeast.length, amount: sum(atLeast), countAt: at.length, amountAt: sum(at) };
  });
  const [, signed, contract, started] = steps;
  const s = signed ?? { count: 0, amount: 0 };
  const c = contract ?? { count: 0, amount: 0 };
  const st = started ?? { count: 0, amount: 0 };
  return {
    steps,
    total: projects.length,
    performanceRate: rate(c.count, s.count),
    landingRate: rate(st.count, s.count),
    performanceRateByAmount: rate(c.amount, s.amount),
    landingRateByAmount: rate(st.amount, s.amount),
  };
}

/** 5亿元以上 and 1亿元以上, in 万元 (the configured money unit of Chinese ledgers). */
export const DEFAULT_SIZE_BANDS: readonly number[] = [50000, 10000];

export interface SizeBand {
  /** Lower bound, inclusive, in the money unit. */
  min: number;
  /** Projects with amount ≥ min; bands are cumulative, so "1亿元以上" includes those over 5亿元. */
  count: number;
  amount: number;
}

/** Counts by size, "引进5亿元以上项目5个、1亿元以上项目8个". Only signed-or-beyond projects count as brought in. */
export function sizeBands(projects: readonly AttractionProject[], bands: readonly number[] = DEFAULT_SIZE_BANDS, from: AttractionStage = 'signed'): SizeBand[] {
  const inScope = projects.filter((p) => order(p.stage) >= order(from));
  return [...bands].sort((a, b) => b - a).map((min) => {
    const over = inScope.filter((p) => (p.amount ?? 0) >= min);
    return { min, count: over.length, amount: over.reduce((s, p) => s + (p.amount ?? 0), 0) };
  });
}

export interface SigningMonth {
  period: YearMonth;
  count: number;
  amount: number;
}

/** Projects by month of signing, oldest first; projects without a signing date are left out. */
export function signingsByMonth(projects: readonly AttractionProject[]): SigningMonth[] {
  const months = new Map<YearMonth, SigningMonth>();
  for (const p of projects) {
    if (p.signedDate === undefined) continue;
    const period = monthOf(p.signedDate);
    const m = months.get(period) ?? { period, count: 0, amount: 0 };
    m.count++;
    m.amount += p.amount ?? 0;
    months.set(period, m);
  }
  return [...months.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}
