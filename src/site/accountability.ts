// What the accountability pages lay out (督办事项, 攻坚行动, 征地拆迁, 招商引资, 督查通报 and the
// monthly briefings of units and townships), picked from the site model and the core's
// metrics. Pure: a SiteModel in, plain values out; the pages only place them.

import { rankedGroup } from './group-page.ts';
import type { AttractionProject, Bulletin, Campaign, IsoDate, LandAcquisition, Locale, Project } from '../core/types.ts';
import type { Aggregate, CampaignProgress, CampaignProjectProgress, Funnel, LandProgress, LandTotals, MonthlyRanking, ProjectMonth, RankedGroup, SigningMonth, SizeBand, TaskCounts, TaskState } from '../core/metrics/index.ts';
import {
  attractionFunnel,
  campaignProgress,
  completionPct,
  daysBetween,
  indexLedgers,
  landTotals,
  signingsByMonth,
  sizeBands,
  taskCountsByUnit,
  taskStates,
} from '../core/metrics/index.ts';
import { campaignGoalMet, taskTotals, tasksForGroup, type BriefingKind, type TaskTotals } from '../core/metrics/accountability.ts';
import { formatDateRange, formatNumber, formatPercent, type MoneyUnit } from '../core/format.ts';
import { createTranslator } from '../i18n/translator.ts';
import { campaignSentence, groupSentence, landSentence, scopeText } from '../core/sentences.ts';
import { compareText as byText } from '../core/report.ts';
import type { SiteModel } from './model.ts';
import { nameSegment, paths, url } from './paths.ts';

/** The list of monthly briefings (paths.ts has each briefing; the index lives here). */
export const briefingsPath = (): string => url('/briefings/');

export type { BriefingKind } from '../core/metrics/accountability.ts';

// ---------------------------------------------------------------- tasks (督办事项)

export interface TaskLedger {
  states: TaskState[];
  overdue: TaskState[];
  totals: TaskTotals;
  byUnit: TaskCounts[];
  sentence: string;
}

/** The whole ledger as of the site's date: every task in story order, the overdue ones, totals and counts per unit. */
export function taskLedger(site: Pick<SiteModel, 'dataset' | 'asOf' | 'locale'>): TaskLedger | undefined {
  if (!site.asOf) return undefined;
  const states = taskStates(site.dataset.tasks, site.asOf);
  const totals = taskTotals(states);
  return {
    states,
    overdue: states.filter((s) => s.overdue),
    totals,
    byUnit: taskCountsByUnit(states),
    sentence: taskSentence(totals, site.asOf, site.locale),
  };
}

/**
 * "截至2026年10月31日，共交办督办事项40项，已销号25项，销号率62.5%；办理中15项，其中逾期未销号6项。"
 */
export function taskSentence(t: TaskTotals, asOf: IsoDate, locale: Locale): string {
  const tr = createTranslator(locale);
  if (t.total === 0) return tr('task.sentence.empty', { date: asOf });
  const head = tr('task.sentence.head', { date: asOf, total: t.total });
  if (t.open === 0) return tr('task.sentence.allClosed', { head });
  const open = tr('task.sentence.open', { open: t.open, overdue: t.overdue });
  return tr('task.sentence.full', { head, closed: t.closed, pct: t.closedPct ?? 0, open });
}

/** "涉及县财政局的督办事项12项，已销号4项；办理中8项，其中逾期未销号3项。" */
export function groupTaskSentence(name: string, t: TaskTotals, locale: Locale): string {
  const tr = createTranslator(locale);
  if (t.total === 0) return tr('task.groupSentence.empty', { name });
  const head = tr('task.groupSentence.head', { name, total: t.total });
  if (t.open === 0) return tr('task.groupSentence.allClosed', { head });
  const open = tr('task.sentence.open', { open: t.open, overdue: t.overdue });
  return tr('task.groupSentence.full', { head, closed: t.closed, open });
}

/** Days a closed task went past its deadline (0 when on time or unknown). */
export function daysClosedLate(s: TaskState): number {
  return s.closedLate && s.task.deadline && s.task.closed ? daysBetween(s.task.deadline, s.task.closed) : 0;
}

