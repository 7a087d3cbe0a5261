// What the month's publication says, from a Dataset alone: the headline sentence, the key
// figures, the most lagging projects and what changed since the month before. The home page
// takes its lists from here, and the /check/ page (the validator in the browser) shows the same
// before the files are committed, so the two cannot disagree.

import type { Dataset, SiteConfig } from './types.ts';
import { aggregatePortfolio, latestPeriod, projectMonths, type Aggregate, type ProjectMonth } from './metrics/index.ts';
import { portfolioSentence, stageSentence, type RegionKind, type SentenceOptions } from './sentences.ts';
import { monthChanges, type ChangeItem, type ChangeKind, type MonthChangeList } from './export/changes.ts';

/** 示例县 → county (全县), 某某区 → district (全区), 某市 → city (全市), 某旗 → banner (全旗). */
export function regionKind(region: string): RegionKind {
  const last = region.at(-1);
  return last === '区' ? 'district' : last === '市' ? 'city' : last === '旗' ? 'banner' : 'county';
}

/** How sentences name the region and the money unit. */
export function sentenceOptionsOf(config: SiteConfig): SentenceOptions {
  return { regionKind: regionKind(config.region), moneyUnit: config.moneyUnit };
}

/** The home page's "most lagging": behind or seriously behind, the largest lag first, at most `limit`. */
export function mostLagging(latest: readonly ProjectMonth[], limit = 10): ProjectMonth[] {
  return latest
    .filter((m) => m.lagPoints !== undefined && (m.status === 'behind' || m.status === 'seriously-behind'))
    .sort((a, b) => a.lagPoints! - b.lagPoints! || (a.projectId < b.projectId ? -1 : 1))
    .slice(0, limit);
}

// The changes a reader of the home page cares about first; tasks and indicators have their own pages.
const FIRST_CHANGES: ChangeKind[] = ['fell-behind', 'stalled', 'overdue', 'deadline', 'stage', 'recovered', 'added', 'removed', 'plan'];

/** The changes the home page lists first, in that order, at most `limit`. */
export function firstChanges(list: MonthChangeList, limit = 8): ChangeItem[] {
  return list.items
    .filter((i) => FIRST_CHANGES.includes(i.kind))
    .sort((a, b) => FIRST_CHANGES.indexOf(a.kind) - FIRST_CHANGES.indexOf(b.kind))
    .slice(0, limit);
}

export interface Publication {
  period: string;
  portfolio: Aggregate;
  /** The home page's lead sentence. */
  headline: string;
  stages: string;
  latest: ProjectMonth[];
  lagging: ProjectMonth[];
  /** Against the month before, when the data has it. */
  changes: MonthChangeList | undefined;
}

/** The publication of the latest ledger month, or undefined without any ledger. */
export function publication(dataset: Dataset): Publication | undefined {
  const period = latestPeriod(dataset.ledgers);
  if (!period) return undefined;
  const { locale } = dataset.config;
  const portfolio = aggregatePortfolio(dataset, period);
  const latest = projectMonths(dataset, period);
  return {
    period,
    portfolio,
    headline: portfolioSentence(portfolio, locale, sentenceOptionsOf(dataset.config)),
    stages: stageSentence(portfolio, locale),
    latest,
    lagging: mostLagging(latest),
    changes: monthChanges(dataset, period),
  };
}
