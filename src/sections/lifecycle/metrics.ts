// A project's life in figures: when it really started and was completed against the plan,
// whether it is overdue (逾期未开工, 逾期未竣工) and by how many months, its investment after
// approved design changes, and the disclosure checklist of 国办发〔2017〕94号 per project,
// per category and per responsible unit. Pure functions of the loaded data (docs/methodology.md).
import type { Acceptance, Approval, Dataset, DesignChange, Inspection, IsoDate, LandAcquisition, LedgerMonth, Party, Project, Stage, Tender, YearMonth } from '../../core/types.ts';
import { indexLedgers, isFinished, isStarted, latestPeriod } from '../../core/metrics/ledgers.ts';
import { monthEnd, monthOf, parseYearMonth } from '../../core/metrics/calendar.ts';
import { percentOf } from '../../core/metrics/progress.ts';
import { compareText } from '../../core/report.ts';
import { approvalItem, DISCLOSURE_CATEGORIES, type DisclosureCategory, type DisclosureCategoryId } from './catalogue.ts';

/** What the life-cycle metrics read; a whole Dataset will do. */
export type LifecycleInput = Pick<Dataset, 'projects' | 'ledgers' | 'approvals' | 'tenders' | 'parties' | 'designChanges' | 'inspections' | 'acceptance' | 'land'>;

// ---------------------------------------------------------------- plans against what happened

/** When something happened: a date from projects.csv, or the first ledger month that shows it. */
export interface Happened {
  /** The date given in projects.csv; absent when the ledger tells the month only. */
  date?: IsoDate;
  month: YearMonth;
  source: 'projects' | 'ledger';
  /**
   * From the ledger, when the first ledger month read already shows it: it happened in that
   * month or before (the data cannot tell).
   */
  atOrBefore?: boolean;
}

export interface Schedule {
  projectId: string;
  plannedStart?: IsoDate;
  plannedCompletion?: IsoDate;
  actualStart?: Happened;
  actualCompletion?: Happened;
  /** The latest stage the ledgers report for the project. */
  stage?: Stage;
  /** Whether the project is in the latest ledger month (the current list). */
  onList: boolean;
  /** Actual start month − planned start month, in months (negative: early); undefined when either is unknown or only bounded. */
  startSlipMonths?: number;
  completionSlipMonths?: number;
  /** 逾期未开工: on the list, planned start in an earlier month than the data date, not started. Whole months late. */
  overdueStart?: { monthsLate: number };
  /** 逾期未竣工: on the list, planned completion in an earlier month, neither 竣工 nor 投产. Whole months late. */
  overdueCompletion?: { monthsLate: number };
}

const monthIndex = (period: YearMonth): number => {
  const { year, month } = parseYearMonth(period);
  return year * 12 + month - 1;
};

/** Whole calendar months from the month of `from` to the month of `to` (2026-03-31 → 2026-10-31: 7). */
export function monthsBetween(from: IsoDate | YearMonth, to: IsoDate | YearMonth): number {
  return monthIndex(to.slice(0, 7)) - monthIndex(from.slice(0, 7));
}

/** Per project: the first ledger month at each stage from construction on, and the latest stage. */
interface StageHistory {
  firstStarted?: YearMonth;
  firstFinished?: YearMonth;
  latest?: Stage;
}

const historyCache = new WeakMap<readonly LedgerMonth[], { first?: YearMonth; byProject: Map<string, StageHistory> }>();

function stageHistory(ledgers: readonly LedgerMonth[]): { first?: YearMonth; byProject: Map<string, StageHistory> } {
  let cached = historyCache.get(ledgers);
  if (cached) return cached;
  const byProject = new Map<string, StageHistory>();
  const index = indexLedgers(ledgers);
  for (const period of index.periods) {
    const month = index.month(period);
    if (!month) continue;
    for (const row of month.rows) {
      let h = byProject.get(row.projectId);
      if (!h) byProject.set(row.projectId, (h = {}));
      if (row.stage === undefined) continue;
      h.latest = row.stage;
      if (h.firstStarted === undefined && isStarted(row.stage)) h.firstStarted = period;
      if (h.firstFinished === undefined && isFinished(row.stage)) h.firstFinished = period;
    }
  }
  cached = index.periods[0] === undefined ? { byProject } : { first: index.periods[0], byProject };
  historyCache.set(ledgers, cached);
  return cached;
}

