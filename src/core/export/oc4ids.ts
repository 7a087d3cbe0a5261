// Every project as an OC4IDS 0.9 project package (Open Contracting for Infrastructure Data
// Standard, project level). The mapping, and why each code was chosen, is documented in
// docs/open-data.md; in short:
//
//   stage 前期 → preparation, 在建 → implementation, 竣工 → completion, 投产 → maintenance
//     (OC4IDS: "also called operation"); with no stage reported, nature 前期/预备 → identification,
//     新开工 → preparation, 续建 → implementation.
//   总投资 → budget.amount (CNY, in yuan); each year's plan → budget.budgetBreakdowns.
//   责任单位 → party with role publicAuthority (the government body that answers for delivery)
//     and project.publicAuthority; 建设单位 → party with role buyer (its budget pays for the works).
//   乡镇 → locations[].address.locality and description; coordinates → a GeoJSON Point.
//   年度计划投资 → forecasts[financialProgress]; 本年累计完成投资 by month → metrics[financialProgress];
//   形象进度百分比 → metrics[physicalProgress].
//
// Dates are date-times at +08:00 (China Standard Time), taken from the data, never a clock.

import type { Dataset, IsoDate, Locale, Project, ProjectNature, SiteConfig, Stage, YearMonth } from '../types.ts';
import { compareText } from '../report.ts';
import { monthEnd, parseYearMonth, type ProjectMonth } from '../metrics/index.ts';
import { t } from '../i18n.ts';
import { localeFormat } from '../../i18n/catalog.ts';
import type { Json, JsonObject } from './api.ts';
import { monthsByProject } from './api.ts';
import { lifecycleOc4ids } from '../../sections/lifecycle/oc4ids.ts';

/** The OC4IDS schema version the package follows (major.minor). */
export const OC4IDS_VERSION = '0.9';

export type Oc4idsStatus = 'identification' | 'preparation' | 'implementation' | 'completion' | 'maintenance';

const STAGE_STATUS: Record<Stage, Oc4idsStatus> = {
  preparatory: 'preparation',
  construction: 'implementation',
  completed: 'completion',
  operating: 'maintenance',
};

const NATURE_STATUS: Record<ProjectNature, Oc4idsStatus> = {
  preparatory: 'identification',
  new: 'preparation',
  continuing: 'implementation',
};

/** projectStatus code from the latest reported stage, else from the nature in the year plan. */
export function oc4idsStatus(stage: Stage | undefined, nature: ProjectNature | undefined): Oc4idsStatus | undefined {
  if (stage) return STAGE_STATUS[stage];
  return nature ? NATURE_STATUS[nature] : undefined;
}

// projectSector codes for the categories ledgers use (free text): the first keyword found wins.
const SECTOR_KEYWORDS: [string, string][] = [
  ['公路', 'transport.road'],
  ['道路', 'transport.road'],
  ['铁路', 'transport.rail'],
  ['公交', 'transport.urban'],
  ['交通', 'transport'],
  ['光伏', 'energy.solar'],
  ['风电', 'energy.wind'],
  ['水电', 'energy.hydropower'],
  ['能源', 'energy'],
  ['电力', 'energy'],
  ['防洪', 'naturalResources.floodProtection'],
  ['水利', 'naturalResources'],
  ['污水', 'waterAndWaste'],
  ['供水', 'waterAndWaste'],
  ['环卫', 'waterAndWaste'],
  ['生态', 'naturalResources'],
  ['环保', 'naturalResources'],
  ['教育', 'education'],
  ['学校', 'education'],
  ['卫生', 'health'],
  ['医疗', 'health'],
  ['健康', 'health'],
  ['养老', 'health'],
  ['文化', 'cultureSportsAndRecreation'],
  ['旅游', 'cultureSportsAndRecreation'],
  ['体育', 'cultureSportsAndRecreation'],
  ['住房', 'socialHousing'],
  ['保障房', 'socialHousing'],
  ['通信', 'communications'],
  ['信息', 'communications'],
  ['工业', 'economy'],
  ['制造', 'economy'],
  ['农业', 'economy'],
  ['农产品', 'economy'],
  ['物流', 'economy'],
  ['经济', 'economy'],
  ['医药', 'economy'],
  ['服务业', 'economy'],
  ['商贸', 'economy'],
];

/** projectSector code for a category, or undefined when none fits (then only the category is given, as a classification). */
export function oc4idsSector(category: string | undefined): string | undefined {
  if (!category) return undefined;
  return SECTOR_KEYWORDS.find(([k]) => category.includes(k))?.[1];
}

