// What every page shares, computed from the dataset the integration has read and validated
// (src/integration/data.ts): `buildSiteModel()` is pure; the pages reach it through
// getSite() (site.ts), the integration's file writer calls it directly. Figures that
// only one page needs are computed by that page from the core, memoised here where they
// are asked for more than once.

import { resources as builtInResources, type ResourceDef } from '../core/schema.ts';
import type { Dataset, Diagnostic, IndicatorKind, IsoDate, Locale, Project, YearMonth } from '../core/types.ts';
import {
  aggregateBy,
  aggregatePortfolio,
  indexLedgers,
  latestPeriod,
  monthEnd,
  monthlyRankings,
  portfolioSeries,
  projectMonths,
  type Aggregate,
  type GroupBy,
  type Grouped,
  type MonthlyRanking,
  type ProjectMonth,
} from '../core/metrics/index.ts';
import { createTranslator, type MessageKey, type Slots } from '../i18n/translator.ts';
import { formatDate, formatIndicatorPeriod, formatMoney, formatMoneyHeading, formatMonth, formatMonthRange, formatNumber, formatPercent, formatPeriod, formatPoints } from '../core/format.ts';
import { portfolioSentence, type SentenceOptions } from '../core/sentences.ts';
import { sentenceOptionsOf } from '../core/publication.ts';
import { paths, url, useBase } from './paths.ts';
import { governmentFooter, type FooterItem } from './footer.ts';
import { navigation, type NavItem } from './navigation.ts';

export type { NavItem } from './navigation.ts';

export interface SiteModel {
  dataset: Dataset;
  /** The schema in force: built in, with the data folder's datapackage.json applied (titles, private fields …). */
  resources: ResourceDef[];
  config: Dataset['config'];
  locale: Locale;
  /** t('key') in the site's locale. */
  t: (key: MessageKey, slots?: Slots) => string;
  /** Warnings the build let through (shown on the data-quality page). */
  diagnostics: Diagnostic[];
  /** The latest ledger month: the data date of the whole site. */
  dataDate: YearMonth | undefined;
  /** Last day of the data month: "as of" for overdue tasks, campaigns, feeds. */
  asOf: IsoDate | undefined;
  nav: NavItem[];
  summarySentence: string;
  footerDataLine: string;
  /** 主办单位, 网站标识码, ICP备案号 … as site.json sets them, in the order the rules list them. */
  footerIds: FooterItem[];
  /** How sentences name the region (全县 / the county) and the money unit. */
  sentenceOptions: SentenceOptions;
  /** Numbers and dates as the site's readers write them; '—' for a missing value. */
  fmt: Formatters;
  projectsById: Map<string, Project>;
  /** Every project's figures for the data month, sorted by id. */
  latest: ProjectMonth[];
  latestById: Map<string, ProjectMonth>;
  portfolio: Aggregate | undefined;
  /** The portfolio month by month (every ledger month). */
  portfolioHistory: Aggregate[];
  groups: Record<GroupBy, Grouped>;
  rankings: { responsibleUnit: MonthlyRanking[]; township: MonthlyRanking[] };
  /** The page of a program, unit or township, or undefined when it has none (no project in the data month). */
  groupHref(by: GroupBy, name: string | undefined): string | undefined;
}

export interface Formatters {
  /** Money as a reader says it: 8.55亿元, 3,500万元 (for sentences and key figures). */
  money(v: number | undefined): string;
  /** Money as a bare number in the configured unit (3,500), for table columns whose heading names the unit. */
  amount(v: number | undefined): string;
  /** A column heading with the money unit: 年度计划投资（万元）. */
  moneyHeading(label: string): string;
  percent(v: number | undefined): string;
  points(v: number | undefined): string;
  number(v: number | undefined, digits?: number): string;
  date(v: string | undefined): string;
  month(v: string | undefined): string;
  /** Cumulative period: 2026年1-10月. */
  period(v: string | undefined): string;
  /** An indicator's period as its kind reads: 2026年1-10月, or 2026年10月末 for a stock. */
  indicatorPeriod(v: string | undefined, kind: IndicatorKind): string;
}