export type TaskBadge = 'overdue' | 'open' | 'closed' | 'closedLate';

/** The word a task's status is shown with: 逾期未销号, 办理中, 已销号, 逾期销号. */
export function taskBadge(s: TaskState): TaskBadge {
  return s.overdue ? 'overdue' : s.open ? 'open' : s.closedLate ? 'closedLate' : 'closed';
}

// ---------------------------------------------------------------- campaigns (攻坚行动)

export interface CampaignProjectRow extends CampaignProjectProgress {
  project: Project | undefined;
  /** Share of the year plan completed in the campaign's current ledger month. */
  completionPct: number | undefined;
  met: boolean | undefined;
}

export interface CampaignView {
  progress: CampaignProgress;
  sentence: string;
  rows: CampaignProjectRow[];
  /** Goals met, of the projects that have a goal whose result is known. */
  metCount: number;
  judgedCount: number;
}

/** Running campaigns first, then upcoming, then ended; newest start first within each; id breaks ties. */
export function sortCampaigns(views: readonly CampaignView[]): CampaignView[] {
  const phase = { running: 0, upcoming: 1, ended: 2 } as const;
  return [...views].sort(
    (a, b) =>
      phase[a.progress.days.phase] - phase[b.progress.days.phase] ||
      byText(b.progress.campaign.start, a.progress.campaign.start) ||
      byText(a.progress.campaign.id, b.progress.campaign.id),
  );
}

export function campaignView(site: Pick<SiteModel, 'dataset' | 'asOf' | 'locale' | 'sentenceOptions' | 'projectsById'>, campaign: Campaign): CampaignView | undefined {
  if (!site.asOf) return undefined;
  const progress = campaignProgress(site.dataset, campaign, site.asOf);
  const index = indexLedgers(site.dataset.ledgers);
  const rows = progress.projects.map((p): CampaignProjectRow => {
    const row = progress.currentPeriod ? index.row(progress.currentPeriod, p.projectId) : undefined;
    const pct = completionPct(row?.completedYtd, row?.yearPlan);
    return { ...p, project: site.projectsById.get(p.projectId), completionPct: pct, met: campaignGoalMet(p, pct) };
  });
  const judged = rows.filter((r) => r.met !== undefined);
  return {
    progress,
    sentence: campaignSentence(progress, site.locale, site.sentenceOptions),
    rows,
    metCount: judged.filter((r) => r.met).length,
    judgedCount: judged.length,
  };
}

export function campaignViews(site: Parameters<typeof campaignView>[0]): CampaignView[] {
  return sortCampaigns(site.dataset.campaigns.map((c) => campaignView(site, c)).filter((v): v is CampaignView => v !== undefined));
}

/** "2026年9月1日至12月9日" / "1 Sep – 9 Dec 2026": the year is said once when both dates share it. */
export const dateRange = formatDateRange;

// ---------------------------------------------------------------- land (征地拆迁)

export interface LandRow {
  source: LandAcquisition;
  progress: LandProgress;
  project: Project | undefined;
  name: string;
}

export interface LandView {
  totals: LandTotals;
  sentence: string;
  /** Unfinished first, least land acquired first; finished last; id breaks ties. */
  rows: LandRow[];
}

export function landView(site: Pick<SiteModel, 'dataset' | 'locale' | 'projectsById'>): LandView {
  const totals = landTotals(site.dataset.land);
  const sources = new Map(site.dataset.land.map((r) => [r.projectId, r]));
  const rank = (p: LandProgress) => p.landPct ?? p.demolitionPct ?? Number.POSITIVE_INFINITY;
  const rows = totals.projects
    .map((progress): LandRow => {
      const project = site.projectsById.get(progress.projectId);
      return { source: sources.get(progress.projectId)!, progress, project, name: project?.name ?? progress.projectId };
    })
    .sort(
      (a, b) =>
        Number(a.progress.fullyDone) - Number(b.progress.fullyDone) ||
        rank(a.progress) - rank(b.progress) ||
        byText(a.progress.projectId, b.progress.projectId),
    );
  return { totals, sentence: landSentence(totals, site.locale), rows };
}

