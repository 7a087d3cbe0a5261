// What the projects directory (/projects/) and each project page (/projects/{id}/) show,
// gathered from the core in one place so the .astro files only lay it out. Pure: takes
// the site model (or a dataset) and returns values.

import type { IsoDate, Locale, Project, Stage, YearMonth } from '../core/types.ts';
import { compareText } from '../core/report.ts';
import {
  allBy,
  daysInMonth,
  firstBy,
  hasContent,
  indexLedgers,
  isFinished,
  parseIsoDate,
  parseYearMonth,
  projectMonth,
  projectSeries,
  reachesFull,
  taskStates,
  type GroupBy,
  type ProblemEntry,
  type ProjectMonth,
  type ProjectSeries,
  type TaskState,
} from '../core/metrics/index.ts';
import { formatCoordinatesText, formatDate, formatMonth, formatPercent } from '../core/format.ts';
import { createTranslator } from '../i18n/translator.ts';
import { lagPhrase, type SentenceOptions } from '../core/sentences.ts';
import type { SiteModel } from './model.ts';

// ---------------------------------------------------------------- directory

export interface DirectoryGroup {
  by: GroupBy;
  /** Group names with their project counts this month, in the core's (code-point) order. */
  items: { name: string; count: number }[];
}

export interface Directory {
  rows: ProjectMonth[];
  /** Projects in projects.csv that the latest ledger does not list, by id, with the last ledger month that did. */
  notInLatest: { project: Project; lastSeen: YearMonth | undefined }[];
  groups: DirectoryGroup[];
}