const FACTOR: Record<SiteConfig['moneyUnit'], number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/** An amount in the configured unit as yuan, rounded to the fen. */
export function toYuan(amount: number, unit: SiteConfig['moneyUnit']): number {
  return Number((amount * FACTOR[unit]).toFixed(2));
}

const startOf = (date: IsoDate) => `${date}T00:00:00+08:00`;
const endOf = (date: IsoDate) => `${date}T23:59:59+08:00`;

export interface Oc4idsOptions {
  dataset: Dataset;
  dataDate: YearMonth | undefined;
  /** Absolute URL of the package itself (/api/oc4ids.json). */
  packageUri: string;
  /** Absolute URL of the publisher (the portal's home page). */
  publisherUri: string;
  projectPage(id: string): string;
  /** A registered OC4IDS project identifier prefix (oc4ids-xxxxxx-), once the publisher has one. */
  idPrefix?: string;
  /** Each project's months, oldest first (monthsByProject), when the caller has them already. */
  months?: ReadonlyMap<string, readonly ProjectMonth[]>;
}

function cny(amount: number, unit: SiteConfig['moneyUnit']): JsonObject {
  return { amount: toYuan(amount, unit), currency: 'CNY' };
}

/** Parties by name, roles merged; `more` are those of the project's life (src/sections/lifecycle/oc4ids.ts). */
function parties(p: Project, more: ReturnType<typeof lifecycleOc4ids>['parties'] = []): JsonObject[] {
  const byName = new Map<string, JsonObject & { roles: string[] }>();
  const add = (name: string | undefined, roles: readonly string[], extra: { identifier?: JsonObject; people?: JsonObject[] } = {}) => {
    const n = name?.trim();
    if (!n) return;
    let party = byName.get(n);
    if (!party) byName.set(n, (party = { id: n, name: n, roles: [] }));
    for (const role of roles) if (!party.roles.includes(role)) party.roles.push(role);
    if (extra.identifier && !party.identifier) party.identifier = extra.identifier;
    if (extra.people) party.people = [...((party.people as JsonObject[] | undefined) ?? []), ...extra.people];
  };
  add(p.responsibleUnit, ['publicAuthority']);
  add(p.owner, ['buyer']);
  for (const m of more) add(m.name, m.roles, m);
  return [...byName.values()];
}

