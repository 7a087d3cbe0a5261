// Every chart the site draws, by a stable id. Pages ask for the charts they show; the
// CSV, SVG and embed endpoints list them all. Each chart is drawn once per build.

import {
  barChart,
  chartLabels,
  groupComparison,
  indicatorSeries,
  peerComparison,
  portfolioProgress,
  projectProgress,
  rankHistory,
  stageCounts,
  type Chart,
} from '../core/charts/index.ts';
import {
  indexLedgers,
  indicatorNames,
  indicatorSnapshot,
  parseYearMonth,
  projectSeries,
  rankHistory as rankHistoryOf,
  type GroupBy,
  attractionFunnel,
  campaignProgress,
  landTotals,
} from '../core/metrics/index.ts';
import { directionOf, indicatorSeries as observationsOf, kindOf, targetOf } from '../core/metrics/indicators.ts';
import { attractionStageLabel, stageLabel } from '../core/i18n.ts';
import type { SiteModel } from './model.ts';
import { stableKey } from './keys.ts';
import { orderedGroups } from './group-page.ts';

type Factory = (site: SiteModel) => Chart;

// Each chart is drawn once per site model (a page and the chart's files share it), and goes with it.
const drawnBySite = new WeakMap<SiteModel, Map<string, Chart>>();

function memo(id: string, site: SiteModel, factory: Factory): Chart {
  let drawn = drawnBySite.get(site);
  if (!drawn) drawnBySite.set(site, (drawn = new Map()));
  let chart = drawn.get(id);
  if (!chart) {
    chart = factory(site);
    drawn.set(id, chart);
  }
  return chart;
}

const labelsOf = (site: SiteModel) => chartLabels(site.locale, site.config.moneyUnit);

// ---------------------------------------------------------------- home

export function portfolioChart(site: SiteModel): Chart | undefined {
  const p = site.portfolio;
  if (!p || !site.dataDate) return undefined;
  return memo('portfolio-progress', site, () =>
    portfolioProgress(
      {
        id: 'portfolio-progress',
        title: site.t('chart.portfolioTitle'),
        asOf: p.period,
        yearPlan: p.yearPlan,
        completed: p.completedYtd,
        timeProgress: p.timeProgressPct / 100,
        subject: site.t('chart.portfolioSubject'),
      },
      labelsOf(site),
    ),
  );
}

export function stagesChart(site: SiteModel): Chart | undefined {
  const p = site.portfolio;
  if (!p) return undefined;
  return memo('portfolio-stages', site, () => {
    const counts = { preparatory: 0, construction: 0, completed: 0, operating: 0 };
    for (const m of site.latest) if (m.row.stage) counts[m.row.stage]++;
    return stageCounts(
      {
        id: 'portfolio-stages',
        title: site.t('chart.stagesTitle'),
        stages: (Object.keys(counts) as (keyof typeof counts)[]).map((s) => ({ stage: s, label: stageLabel(s, site.locale), count: counts[s] })),
        unit: site.t('unit.projects'),
      },
      labelsOf(site),
    );
  });
}

/** Programs, units or townships side by side (completion rate vs time progress). */
export function groupsChart(site: SiteModel, by: GroupBy): Chart | undefined {
  const grouped = site.groups[by];
  const p = site.portfolio;
  if (!p || grouped.groups.length === 0) return undefined;
  const id = `groups-${by}`;
  return memo(id, site, () =>
    groupComparison(
      {
        id,
        title: site.t(`chart.groupsTitle.${by}`),
        kind: by,
        timeProgress: p.timeProgressPct / 100,
        groups: orderedGroups(grouped, by, site.dataset.programs, site.dataset.units).map((g) => ({ name: g.key, yearPlan: g.yearPlan, completed: g.completedYtd })),
      },
      labelsOf(site),
    ),
  );
}

// ---------------------------------------------------------------- project

export function projectChartId(projectId: string): string {
  return `project-${projectId}`;
}

export function projectChart(site: SiteModel, projectId: string): Chart | undefined {
  if (!site.dataDate || !site.latestById.has(projectId)) return undefined;
  const id = projectChartId(projectId);
  return memo(id, site, () => {
    const series = projectSeries(indexLedgers(site.dataset.ledgers), projectId, site.dataDate!, site.config.timeProgress);
    const name = site.projectsById.get(projectId)?.name;
    return projectProgress(
      {
        id,
        title: site.t('chart.projectTitle', { year: series.year }),
        year: series.year,
        yearPlan: series.currentYearPlan,
        months: series.investment.map((p) => ({ period: p.period, completedYtd: p.completedYtd })),
        subject: name,
        timeProgress: site.config.timeProgress,
      },
      labelsOf(site),
    );
  });
}

// ---------------------------------------------------------------- group pages

export function groupChartId(by: GroupBy, name: string): string {
  return `${by}-${stableKey(name)}`;
}