const DASH = '—';

function formatters(locale: Locale, unit: Dataset['config']['moneyUnit']): Formatters {
  const or = <T,>(v: T | undefined, f: (v: T) => string) => (v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v)) ? DASH : f(v));
  return {
    money: (v) => or(v, (x) => formatMoney(x, locale, unit)),
    amount: (v) => or(v, (x) => formatNumber(x, locale, 0)),
    moneyHeading: (label) => formatMoneyHeading(label, locale, unit),
    percent: (v) => or(v, (x) => formatPercent(x, locale)),
    points: (v) => or(v, (x) => formatPoints(x, locale)),
    number: (v, digits = 2) => or(v, (x) => formatNumber(x, locale, digits)),
    date: (v) => or(v, (x) => formatDate(x, locale)),
    month: (v) => or(v, (x) => formatMonth(x, locale)),
    period: (v) => or(v, (x) => formatPeriod(x, locale)),
    indicatorPeriod: (v, kind) => or(v, (x) => formatIndicatorPeriod(x, kind, locale)),
  };
}

export function buildSiteModel(dataset: Dataset, diagnostics: Diagnostic[] = [], base = '/', resources: ResourceDef[] = builtInResources): SiteModel {
  useBase(base);
  const { config } = dataset;
  const locale = config.locale;
  const t = createTranslator(locale, { moneyUnit: config.moneyUnit });
  const dataDate = latestPeriod(dataset.ledgers);
  const asOf = dataDate ? monthEnd(dataDate) : undefined;
  const latest = dataDate ? projectMonths(dataset, dataDate) : [];
  const portfolio = dataDate ? aggregatePortfolio(dataset, dataDate) : undefined;
  const empty: Grouped = { groups: [], unassigned: undefined };
  const groups: Record<GroupBy, Grouped> = {
    program: dataDate ? aggregateBy(dataset, dataDate, 'program') : empty,
    responsibleUnit: dataDate ? aggregateBy(dataset, dataDate, 'responsibleUnit') : empty,
    township: dataDate ? aggregateBy(dataset, dataDate, 'township') : empty,
  };
  // Warm the ledger index once; every per-project page reuses it.
  indexLedgers(dataset.ledgers);

  const sentenceOptions: SentenceOptions = sentenceOptionsOf(config);
  const summarySentence = portfolio ? portfolioSentence(portfolio, locale, sentenceOptions) : t('site.noData');
  const footerDataLine = [
    asOf ? t('asOf', { date: formatDate(asOf, locale) }) : t('site.noData'),
    config.source ? t('site.source', { source: config.source }) : '',
  ]
    .filter(Boolean)
    .join(t('punct.sentenceSep'));

  return {
    dataset,
    resources,
    config,
    locale,
    t,
    diagnostics,
    footerIds: governmentFooter(config, t),
    dataDate,
    asOf,
    nav: navigation(dataset, t),
    summarySentence,
    sentenceOptions,
    fmt: formatters(locale, config.moneyUnit),
    footerDataLine: footerDataLine + t('punct.stop'),
    projectsById: new Map(dataset.projects.map((p) => [p.id, p])),
    latest,
    latestById: new Map(latest.map((m) => [m.projectId, m])),
    portfolio,
    portfolioHistory: portfolioSeries(dataset),
    groups,
    rankings: {
      responsibleUnit: monthlyRankings(dataset, 'responsibleUnit'),
      township: monthlyRankings(dataset, 'township'),
    },
    groupHref: (by, name) => {
      if (!name || !groups[by].groups.some((g) => g.key === name)) return undefined;
      return by === 'program' ? paths.program(name) : by === 'responsibleUnit' ? paths.unit(name) : paths.township(name);
    },
  };
}

/** The month range said in sentences: "1-10月". */
export function periodLabel(site: SiteModel): string {
  return site.dataDate ? formatMonthRange(site.dataDate, site.locale) : '';
}