function happened(date: IsoDate | undefined, month: YearMonth | undefined, firstPeriod: YearMonth | undefined): Happened | undefined {
  if (date !== undefined) return { date, month: monthOf(date), source: 'projects' };
  if (month === undefined) return undefined;
  return month === firstPeriod ? { month, source: 'ledger', atOrBefore: true } : { month, source: 'ledger' };
}

/** Plans against what happened for one project, as of the latest ledger month. */
export function scheduleOf(input: Pick<Dataset, 'ledgers'>, project: Project): Schedule {
  const { first, byProject } = stageHistory(input.ledgers);
  const latest = latestPeriod(input.ledgers);
  const asOf = latest === undefined ? undefined : monthEnd(latest);
  const h = byProject.get(project.id) ?? {};
  const onList = latest !== undefined && indexLedgers(input.ledgers).row(latest, project.id) !== undefined;
  const out: Schedule = { projectId: project.id, onList };
  if (project.plannedStart !== undefined) out.plannedStart = project.plannedStart;
  if (project.plannedCompletion !== undefined) out.plannedCompletion = project.plannedCompletion;
  const start = happened(project.actualStart, h.firstStarted, first);
  // A completion date in projects.csv, or the ledger's; a project completed has started.
  const completion = happened(project.actualCompletion, h.firstFinished, first);
  if (start) out.actualStart = start;
  if (completion) out.actualCompletion = completion;
  if (h.latest !== undefined) out.stage = h.latest;
  if (start && !start.atOrBefore && project.plannedStart !== undefined) out.startSlipMonths = monthsBetween(project.plannedStart, start.month);
  if (completion && !completion.atOrBefore && project.plannedCompletion !== undefined) out.completionSlipMonths = monthsBetween(project.plannedCompletion, completion.month);
  if (!onList || asOf === undefined) return out;
  const started = (start !== undefined && start.month <= (latest as string)) || isStarted(h.latest) || completion !== undefined;
  const finished = (completion !== undefined && completion.month <= (latest as string)) || isFinished(h.latest);
  if (!started && project.plannedStart !== undefined) {
    const late = monthsBetween(project.plannedStart, asOf);
    if (late >= 1) out.overdueStart = { monthsLate: late };
  }
  if (!finished && project.plannedCompletion !== undefined) {
    const late = monthsBetween(project.plannedCompletion, asOf);
    if (late >= 1) out.overdueCompletion = { monthsLate: late };
  }
  return out;
}

/**
 * The overdue flags as of the end of `period` (a ledger month), from the ledgers up to it:
 * for the month-by-month list of what changed (a project newly 逾期未开工 or 逾期未竣工).
 */
export function overdueAt(input: Pick<Dataset, 'ledgers'>, project: Project, period: YearMonth): { start?: number; completion?: number } {
  if (!indexLedgers(input.ledgers).row(period, project.id)) return {};
  // The first ledger months at 在建 and at 竣工 or 投产 (a stage once reached counts, as in scheduleOf).
  const h = stageHistory(input.ledgers).byProject.get(project.id) ?? {};
  const finished = (project.actualCompletion !== undefined && monthOf(project.actualCompletion) <= period) || (h.firstFinished !== undefined && h.firstFinished <= period);
  const started = finished || (project.actualStart !== undefined && monthOf(project.actualStart) <= period) || (h.firstStarted !== undefined && h.firstStarted <= period);
  const out: { start?: number; completion?: number } = {};
  const end = monthEnd(period);
  if (!started && project.plannedStart !== undefined && monthsBetween(project.plannedStart, end) >= 1) out.start = monthsBetween(project.plannedStart, end);
  if (!finished && project.plannedCompletion !== undefined && monthsBetween(project.plannedCompletion, end) >= 1) out.completion = monthsBetween(project.plannedCompletion, end);
  return out;
}

/** Every project's schedule, sorted by id. */
export function schedules(input: Pick<Dataset, 'ledgers' | 'projects'>): Schedule[] {
  return [...input.projects].sort((a, b) => compareText(a.id, b.id)).map((p) => scheduleOf(input, p));
}

export interface OverdueCounts {
  /** 逾期未开工 */
  start: number;
  /** 逾期未竣工 */
  completion: number;
}

export function overdueCounts(list: readonly Schedule[]): OverdueCounts {
  return { start: list.filter((s) => s.overdueStart).length, completion: list.filter((s) => s.overdueCompletion).length };
}

// ---------------------------------------------------------------- investment after design changes