/** One group's projects side by side. */
export function groupProjectsChart(site: SiteModel, by: GroupBy, name: string): Chart | undefined {
  const p = site.portfolio;
  const group = site.groups[by].groups.find((g) => g.key === name);
  if (!p || !group) return undefined;
  const id = groupChartId(by, name);
  return memo(id, site, () =>
    groupComparison(
      {
        id,
        title: site.t('chart.groupProjectsTitle', { name }),
        timeProgress: p.timeProgressPct / 100,
        groups: group.projectIds.map((pid) => {
          const m = site.latestById.get(pid);
          return { name: site.projectsById.get(pid)?.name ?? pid, yearPlan: m?.yearPlan, completed: m?.completedYtd };
        }),
      },
      labelsOf(site),
    ),
  );
}

/** A unit's or township's rank month by month. */
export function rankChart(site: SiteModel, by: 'responsibleUnit' | 'township', name: string): Chart | undefined {
  const history = rankHistoryOf(site.rankings[by]).find((h) => h.name === name);
  if (!history || history.ranks.length === 0) return undefined;
  const id = `rank-${by}-${stableKey(name)}`;
  const year = site.dataDate ? parseYearMonth(site.dataDate).year : undefined;
  return memo(id, site, () =>
    rankHistory(
      {
        id,
        title: site.t('chart.rankTitle', { name }),
        subject: name,
        months: history.ranks
          .filter((pt) => year === undefined || parseYearMonth(pt.period).year === year)
          .map((pt) => ({ period: pt.period, rank: pt.rank, of: pt.of })),
      },
      labelsOf(site),
    ),
  );
}

// ---------------------------------------------------------------- indicators

export function indicatorChartIds(name: string): { series: string; peers: string } {
  const key = stableKey(name);
  return { series: `indicator-${key}`, peers: `indicator-${key}-peers` };
}

export function indicatorCharts(site: SiteModel, name: string): { series?: Chart; peers?: Chart } {
  const ids = indicatorChartIds(name);
  const region = site.config.region;
  const observations = observationsOf(site.dataset.indicators, name, region);
  const last = observations.at(-1);
  if (!last) return {};
  const measure = observations.some((o) => o.growth !== undefined) ? 'growth' : 'value';
  const year = parseYearMonth(last.period).year;
  const target = targetOf(site.dataset.targets, name, year);
  const kind = kindOf(site.dataset.targets, name, last.unit);
  const stock = kind === 'stock';
  const titleKey = measure === 'growth' ? 'chart.indicatorGrowthTitle' : 'chart.indicatorValueTitle';
  const direction = directionOf(site.dataset.targets, name, year);
  const series = memo(ids.series, site, () =>
    indicatorSeries(
      {
        id: ids.series,
        // A balance is not summed from January: no 累计 in its title.
        title: site.t(kind === 'flow' ? titleKey : kind === 'stock' ? `${titleKey}Stock` : `${titleKey}Ratio`, { name }),
        indicator: name,
        measure,
        unit: measure === 'growth' ? '%' : last.unit,
        direction,
        stock,
        points: observations.map((o) => ({ period: o.period, value: (measure === 'growth' ? o.growth : o.value) ?? null })),
        targets: site.dataset.targets.flatMap((t) => {
          const value = t.indicator === name ? (measure === 'growth' ? t.targetGrowth : t.targetValue) : undefined;
          return value === undefined ? [] : [{ year: t.year, value }];
        }),
      },
      labelsOf(site),
    ),
  );
  const snapshot = indicatorSnapshot(site.dataset, name, last.period, region);
  const basis = snapshot?.ranking?.by ?? measure;
  const peers = memo(ids.peers, site, () =>
    peerComparison(
      {
        id: ids.peers,
        title: site.t('chart.peersTitle', { name }),
        period: last.period,
        measure: basis,
        unit: basis === 'growth' ? '%' : last.unit,
        highlight: region,
        direction: snapshot?.direction,
        stock,
        target: basis === 'growth' ? target?.targetGrowth : target?.targetValue,
        regions: (snapshot?.ranking?.rows ?? []).map((r) => ({ region: r.region, value: (basis === 'growth' ? r.growth : r.value) ?? null })),
      },
      labelsOf(site),
    ),
  );
  return { series, peers };
}

/** A chart of the site by id, drawn when first asked for. */
export type ChartEntries = ReadonlyMap<string, () => Chart>;

const entryLists = new WeakMap<SiteModel, ChartEntries>();

/**
 * Every chart of the site, for the CSV/SVG/embed endpoints, in a fixed order. The site-wide
 * and group charts are drawn here (a few dozen); each project's chart (one per project in the
 * data month, thousands in a province) only when its page or file asks for it, so that their
 * drawing does not all pile up before the first page is written.
 */