// ---------------------------------------------------------------- investment attraction (招商引资)

export interface AttractionView {
  funnel: Funnel;
  bands: SizeBand[];
  months: SigningMonth[];
  /** Furthest stage first, then signing date, then id. */
  projects: AttractionProject[];
  sentence: string;
}

export function attractionView(site: Pick<SiteModel, 'dataset' | 'locale' | 'config' | 'sentenceOptions'>): AttractionView {
  const list = site.dataset.attraction;
  const funnel = attractionFunnel(list);
  const bands = sizeBands(list);
  const order = ['started', 'contract', 'signed', 'intention'];
  const projects = [...list].sort(
    (a, b) =>
      order.indexOf(a.stage) - order.indexOf(b.stage) ||
      byText(a.signedDate ?? '9999', b.signedDate ?? '9999') ||
      byText(a.id, b.id),
  );
  return {
    funnel,
    bands,
    months: signingsByMonth(list),
    projects,
    sentence: attractionSentence(funnel, bands, site.locale, site.config.moneyUnit, scopeText(site.locale, site.sentenceOptions)),
  };
}

/** "5亿元以上" / "CNY 500 million or more", from a band's lower bound in the money unit. */
export function bandLabel(min: number, locale: Locale, unit: MoneyUnit): string {
  return createTranslator(locale, { moneyUnit: unit })('attraction.bandOrMore', { amount: min });
}

/**
 * "全县共有招商引资项目30个，协议投资总额150.3亿元。其中已签约项目22个，签订正式合同14个，已开工8个；
 * 合同签订率63.6%，开工率36.4%。已签约项目中，5亿元以上项目9个、1亿元以上项目19个。另有意向项目8个正在洽谈。"
 */
export function attractionSentence(f: Funnel, bands: readonly SizeBand[], locale: Locale, unit: MoneyUnit, scope = '全县'): string {
  const [intention, signed, contract, started] = f.steps;
  if (!intention || !signed || !contract || !started) return '';
  const t = createTranslator(locale, { moneyUnit: unit });
  const pct = (v: number | undefined) => (v === undefined ? '—' : formatPercent(v, locale));
  const intentionOnly = intention.countAt;
  let s = t('attraction.sentence.total', { scope, total: f.total, amount: intention.amount });
  if (signed.count > 0) {
    s += t('attraction.sentence.signed', { signed: signed.count, contract: contract.count, started: started.count, performance: pct(f.performanceRate), landing: pct(f.landingRate) });
    const named = bands.map((b) => t('attraction.sentence.band', { band: bandLabel(b.min, locale, unit), n: b.count }));
    if (named.length > 0) s += t('attraction.sentence.bands', { bands: named.join(t('attraction.sentence.bandsJoin')) });
  } else {
    s += t('attraction.sentence.noneSigned');
  }
  if (intentionOnly > 0) s += t('attraction.sentence.intention', { n: intentionOnly });
  return s;
}

// ---------------------------------------------------------------- bulletins (督查通报)

/** Newest first; on the same day by file name, as the loader orders them (so the home page's latest is the list's first). */
export function bulletinsNewestFirst(bulletins: readonly Bulletin[]): Bulletin[] {
  return [...bulletins].sort((a, b) => byText(b.date, a.date) || byText(a.slug, b.slug));
}

/** The bulletins just before and after one, in date order (older = previous issue). */
export function bulletinNeighbours(bulletins: readonly Bulletin[], slug: string): { older?: Bulletin; newer?: Bulletin } {
  const list = bulletinsNewestFirst(bulletins);
  const i = list.findIndex((b) => b.slug === slug);
  if (i === -1) return {};
  return { newer: list[i - 1], older: list[i + 1] };
}

// ---------------------------------------------------------------- monthly briefings (月度简报)

export interface BriefingSubject {
  kind: BriefingKind;
  name: string;
  /** The URL segment of its page (see briefingSegment). */
  segment: string;
}

/** A name as one URL path segment: see nameSegment in paths.ts. */
export const briefingSegment = nameSegment;