export interface InvestmentChanges {
  projectId: string;
  /** 总投资 in projects.csv: the total at approval. */
  approved?: number;
  /** The approved total plus every change's investment; undefined without an approved total. */
  afterChanges?: number;
  /** Sum of the changes' investment (0 without changes). */
  change: number;
  /** change ÷ approved, in percent. */
  changePct?: number;
  /** Sum of the changes' days. */
  days: number;
  /** The changes, oldest first. */
  changes: DesignChange[];
}

export function investmentAfterChanges(project: Project, changes: readonly DesignChange[]): InvestmentChanges {
  const own = changes.filter((c) => c.projectId === project.id).sort((a, b) => compareText(a.date, b.date));
  const change = own.reduce((s, c) => s + (c.investmentChange ?? 0), 0);
  const days = own.reduce((s, c) => s + (c.durationChangeDays ?? 0), 0);
  const out: InvestmentChanges = { projectId: project.id, change, days, changes: own };
  if (project.totalInvestment !== undefined) {
    out.approved = project.totalInvestment;
    out.afterChanges = project.totalInvestment + change;
    const pct = percentOf(change, project.totalInvestment);
    if (pct !== undefined) out.changePct = pct;
  }
  return out;
}

// ---------------------------------------------------------------- the disclosure checklist

/** published: the data holds it; not_yet: the project has not reached it (or it has not happened); missing: it should be there and is not. */
export type DisclosureStatus = 'published' | 'not_yet' | 'missing';

export interface DisclosureItem {
  category: DisclosureCategory;
  status: DisclosureStatus;
  /** How many rows (approvals, lots, parties …) the data holds for it. */
  count: number;
}

export interface ProjectDisclosure {
  projectId: string;
  items: DisclosureItem[];
  published: number;
  missing: number;
  notYet: number;
}

/** The project's rows in each life-cycle file, grouped once per dataset. */
export interface ProjectFiles {
  approvals: Approval[];
  tenders: Tender[];
  parties: Party[];
  designChanges: DesignChange[];
  inspections: Inspection[];
  acceptance: Acceptance[];
}

type LifecycleFiles = Pick<Dataset, 'approvals' | 'tenders' | 'parties' | 'designChanges' | 'inspections' | 'acceptance'>;

// Keyed by the approvals array and checked against the others (loaded data is never mutated).
const filesCache = new WeakMap<object, { source: LifecycleFiles; map: Map<string, ProjectFiles> }>();

/** Each project's rows of the life-cycle files, each list in date order; computed once per dataset. */
export function filesByProject(input: LifecycleFiles): Map<string, ProjectFiles> {
  const cached = filesCache.get(input.approvals);
  const same = (a: LifecycleFiles) =>
    a.tenders === input.tenders && a.parties === input.parties && a.designChanges === input.designChanges && a.inspections === input.inspections && a.acceptance === input.acceptance;
  if (cached && same(cached.source)) return cached.map;
  const map = new Map<string, ProjectFiles>();
  const get = (id: string): ProjectFiles => {
    let f = map.get(id);
    if (!f) map.set(id, (f = { approvals: [], tenders: [], parties: [], designChanges: [], inspections: [], acceptance: [] }));
    return f;
  };
  for (const a of input.approvals) get(a.projectId).approvals.push(a);
  for (const t of input.tenders) get(t.projectId).tenders.push(t);
  for (const p of input.parties) get(p.projectId).parties.push(p);
  for (const c of input.designChanges) get(c.projectId).designChanges.push(c);
  for (const i of input.inspections) get(i.projectId).inspections.push(i);
  for (const a of input.acceptance) get(a.projectId).acceptance.push(a);
  for (const f of map.values()) {
    f.approvals.sort((a, b) => compareText(a.date ?? '', b.date ?? '') || compareText(a.item, b.item));
    f.tenders.sort((a, b) => compareText(a.noticeDate ?? a.awardDate ?? '', b.noticeDate ?? b.awardDate ?? '') || compareText(a.lot, b.lot));
    f.designChanges.sort((a, b) => compareText(a.date, b.date));
    f.inspections.sort((a, b) => compareText(a.date, b.date));
    f.acceptance.sort((a, b) => compareText(a.date, b.date));
  }
  filesCache.set(input.approvals, { source: input, map });
  return map;
}

