import { describe, expect, it } from 'vitest';
import { campaignDays, campaignProgress, investmentSince } from '../../src/core/metrics/campaigns.ts';
import { indexLedgers } from '../../src/core/metrics/ledgers.ts';
import type { Campaign } from '../../src/core/types.ts';
import { ledger, row } from './fixtures.ts';

const push: Campaign = { id: 'BRGJ', name: '重大项目建设百日攻坚行动', start: '2026-09-01', end: '2026-12-09', targetStarts: 4, targetCompletions: 2, targetInvestment: 5000 };

describe('campaignDays', () => {
  it('counts both the first and the last day: 1 September to 9 December is 100 days', () => {
    expect(campaignDays(push, '2026-10-31')).toEqual({ totalDays: 100, elapsedDays: 61, daysLeft: 39, timeProgressPct: 61, phase: 'running' });
  });

  it('has one day elapsed on the first day and none left on the last', () => {
    expect(campaignDays(push, '2026-09-01')).toMatchObject({ elapsedDays: 1, daysLeft: 99, phase: 'running' });
    expect(campaignDays(push, '2026-12-09')).toMatchObject({ elapsedDays: 100, daysLeft: 0, phase: 'ended' });
  });

  it('clamps before the start and after the end', () => {
    expect(campaignDays(push, '2026-08-31')).toMatchObject({ elapsedDays: 0, daysLeft: 100, timeProgressPct: 0, phase: 'upcoming' });
    expect(campaignDays(push, '2027-01-31')).toMatchObject({ elapsedDays: 100, daysLeft: 0, timeProgressPct: 100, phase: 'ended' });
  });
});

describe('campaignProgress', () => {
  const ledgers = [
    ledger('2026-08', [
      row('A', { stage: 'preparatory', completedYtd: 0 }),
      row('B', { stage: 'construction', completedYtd: 1000 }),
      row('C', { stage: 'construction', completedYtd: 2000 }),
      row('D', { stage: 'preparatory', completedYtd: 0 }),
    ]),
    ledger('2026-09', [
      row('A', { stage: 'construction', completedYtd: 300 }),
      row('B', { stage: 'construction', completedYtd: 1500 }),
      row('C', { stage: 'construction', completedYtd: 2600 }),
      row('D', { stage: 'preparatory', completedYtd: 0 }),
      row('E', { stage: 'construction', completedYtd: 100 }),
    ]),
    ledger('2026-10', [
      row('A', { stage: 'construction', completedYtd: 800 }),
      row('B', { stage: 'completed', completedYtd: 1800 }),
      row('C', { stage: 'construction', completedYtd: 3100 }),
      row('D', { stage: 'construction', completedYtd: 200 }),
      row('E', { stage: 'construction', completedYtd: 400 }),
    ]),
    // After the as-of date in the test: must not count.
    ledger('2026-11', [row('C', { stage: 'completed', completedYtd: 9000 })]),
  ];
  const campaignProjects = ['A', 'B', 'C', 'D', 'E'].map((projectId) => ({ campaignId: 'BRGJ', projectId }));

  it('counts starts, completions and investment inside the window, from the ledger before it', () => {
    const p = campaignProgress({ ledgers, campaignProjects }, push, '2026-10-31');
    expect(p.baselinePeriod).toBe('2026-08');
    expect(p.currentPeriod).toBe('2026-10');
    // A and D broke ground; B was completed; E has no baseline row and is left out.
    expect(p.starts).toBe(2);
    expect(p.completions).toBe(1);
    // A +800, B +800, C +1100, D +200 = 2900; E unknown.
    expect(p.investment).toBe(2900);
    expect(p.investmentPct).toBe(58);
    expect(p.startsPct).toBe(50);
    expect(p.completionsPct).toBe(50);
    expect(p.unknownBaseline).toEqual(['E']);
    expect(p.projects.find((x) => x.projectId === 'E')).toMatchObject({ started: undefined, investment: undefined, stage: 'construction' });
    expect(p.days.daysLeft).toBe(39);
  });

  it('covers every project in the current ledger when the campaign lists none', () => {
    const p = campaignProgress({ ledgers, campaignProjects: [] }, push, '2026-10-31');
    expect(p.projects.map((x) => x.projectId)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('has made no progress before its first ledger month', () => {
    const p = campaignProgress({ ledgers, campaignProjects }, push, '2026-08-31');
    expect(p.currentPeriod).toBeUndefined();
    expect([p.starts, p.completions, p.investment]).toEqual([0, 0, 0]);
  });
});

describe('investmentSince', () => {
  it('adds each year\'s part when a campaign runs over New Year', () => {
    const index = indexLedgers([
      ledger('2025-10', [row('P', { completedYtd: 5000 })]),
      ledger('2025-11', [row('P', { completedYtd: 5600 })]),
      ledger('2025-12', [row('P', { completedYtd: 6000 })]),
      ledger('2026-01', [row('P', { completedYtd: 300 })]),
      ledger('2026-02', [row('P', { completedYtd: 700 })]),
    ]);
    // From the end of October: +1000 in Nov–Dec, +700 in Jan–Feb.
    expect(investmentSince(index, 'P', '2025-11', '2026-02')).toBe(1700);
    // Starting in January the baseline is 0.
    expect(investmentSince(index, 'P', '2026-01', '2026-02')).toBe(700);
    expect(investmentSince(index, 'P', '2025-10', '2025-12')).toBeUndefined();
  });
});