/** The address of a unit's or township's briefing. */
export function briefingHref(kind: BriefingKind, name: string): string {
  return paths.briefing(kind, briefingSegment(name));
}

/**
 * Who gets a briefing: every responsible unit with a project in the latest ledger or a task in
 * the task ledger, and every township with a project in the latest ledger; by name.
 */
export function briefingSubjects(site: Pick<SiteModel, 'groups' | 'dataset' | 'dataDate'>): BriefingSubject[] {
  if (!site.dataDate) return [];
  const units = new Set(site.groups.responsibleUnit.groups.map((g) => g.key));
  for (const t of site.dataset.tasks) {
    const u = t.responsibleUnit?.trim();
    if (u) units.add(u);
  }
  const townships = site.groups.township.groups.map((g) => g.key);
  const seen = new Set<string>();
  return [
    ...[...units].sort(byText).map((name): BriefingSubject => ({ kind: 'unit', name, segment: briefingSegment(name) })),
    ...[...townships].sort(byText).map((name): BriefingSubject => ({ kind: 'township', name, segment: briefingSegment(name) })),
  ].filter((s) => {
    // Two names that differ only in a slash and its full-width form would share a page: the first keeps it.
    const key = `${s.kind}/${s.segment}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface Briefing {
  kind: BriefingKind;
  name: string;
  aggregate: Aggregate | undefined;
  ranked: RankedGroup | undefined;
  /** The group's sentence, with its rank; undefined when it has no project this month. */
  sentence: string | undefined;
  /** Its projects this month, the story first: seriously behind, behind, on track, done; lag breaks ties. */
  projects: ProjectMonth[];
  /** Tasks it is responsible for or that concern its projects, in story order. */
  tasks: TaskState[];
  openTasks: TaskState[];
  taskTotals: TaskTotals;
  taskSentence: string;
}

const statusOrder = ['seriously-behind', 'behind', 'on-track', 'completed', 'no-plan'];

export function briefing(
  site: Pick<SiteModel, 'groups' | 'rankings' | 'dataDate' | 'asOf' | 'latestById' | 'projectsById' | 'dataset' | 'locale' | 'sentenceOptions'>,
  kind: BriefingKind,
  name: string,
): Briefing {
  const by = kind === 'unit' ? 'responsibleUnit' : 'township';
  const aggregate = site.groups[by].groups.find((g) => g.key === name);
  const ranked = rankedGroup(site.rankings[by], site.dataDate, name);
  const projects = (aggregate?.projectIds ?? [])
    .map((id) => site.latestById.get(id))
    .filter((m): m is ProjectMonth => m !== undefined)
    .sort(
      (a, b) =>
        statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status) ||
        (a.lagPoints ?? 0) - (b.lagPoints ?? 0) ||
        byText(a.projectId, b.projectId),
    );
  const states = site.asOf ? taskStates(site.dataset.tasks, site.asOf) : [];
  const tasks = tasksForGroup(states, kind, name, site.projectsById);
  const totals = taskTotals(tasks);
  return {
    kind,
    name,
    aggregate,
    ranked,
    sentence: aggregate ? groupSentence(aggregate, by, site.locale, ranked, site.sentenceOptions) : undefined,
    projects,
    tasks,
    openTasks: tasks.filter((s) => s.open),
    taskTotals: totals,
    taskSentence: groupTaskSentence(name, totals, site.locale),
  };
}

/**
 * Points with their sign and no unit, for a column or box whose heading gives the unit
 * ("比时间进度（百分点）"): −18.5, +4.4, 0. Rounded like format.ts's formatPoints.
 */
export function signedPoints(points: number | undefined, locale: Locale): string {
  if (points === undefined || Number.isNaN(points)) return '—';
  const n = formatNumber(Math.abs(points), locale, 1);
  if (n === '0') return '0';
  return `${points < 0 ? '\u2212' : '+'}${n}`;
}

/** "12项" / "12" — a count of tasks. */
export function itemCount(n: number, locale: Locale): string {
  return createTranslator(locale)('task.itemCount', { n });
}

/** Area in square metres: "4,891平方米" / "4,891 m²". */
export { formatArea } from '../core/format.ts';