export function projectDirectory(site: Pick<SiteModel, 'latest' | 'latestById' | 'dataset' | 'groups'>): Directory {
  const notInLatest = site.dataset.projects
    .filter((p) => !site.latestById.has(p.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((project) => ({ project, lastSeen: lastSeenIn(site.dataset, project.id) }));
  const groups = (['program', 'responsibleUnit', 'township'] as const).map((by) => ({
    by,
    items: site.groups[by].groups.map((g) => ({ name: g.key, count: g.projectCount })),
  }));
  return { rows: site.latest, notInLatest, groups };
}

/** How many stalled projects the home page lists; the rest are on /stalled/ (a province has hundreds). */
export const HOME_STALLED_LIMIT = 20;

/** The data month's stalled projects, longest without new investment first, then by id. */
export function stalledProjects(site: Pick<SiteModel, 'latest'>): ProjectMonth[] {
  return site.latest
    .filter((m) => m.stalled)
    .sort((a, b) => b.monthsWithoutInvestment - a.monthsWithoutInvestment || compareText(a.projectId, b.projectId));
}

/** The latest ledger month (any year) that lists the project. */
function lastSeenIn(dataset: SiteModel['dataset'], projectId: string): YearMonth | undefined {
  return lastSeenPeriods(dataset.ledgers).get(projectId);
}

// Project → the latest month that lists it, for every project at once (one pass over the
// ledgers, oldest month first), instead of a look-up in every month per project page.
const lastSeenCache = new WeakMap<object, Map<string, YearMonth>>();
function lastSeenPeriods(ledgers: SiteModel['dataset']['ledgers']): Map<string, YearMonth> {
  let last = lastSeenCache.get(ledgers);
  if (!last) {
    last = new Map();
    const index = indexLedgers(ledgers);
    for (const period of index.periods) for (const row of index.month(period)?.rows ?? []) last.set(row.projectId, period);
    lastSeenCache.set(ledgers, last);
  }
  return last;
}

// ---------------------------------------------------------------- project page

export interface StageStep {
  period: YearMonth;
  /** Undefined for the first month of the year's history (where the stage was first reported). */
  from: Stage | undefined;
  to: Stage | undefined;
  first: boolean;
}

export interface ProblemHistoryEntry extends ProblemEntry {
  /** The problems cell says something (not blank, 无, 暂无 …). */
  hasProblems: boolean;
}

export interface ProjectPage {
  project: Project;
  /** In the latest ledger of the site. */
  inLatest: boolean;
  /** The latest ledger month that lists the project (any year); undefined if none does. */
  lastSeen: YearMonth | undefined;
  /** Not in any ledger of the latest ledger's year (as opposed to missing from its latest month only). */
  notThisYear: boolean;
  /** The figures the page shows: the latest ledger's, or else those of `lastSeen`. */
  shown: ProjectMonth | undefined;
  /** The year's series up to `shown.period`. */
  series: ProjectSeries | undefined;
  /** The first reported stage of the year, then every change, oldest first. */
  stageHistory: StageStep[];
  /** Stage was the same in every month of the year's history. */
  stageUnchanged: boolean;
  /** Months where problems, measures or deadline changed, newest first. */
  problemHistory: ProblemHistoryEntry[];
  /** Some month of the year reported a problem, a measure or a deadline. */
  anyProblems: boolean;
  /** Tasks tied to the project, as of the site's date: overdue first, then open, then closed. */
  tasks: TaskState[];
  /** The project's coordinates, and a map link when site.json gives a mapUrl template. */
  location: { latitude: number; longitude: number; mapUrl: string | undefined } | undefined;
}

/** Everything a project page shows, for a project of projects.csv. */
export function projectPage(
  site: Pick<SiteModel, 'dataset' | 'dataDate' | 'asOf' | 'latestById'>,
  projectId: string,
): ProjectPage | undefined {
  const { dataset } = site;
  const project = firstBy(dataset.projects, 'id', projectId);
  if (!project) return undefined;
  const index = indexLedgers(dataset.ledgers);
  const latest = site.latestById.get(projectId);
  const lastSeen = latest?.period ?? lastSeenIn(dataset, projectId);
  const yearOf = (p: YearMonth | undefined) => (p === undefined ? undefined : parseYearMonth(p).year);
  const notThisYear = latest === undefined && (lastSeen === undefined || yearOf(lastSeen) !== yearOf(site.dataDate));
  const shown = latest ?? (lastSeen ? projectMonth(dataset, lastSeen, projectId) : undefined);
  const series = lastSeen ? projectSeries(index, projectId, lastSeen, dataset.config.timeProgress) : undefined;

  const stageHistory: StageStep[] = [];
  const firstStage = series?.stages[0];
  if (firstStage) stageHistory.push({ period: firstStage.period, from: undefined, to: firstStage.stage, first: true });
  for (const t of series?.transitions ?? []) stageHistory.push({ period: t.period, from: t.from, to: t.to, first: false });

  const problemHistory = [...(series?.problems ?? [])]
    .reverse()
    .map((e) => ({ ...e, hasProblems: hasContent(e.problems) }));
  const anyProblems = problemHistory.some((e) => e.hasProblems || hasContent(e.measures) || e.deadline !== undefined);

  const tasks = site.asOf ? taskStates(allBy(dataset.tasks, 'projectId', projectId), site.asOf) : [];

  const { latitude, longitude } = project;
  const location =
    latitude !== undefined && longitude !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? { latitude, longitude, mapUrl: dataset.config.mapUrl ? mapLink(dataset.config.mapUrl, latitude, longitude) : undefined }
      : undefined;

  return {
    project,
    inLatest: latest !== undefined,
    lastSeen,
    notThisYear,
    shown,
    series,
    stageHistory,
    stageUnchanged: stageHistory.length === 1,
    problemHistory,
    anyProblems,
    tasks,
    location,
  };
}

/** site.json's mapUrl template with a point's coordinates in it: a plain link, no map script on our pages. */
export function mapLink(template: string, latitude: number, longitude: number): string {
  return template.replaceAll('{lat}', roundCoordinate(latitude)).replaceAll('{lon}', roundCoordinate(longitude));
}

// Six decimals is about 10 cm: more says nothing, and keeps URLs free of float noise.
const roundCoordinate = (v: number) => String(Number(v.toFixed(6)));

/** "北纬29.52°，东经112.56°" / "29.52° N, 112.56° E". */
export function formatCoordinates(latitude: number, longitude: number, locale: Locale): string {
  return formatCoordinatesText(latitude, longitude, roundCoordinate(Math.abs(latitude)), roundCoordinate(Math.abs(longitude)), locale);
}

/**
 * Planned start and completion are usually given as a month (2025-03), which the loader
 * turns into the month's last day: show those as the month, a real date in full.
 */
export function formatPlannedDate(date: IsoDate, locale: Locale): string {
  const { year, month, day } = parseIsoDate(date);
  return day === daysInMonth(year, month) ? formatMonth(date.slice(0, 7), locale) : formatDate(date, locale);
}

/**
 * The project's year in one or two sentences, as a county office reports it:
 * "1-8月，该项目完成投资1,200万元，完成年度计划的30%，落后时间进度36.7个百分点。已连续2个月没有新增投资。"
 */
export function projectSentence(m: ProjectMonth, locale: Locale, options: SentenceOptions = {}): string {
  const t = createTranslator(locale, { moneyUnit: options.moneyUnit ?? '万元' });
  const completed = m.completedYtd ?? 0;
  const parts: string[] = [];

  if (m.completionPct === undefined) {
    parts.push(t('project.sentence.noPlan', { period: m.period, invested: completed > 0 ? t('project.sentence.noPlanInvested', { amount: completed }) : '' }));
  } else {
    const met = reachesFull(m.completionPct);
    const tail = met ? t('project.sentence.met') : m.lagPoints === undefined ? '' : t('project.sentence.lag', { lag: lagPhrase(m.lagPoints, locale) });
    parts.push(t('project.sentence.figures', { period: m.period, amount: completed, pct: m.completionPct, tail }));
  }

  if (isFinished(m.row.stage)) parts.push(t(m.row.stage === 'operating' ? 'project.sentence.operating' : 'project.sentence.completed'));
  if (m.stalled) parts.push(t('project.sentence.stalled', { n: m.monthsWithoutInvestment }));
  if (m.overdue && m.row.deadline) parts.push(t('project.sentence.overdue', { date: m.row.deadline }));
  return parts.join(t('punct.sentencesJoin'));
}

/** Physical progress with its percentage when the ledger gives one: "主体结构已封顶（65%）". */
export function progressText(m: ProjectMonth, locale: Locale): string | undefined {
  const text = m.row.progress?.trim();
  const pct = m.row.progressPct === undefined ? undefined : formatPercent(m.row.progressPct, locale);
  if (text && pct) return createTranslator(locale)('punct.parenthesised', { text, note: pct });
  return text || pct;
}

/** The year of the figures shown (the latest ledger's year for projects never reported). */
export function figuresYear(page: ProjectPage, dataDate: YearMonth | undefined): number | undefined {
  const period = page.shown?.period ?? dataDate;
  return period ? parseYearMonth(period).year : undefined;
}