const landMaps = new WeakMap<readonly LandAcquisition[], Map<string, LandAcquisition>>();
function landById(rows: readonly LandAcquisition[]): Map<string, LandAcquisition> {
  let map = landMaps.get(rows);
  if (!map) landMaps.set(rows, (map = new Map(rows.map((r) => [r.projectId, r]))));
  return map;
}

const EMPTY: ProjectFiles = { approvals: [], tenders: [], parties: [], designChanges: [], inspections: [], acceptance: [] };

/**
 * The eight categories for one project (docs/methodology.md):
 * - 批准服务: published with a project code (the key to the online approval platform), else missing.
 * - 批准结果: published with an approval of a known item; missing once started, or for a project
 *   not 前期 in the year plan; otherwise not yet.
 * - 招标投标, 施工有关 (a party other than the owner, or the legal entity), 质量安全监督: published
 *   with a row; missing once started; otherwise not yet.
 * - 征收土地: for a project in land.csv, published with the approval number or the notice date,
 *   missing without; not yet for a project that acquires no land.
 * - 重大设计变更: published with a change; otherwise not yet (a change is disclosed when it happens).
 * - 竣工有关: published with a completion acceptance or its filing; missing once 竣工 or 投产;
 *   otherwise not yet.
 */
export function projectDisclosure(input: LifecycleInput, project: Project, schedule: Schedule = scheduleOf(input, project)): ProjectDisclosure {
  const f = filesByProject(input).get(project.id) ?? EMPTY;
  const started = schedule.actualStart !== undefined || isStarted(schedule.stage);
  const finished = schedule.actualCompletion !== undefined || isFinished(schedule.stage);
  const land = landById(input.land).get(project.id);
  const knownApprovals = f.approvals.filter((a) => approvalItem(a.item));
  const builders = f.parties.filter((p) => p.role !== 'owner');
  const completion = f.acceptance.filter((a) => a.kind === 'completion' || a.kind === 'filing');
  const status = (count: number, due: boolean): DisclosureStatus => (count > 0 ? 'published' : due ? 'missing' : 'not_yet');
  const counts: Record<DisclosureCategoryId, [number, DisclosureStatus]> = {
    approval_service: [project.projectCode ? 1 : 0, project.projectCode ? 'published' : 'missing'],
    approval_result: [knownApprovals.length, status(knownApprovals.length, started || (project.nature !== undefined && project.nature !== 'preparatory'))],
    tendering: [f.tenders.length, status(f.tenders.length, started)],
    land: land ? [land.landApprovalNumber || land.compensationNoticeDate ? 1 : 0, land.landApprovalNumber || land.compensationNoticeDate ? 'published' : 'missing'] : [0, 'not_yet'],
    design_change: [f.designChanges.length, status(f.designChanges.length, false)],
    construction: [builders.length + (project.legalEntity ? 1 : 0), status(builders.length + (project.legalEntity ? 1 : 0), started)],
    quality_safety: [f.inspections.length, status(f.inspections.length, started)],
    completion: [completion.length, status(completion.length, finished)],
  };
  const items = DISCLOSURE_CATEGORIES.map((category) => {
    const [count, s] = counts[category.id];
    return { category, status: s, count };
  });
  return {
    projectId: project.id,
    items,
    published: items.filter((i) => i.status === 'published').length,
    missing: items.filter((i) => i.status === 'missing').length,
    notYet: items.filter((i) => i.status === 'not_yet').length,
  };
}

/** Published ÷ (published + missing), in percent; undefined when nothing is due yet. */
export function completenessPct(d: Pick<ProjectDisclosure, 'published' | 'missing'>): number | undefined {
  return percentOf(d.published, d.published + d.missing);
}

export interface CategoryCoverage {
  category: DisclosureCategory;
  published: number;
  missing: number;
  notYet: number;
}

export interface UnitCompleteness {
  unit: string;
  projects: number;
  published: number;
  missing: number;
  /** Published ÷ due (published + missing), in percent: sums over the unit's projects, never an average of them. */
  pct: number | undefined;
  /** Rank by pct, best first; units with the same figure share a rank. */
  rank: number;
}

export interface DisclosureOverview {
  /** The projects counted: those on the latest ledger month's list, or every project without ledgers. */
  projects: ProjectDisclosure[];
  categories: CategoryCoverage[];
  units: UnitCompleteness[];
  published: number;
  missing: number;
  pct: number | undefined;
}