export function chartEntries(site: SiteModel): ChartEntries {
  let entries = entryLists.get(site);
  if (entries) return entries;
  const map = new Map<string, () => Chart>();
  const drawnNow = (c: Chart | undefined) => {
    if (c) map.set(c.id, () => c);
  };
  drawnNow(portfolioChart(site));
  drawnNow(stagesChart(site));
  for (const by of ['program', 'responsibleUnit', 'township'] as const) {
    drawnNow(groupsChart(site, by));
    for (const g of site.groups[by].groups) drawnNow(groupProjectsChart(site, by, g.key));
  }
  for (const by of ['responsibleUnit', 'township'] as const) {
    for (const g of site.groups[by].groups) drawnNow(rankChart(site, by, g.key));
  }
  // projectChart() is defined for every project of the data month (site.latest).
  for (const m of site.latest) map.set(projectChartId(m.projectId), () => projectChart(site, m.projectId)!);
  for (const name of indicatorNames(site.dataset.indicators)) {
    const c = indicatorCharts(site, name);
    drawnNow(c.series);
    drawnNow(c.peers);
  }
  for (const c of accountabilityCharts(site)) drawnNow(c);
  entries = map;
  entryLists.set(site, entries);
  return entries;
}

/** Every chart of the site, drawn. */
export function allCharts(site: SiteModel): Chart[] {
  return [...chartEntries(site).values()].map((draw) => draw());
}

/** The chart with this id (it must be one of chartEntries()). */
export function chartById(site: SiteModel, id: string): Chart {
  const draw = chartEntries(site).get(id);
  if (!draw) throw new Error(`no chart ${id}`);
  return draw();
}

// ---------------------------------------------------------------- accountability (征拆, 招商引资, 攻坚行动)
// Drawn for /land/, /attraction/ and /campaigns/{id}/ (src/site/accountability.ts lays out the rest).

/** Land acquired as a share of the target, project by project, highest first (projects with a land target only). */
export function landChart(site: SiteModel): Chart | undefined {
  const land = site.dataset.land.filter((r) => r.landTargetMu !== undefined && r.landTargetMu > 0);
  if (land.length === 0) return undefined;
  return memo('land-acquisition', site, () =>
    barChart(
      {
        id: 'land-acquisition',
        title: site.t('land.chartTitle'),
        format: 'percent',
        sort: 'descending',
        max: 100,
        categoryLabel: site.t('field.name'),
        valueLabel: site.t('field.landPct'),
        bars: landTotals(land).projects.map((p) => ({ label: site.projectsById.get(p.projectId)?.name ?? p.projectId, value: p.landPct })),
      },
      labelsOf(site),
    ),
  );
}

/** The attraction funnel: projects that reached at least each stage, 意向 → 签约 → 合同 → 开工. */
export function attractionFunnelChart(site: SiteModel): Chart | undefined {
  if (site.dataset.attraction.length === 0) return undefined;
  return memo('attraction-funnel', site, () =>
    barChart(
      {
        id: 'attraction-funnel',
        title: site.t('attraction.funnelTitle'),
        format: 'number',
        unit: site.t('unit.projects'),
        categoryLabel: site.t('attraction.stage'),
        valueLabel: site.t('attraction.reached'),
        bars: attractionFunnel(site.dataset.attraction).steps.map((s) => ({ label: attractionStageLabel(s.stage, site.locale), value: s.count })),
      },
      labelsOf(site),
    ),
  );
}

export function campaignChartId(campaignId: string): string {
  return `campaign-${stableKey(campaignId)}`;
}

/** A campaign's time progress against the share of each target reached, in percent. */
export function campaignChart(site: SiteModel, campaignId: string): Chart | undefined {
  const campaign = site.dataset.campaigns.find((c) => c.id === campaignId);
  if (!campaign || !site.asOf) return undefined;
  const id = campaignChartId(campaignId);
  return memo(id, site, () => {
    const p = campaignProgress(site.dataset, campaign, site.asOf!);
    const bars: { label: string; value: number | undefined }[] = [{ label: site.t('campaign.timeProgress'), value: p.days.timeProgressPct }];
    if ((campaign.targetStarts ?? 0) > 0) bars.push({ label: site.t('campaign.startsTarget'), value: p.startsPct });
    if ((campaign.targetCompletions ?? 0) > 0) bars.push({ label: site.t('campaign.completionsTarget'), value: p.completionsPct });
    if ((campaign.targetInvestment ?? 0) > 0) bars.push({ label: site.t('campaign.investmentTarget'), value: p.investmentPct });
    return barChart(
      {
        id,
        title: site.t('campaign.chartTitle', { name: campaign.name }),
        format: 'percent',
        max: 100,
        categoryLabel: site.t('campaign.measure'),
        valueLabel: site.t('campaign.share'),
        bars,
      },
      labelsOf(site),
    );
  });
}

function accountabilityCharts(site: SiteModel): (Chart | undefined)[] {
  const out: (Chart | undefined)[] = [];
  if (site.dataset.present.land) out.push(landChart(site));
  if (site.dataset.present.attraction) out.push(attractionFunnelChart(site));
  if (site.dataset.present.campaigns) for (const c of site.dataset.campaigns) out.push(campaignChart(site, c.id));
  return out;
}
