// Campaigns (百日攻坚 and the like): days elapsed and left, and what the projects in the
// campaign achieved inside its window, read off the monthly ledgers.

import type { Campaign, CampaignGoal, Dataset, IsoDate, Stage, YearMonth } from '../types.ts';
import { daysBetween, monthOf, parseYearMonth, previousMonth, yearMonth } from './calendar.ts';
import type { LedgerIndex } from './ledgers.ts';
import { indexLedgers, isFinished, isStarted } from './ledgers.ts';
import { percentOf } from './progress.ts';

export type CampaignPhase = 'upcoming' | 'running' | 'ended';

export interface CampaignDays {
  /** Start and end both count: 2026-09-01 … 2026-12-09 is 100 days. */
  totalDays: number;
  /** Days from the start up to and including the as-of day, within 0 … totalDays (as of 2026-10-31: 61). */
  elapsedDays: number;
  /** totalDays − elapsedDays: the as-of day is spent (as of 2026-10-31: 39). */
  daysLeft: number;
  /** elapsedDays ÷ totalDays, in percent. */
  timeProgressPct: number;
  phase: CampaignPhase;
}

export function campaignDays(campaign: Pick<Campaign, 'start' | 'end'>, asOf: IsoDate): CampaignDays {
  const totalDays = Math.max(0, daysBetween(campaign.start, campaign.end) + 1);
  const elapsedDays = Math.min(totalDays, Math.max(0, daysBetween(campaign.start, asOf) + 1));
  return {
    totalDays,
    elapsedDays,
    daysLeft: totalDays - elapsedDays,
    timeProgressPct: totalDays > 0 ? (elapsedDays * 100) / totalDays : 100,
    phase: asOf < campaign.start ? 'upcoming' : asOf >= campaign.end ? 'ended' : 'running',
  };
}

export interface CampaignProjectProgress {
  projectId: string;
  goal: CampaignGoal | undefined;
  /** Stage in the baseline ledger (the month before the campaign's first month). */
  baselineStage: Stage | undefined;
  /** Stage in the latest ledger within the window. */
  stage: Stage | undefined;
  /** Broke ground within the window; undefined when the baseline is unknown. */
  started: boolean | undefined;
  /** Reached 竣工/投产 within the window; undefined when the baseline is unknown. */
  completed: boolean | undefined;
  /** Investment completed since the campaign began; undefined when the baseline is unknown. */
  investment: number | undefined;
}

export interface CampaignProgress {
  campaign: Campaign;
  days: CampaignDays;
  /** Ledger month the campaign is measured from: the month before its first month. */
  baselinePeriod: YearMonth;
  /** Latest ledger month inside the window, up to the as-of date; undefined before any. */
  currentPeriod: YearMonth | undefined;
  projects: CampaignProjectProgress[];
  starts: number;
  completions: number;
  investment: number;
  /** Against the campaign's targets, in percent (undefined without a target). */
  startsPct: number | undefined;
  completionsPct: number | undefined;
  investmentPct: number | undefined;
  /** Projects left out of the counts because the baseline ledger does not have them. */
  unknownBaseline: string[];
}

/**
 * Progress of a campaign as of `asOf`. Ledgers are monthly, so the window is read in whole
 * months: the baseline is the ledger of the month before the campaign's start month, the
 * current state the latest ledger from the start month up to the month of min(asOf, end).
 * A start on 22 September is thus measured from the end of August. When the campaign lists no
 * projects (campaign_projects.csv), it covers every project in the current ledger.
 */
export function campaignProgress(
  input: Pick<Dataset, 'ledgers' | 'campaignProjects'>,
  campaign: Campaign,
  asOf: IsoDate,
): CampaignProgress {
  const index = indexLedgers(input.ledgers);
  const startMonth = monthOf(campaign.start);
  const baselinePeriod = previousMonth(startMonth);
  const lastMonth = monthOf(asOf < campaign.end ? asOf : campaign.end);
  const currentPeriod = index.periods.filter((p) => p >= startMonth && p <= lastMonth).at(-1);

  const listed = input.campaignProjects.filter((cp) => cp.campaignId === campaign.id);
  const members = listed.length > 0
    ? listed.map((cp) => ({ projectId: cp.projectId, goal: cp.goal }))
    : (currentPeriod ? (index.month(currentPeriod)?.rows ?? []) : []).map((r) => ({ projectId: r.projectId, goal: undefined }));
  const seen = new Set<string>();
  const projects: CampaignProjectProgress[] = [];
  for (const m of members) {
    if (seen.has(m.projectId)) continue;
    seen.add(m.projectId);
    const base = index.row(baselinePeriod, m.projectId);
    const now = currentPeriod ? index.row(currentPeriod, m.projectId) : undefined;
    const stage = now?.stage ?? base?.stage;
    const known = base !== undefined;
    projects.push({
      projectId: m.projectId,
      goal: m.goal,
      baselineStage: base?.stage,
      stage,
      started: known ? !isStarted(base.stage) && isStarted(stage) : undefined,
      completed: known ? !isFinished(base.stage) && isFinished(stage) : undefined,
      investment: investmentSince(index, m.projectId, startMonth, currentPeriod),
    });
  }
  projects.sort((a, b) => (a.projectId < b.projectId ? -1 : 1));

  const starts = projects.filter((p) => p.started).length;
  const completions = projects.filter((p) => p.completed).length;
  const investment = projects.reduce((sum, p) => sum + (p.investment ?? 0), 0);
  const pct = (n: number, target: number | undefined) => (target !== undefined && target > 0 ? percentOf(n, target) : undefined);
  return {
    campaign,
    days: campaignDays(campaign, asOf),
    baselinePeriod,
    currentPeriod,
    projects,
    starts,
    completions,
    investment,
    startsPct: pct(starts, campaign.targetStarts),
    completionsPct: pct(completions, campaign.targetCompletions),
    investmentPct: pct(investment, campaign.targetInvestment),
    unknownBaseline: projects.filter((p) => p.started === undefined).map((p) => p.projectId),
  };
}

/**
 * Investment from the start of `startMonth` to the end of `upTo`, from year-to-date figures.
 * Within a year it is the latest figure minus the baseline (previous month's figure, or 0 when
 * the campaign starts in January); a campaign running over New Year adds each year's part,
 * because the year-to-date figure restarts. Undefined when the baseline figure is unknown.
 */
export function investmentSince(index: LedgerIndex, projectId: string, startMonth: YearMonth, upTo: YearMonth | undefined): number | undefined {
  const first = parseYearMonth(startMonth);
  const baseline = first.month === 1 ? 0 : index.row(previousMonth(startMonth), projectId)?.completedYtd;
  if (baseline === undefined) return undefined;
  if (upTo === undefined || upTo < startMonth) return 0;
  let total = 0;
  for (let year = first.year; year <= parseYearMonth(upTo).year; year++) {
    const from = year === first.year ? baseline : 0;
    const lastOfYear = upTo < yearMonth(year, 12) ? upTo : yearMonth(year, 12);
    const latest = index.periods
      .filter((p) => p <= lastOfYear && p >= (year === first.year ? startMonth : yearMonth(year, 1)))
      .map((p) => index.row(p, projectId)?.completedYtd)
      .filter((v): v is number => v !== undefined)
      .at(-1);
    total += (latest ?? from) - from;
  }
  return total;
}