/** The checklist for every project on the current list, per category and per responsible unit (ranked). */
export function disclosureOverview(input: LifecycleInput): DisclosureOverview {
  const all = schedules(input);
  const counted = all.some((s) => s.onList) ? all.filter((s) => s.onList) : all;
  const byId = new Map(input.projects.map((p) => [p.id, p]));
  const projects = counted.map((s) => projectDisclosure(input, byId.get(s.projectId) as Project, s));
  const categories = DISCLOSURE_CATEGORIES.map((category, i) => {
    const statuses = projects.map((p) => (p.items[i] as DisclosureItem).status);
    return {
      category,
      published: statuses.filter((s) => s === 'published').length,
      missing: statuses.filter((s) => s === 'missing').length,
      notYet: statuses.filter((s) => s === 'not_yet').length,
    };
  });
  const byUnit = new Map<string, { projects: number; published: number; missing: number }>();
  for (const p of projects) {
    const unit = byId.get(p.projectId)?.responsibleUnit;
    if (!unit) continue;
    const u = byUnit.get(unit) ?? { projects: 0, published: 0, missing: 0 };
    u.projects++;
    u.published += p.published;
    u.missing += p.missing;
    byUnit.set(unit, u);
  }
  const units = [...byUnit.entries()]
    .map(([unit, u]) => ({ unit, ...u, pct: percentOf(u.published, u.published + u.missing), rank: 0 }))
    .sort((a, b) => (b.pct ?? -1) - (a.pct ?? -1) || b.published - a.published || compareText(a.unit, b.unit));
  units.forEach((u, i) => {
    const before = units[i - 1];
    u.rank = before && before.pct === u.pct ? before.rank : i + 1;
  });
  const published = projects.reduce((s, p) => s + p.published, 0);
  const missing = projects.reduce((s, p) => s + p.missing, 0);
  return { projects, categories, units, published, missing, pct: percentOf(published, published + missing) };
}

// ---------------------------------------------------------------- the timeline

export type TimelineKind = 'approval' | 'tender' | 'award' | 'contract' | 'start' | 'design_change' | 'inspection' | 'completion' | 'acceptance';

export interface TimelineEvent {
  /** A date, or a month when only the ledger tells it. */
  when: IsoDate | YearMonth;
  kind: TimelineKind;
  /** What happened, as printed: the approval item, the lot, the change … */
  title: string;
  /** Document number, when there is one. */
  documentNumber?: string;
  /** Who: the authority, the winner, the inspector, the organiser. */
  who?: string;
}

/** Life-cycle order of kinds on the same day. */
const KIND_ORDER: readonly TimelineKind[] = ['approval', 'tender', 'award', 'contract', 'start', 'design_change', 'inspection', 'completion', 'acceptance'];

/** A project's life as dated events: approvals → tenders and contracts → start → design changes → inspections → completion → acceptance. Undated rows are left out. */
export function projectTimeline(input: LifecycleInput, project: Project, schedule: Schedule = scheduleOf(input, project)): TimelineEvent[] {
  const f = filesByProject(input).get(project.id) ?? EMPTY;
  const out: TimelineEvent[] = [];
  const add = (when: string | undefined, kind: TimelineKind, title: string, documentNumber?: string, who?: string) => {
    if (when === undefined) return;
    const e: TimelineEvent = { when, kind, title };
    if (documentNumber) e.documentNumber = documentNumber;
    if (who) e.who = who;
    out.push(e);
  };
  for (const a of f.approvals) add(a.date, 'approval', approvalItem(a.item)?.name ?? a.item, a.documentNumber, a.authority);
  for (const t of f.tenders) {
    add(t.noticeDate, 'tender', t.lot);
    add(t.awardDate, 'award', t.lot, undefined, t.winner);
    add(t.contractDate, 'contract', t.lot, undefined, t.winner);
  }
  if (schedule.actualStart) add(schedule.actualStart.date ?? schedule.actualStart.month, 'start', '开工');
  for (const c of f.designChanges) add(c.date, 'design_change', c.content, c.documentNumber, c.authority);
  for (const i of f.inspections) add(i.date, 'inspection', i.findings ?? '', i.penaltyNumber, i.inspector);
  if (schedule.actualCompletion) add(schedule.actualCompletion.date ?? schedule.actualCompletion.month, 'completion', '竣工');
  for (const a of f.acceptance) add(a.date, 'acceptance', a.kind, undefined, a.organiser);
  // A month sorts before the dates in it ('2026-03' < '2026-03-01').
  return out.sort((a, b) => compareText(a.when, b.when) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}