function projectJson(p: Project, months: readonly ProjectMonth[], o: Oc4idsOptions, locale: Locale): JsonObject {
  const { config } = o.dataset;
  const unit = config.moneyUnit;
  const last = months.at(-1);
  const lastStage = [...months].reverse().find((m) => m.row.stage !== undefined)?.row.stage;
  const out: JsonObject = {
    id: `${o.idPrefix ?? ''}${p.id}`,
  };
  const updated = last?.period ?? o.dataDate;
  if (updated) out.updated = startOf(monthEnd(updated));
  out.language = localeFormat(locale).languageCode;
  const life = lifecycleOc4ids(o.dataset, p);
  out.identifiers = [{ id: p.id, scheme: 'luoshi-project-id' }, ...life.identifiers];
  const unitName = p.responsibleUnit?.trim();
  if (unitName) out.publicAuthority = { id: unitName, name: unitName };
  out.title = p.name;
  if (p.description) out.description = p.description;

  const budget: JsonObject = {};
  if (p.totalInvestment !== undefined) {
    budget.description = t(locale, 'api.budgetDescription');
    budget.amount = cny(p.totalInvestment, unit);
  }
  // The year plan as the last ledger of each year states it.
  const plans = new Map<number, { plan: number; period: YearMonth }>();
  for (const m of months) if (m.yearPlan !== undefined) plans.set(parseYearMonth(m.period).year, { plan: m.yearPlan, period: m.period });
  if (plans.size > 0) {
    budget.budgetBreakdowns = [
      {
        id: 'annual-plans',
        description: t(locale, 'api.yearPlans'),
        budgetBreakdown: [...plans].map(([year, { plan }]) => ({
          id: String(year),
          description: t(locale, 'api.yearPlan', { year }),
          amount: cny(plan, unit),
          period: { startDate: startOf(`${year}-01-01`), endDate: endOf(`${year}-12-31`) },
        })),
      },
    ];
  }
  if (Object.keys(budget).length) out.budget = budget;

  const period: JsonObject = {};
  if (p.plannedStart) period.startDate = startOf(p.plannedStart);
  if (p.plannedCompletion) period.endDate = endOf(p.plannedCompletion);
  if (Object.keys(period).length) out.period = period;
  if (life.implementationPeriod) out.implementationPeriod = life.implementationPeriod;

  const location: JsonObject = { id: 'site' };
  const township = p.township?.trim();
  if (township) {
    location.description = `${config.region}${township}`;
    location.address = { locality: township, ...(config.region ? { region: config.region } : {}), countryName: t(locale, 'oc4ids.countryName') };
  }
  if (p.latitude !== undefined && p.longitude !== undefined) location.geometry = { type: 'Point', coordinates: [p.longitude, p.latitude] };
  if (Object.keys(location).length > 1) out.locations = [location];

  const status = oc4idsStatus(lastStage, p.nature);
  if (status) out.status = status;
  const sector = oc4idsSector(p.category);
  if (sector) out.sector = [sector];
  const classifications: JsonObject[] = [];
  if (p.program) classifications.push({ scheme: 'x_luoshi_program', id: p.program, description: p.program });
  if (p.category) classifications.push({ scheme: 'x_luoshi_category', id: p.category, description: p.category });
  if (classifications.length) out.additionalClassifications = classifications;

  const ps = parties(p, life.parties);
  if (ps.length) out.parties = ps;

  if (plans.size > 0) {
    out.forecasts = [
      {
        id: 'financialProgress',
        title: t(locale, 'api.yearPlans'),
        observations: [...plans].map(([year, { plan }]) => ({
          id: String(year),
          period: { startDate: startOf(`${year}-01-01`), endDate: endOf(`${year}-12-31`) },
          value: cny(plan, unit),
        })),
      },
    ];
  }
  const metrics: JsonObject[] = [];
  const completed = months.filter((m) => m.completedYtd !== undefined);
  if (completed.length) {
    metrics.push({
      id: 'financialProgress',
      title: t(locale, 'api.completedYtd'),
      observations: completed.map((m) => ({
        id: m.period,
        period: { startDate: startOf(`${parseYearMonth(m.period).year}-01-01`), endDate: endOf(monthEnd(m.period)) },
        value: cny(m.completedYtd!, unit),
      })),
    });
  }
  const physical = months.filter((m) => m.row.progressPct !== undefined);
  if (physical.length) {
    metrics.push({
      id: 'physicalProgress',
      title: t(locale, 'api.physicalProgress'),
      observations: physical.map((m) => ({
        id: m.period,
        period: { startDate: startOf(`${m.period}-01`), endDate: endOf(monthEnd(m.period)) },
        measure: m.row.progressPct!,
        unit: { name: 'percent' },
      })),
    });
  }
  if (metrics.length) out.metrics = metrics;
  if (life.completion) out.completion = life.completion;

  out.documents = [{ id: 'project-page', title: t(locale, 'api.page'), url: o.projectPage(p.id), format: 'text/html', language: out.language as Json }, ...life.documents];
  if (life.contractingProcesses.length) out.contractingProcesses = life.contractingProcesses;
  return out;
}

/** The package: every project of projects.csv, by id. */
export function oc4idsPackage(o: Oc4idsOptions): JsonObject {
  return { ...packageHead(o), projects: [...packageProjects(o)] };
}

/**
 * The package as JSON text (what JSON.stringify gives, with a final line break) in pieces, one
 * project at a time: at 10,000 projects the package is 55 MB of text, which a build should not
 * hold at once, nor its objects.
 */
export function* oc4idsPackageText(o: Oc4idsOptions): Generator<string> {
  const head = JSON.stringify({ ...packageHead(o), projects: [] });
  // "projects" is the last key: the text ends with [] and the closing brace.
  yield head.slice(0, -2);
  let first = true;
  for (const project of packageProjects(o)) {
    yield (first ? '' : ',') + JSON.stringify(project);
    first = false;
  }
  yield ']}\n';
}

function packageHead(o: Oc4idsOptions): JsonObject {
  const pkg: JsonObject = { uri: o.packageUri };
  if (o.dataDate) pkg.publishedDate = startOf(monthEnd(o.dataDate));
  pkg.version = OC4IDS_VERSION;
  pkg.publisher = { name: o.dataset.config.source || o.dataset.config.title, uri: o.publisherUri };
  return pkg;
}

function* packageProjects(o: Oc4idsOptions): Generator<JsonObject> {
  const { dataset } = o;
  const byProject = o.months ?? monthsByProject(dataset);
  for (const p of [...dataset.projects].sort((a, b) => compareText(a.id, b.id))) yield projectJson(p, byProject.get(p.id) ?? [], o, dataset.config.locale);
}
