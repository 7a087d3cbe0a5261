// The JSON API's documents, as plain objects: /api/index.json, /api/projects.json,
// /api/projects/{id}.json, /api/indicators.json and /api/changes[/{period}].json.
// Field names are the canonical snake_case names of the CSV downloads; a missing value is
// null, so every object of a kind has the same keys. Only declared, non-private fields are
// copied from the data (publishedFields); computed figures are named in COMPUTED_FIELDS.

import type { ResourceDef } from '../schema.ts';
import type { Dataset, Locale, SiteConfig, YearMonth } from '../types.ts';
import { compareText } from '../report.ts';
import { allBy, firstBy, indexLedgers, monthEnd, projectMonths, publishedRunWithoutInvestment, taskState, type ProjectMonth } from '../metrics/index.ts';
import { kindOf } from '../metrics/indicators.ts';
import type { ChangeItem, MonthChangeList } from './changes.ts';
import { changeSentence } from './change-text.ts';
import { publishedFields } from './tables.ts';
import { lifecycleProjectJson, overdueJson } from '../../sections/lifecycle/api.ts';

/** Bumped when a field is renamed or removed (adding one is not a breaking change). */
export const API_VERSION = 1;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Absolute addresses the documents link to, supplied by the site (base path and host). */
export interface ApiLinks {
  home: string;
  projectPage(id: string): string;
  projectApi(id: string): string;
  changesPage(period: string): string;
  changesApi(period: string): string;
}

const value = (v: unknown): Json => (v === undefined || v === null ? null : typeof v === 'object' ? null : (v as Json));

function resource(resources: readonly ResourceDef[], name: string): ResourceDef | undefined {
  return resources.find((r) => r.name === name);
}

/** [canonical name, model key] of a resource's published fields, in schema order, less `skip`. */
type FieldPairs = readonly (readonly [name: string, key: string])[];
const fieldPairs = new WeakMap<ResourceDef, Map<string, FieldPairs>>();

// A project's document holds 36 months and the build writes 10,000 of them: the field list
// is worked out once per resource and skip list, not once per record.
function fieldsOf(r: ResourceDef, skip: readonly string[]): FieldPairs {
  let bySkip = fieldPairs.get(r);
  if (!bySkip) fieldPairs.set(r, (bySkip = new Map()));
  const id = skip.join('\n');
  let pairs = bySkip.get(id);
  if (!pairs) bySkip.set(id, (pairs = publishedFields(r).filter((f) => !skip.includes(f.name)).map((f) => [f.name, f.key] as const)));
  return pairs;
}

/** Copies the published fields of a record into `out`, by canonical name, in schema order; skip some names. */
function copyRecord(out: JsonObject, obj: object | undefined, r: ResourceDef | undefined, skip: readonly string[] = []): JsonObject {
  if (!r) return out;
  const source = obj as Record<string, unknown> | undefined;
  for (const [name, key] of fieldsOf(r, skip)) out[name] = value(source?.[key]);
  return out;
}

/** The published fields of a record, by canonical name, in schema order; skip some names. */
function record(obj: object | undefined, r: ResourceDef | undefined, skip: readonly string[] = []): JsonObject {
  return copyRecord({}, obj, r, skip);
}

/** The figures the portal computes for a project month (see tables.ts, project_figures). */
export const COMPUTED_FIELDS = ['increment', 'completion_pct', 'time_progress_pct', 'lag_points', 'status', 'months_without_investment', 'stalled', 'overdue'] as const;

/** One project month: the ledger's published fields (without the id and name) and the computed figures. */
export function monthJson(m: ProjectMonth, resources: readonly ResourceDef[]): JsonObject {
  // Assigned one by one, as the object literal with a spread of record() would define them
  // (same keys, same order), without the intermediate object: 360,000 of these at 10,000 projects.
  const out: JsonObject = { period: m.period };
  copyRecord(out, m.row, resource(resources, 'ledger'), LEDGER_SKIP);
  out.increment = value(m.increment);
  out.completion_pct = value(m.completionPct);
  out.time_progress_pct = value(m.timeProgressPct);
  out.lag_points = value(m.lagPoints);
  out.status = m.status;
  out.months_without_investment = value(publishedRunWithoutInvestment(m));
  out.stalled = m.stalled;
  out.overdue = m.overdue;
  return out;
}
const LEDGER_SKIP = ['project_id', 'project_name'];

// ---------------------------------------------------------------- changes

/** camelCase → snake_case; change items use a dozen keys, each converted once. */
const snakeKeys = new Map<string, string>();
function snake(key: string): string {
  let s = snakeKeys.get(key);
  if (s === undefined) snakeKeys.set(key, (s = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  return s;
}

function snakeJson(v: unknown): Json {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map((x) => snakeJson(x));
  if (typeof v === 'object') {
    const out: JsonObject = {};
    for (const k of Object.keys(v)) out[snake(k)] = snakeJson((v as Record<string, unknown>)[k]);
    return out;
  }
  return v as Json;
}

/** A change item with snake_case keys and its sentence in the site's language. */
export function changeJson(item: ChangeItem, locale: Locale, unit: SiteConfig['moneyUnit']): JsonObject {
  const out = snakeJson(item) as JsonObject; // a new object: the sentence goes straight in
  out.text = changeSentence(item, locale, unit);
  return out;
}

export function changesIndexJson(lists: readonly MonthChangeList[], links: ApiLinks, meta: { dataDate: YearMonth | undefined }): JsonObject {
  return {
    api_version: API_VERSION,
    data_date: meta.dataDate ?? null,
    months: lists.map((l) => ({
      period: l.period,
      previous_period: l.previousPeriod,
      total: l.items.length,
      counts: { ...l.counts },
      url: links.changesPage(l.period),
      api_url: links.changesApi(l.period),
    })),
  };
}

export function changesMonthJson(list: MonthChangeList, links: ApiLinks, config: Pick<SiteConfig, 'locale' | 'moneyUnit'>): JsonObject {
  return {
    api_version: API_VERSION,
    period: list.period,
    previous_period: list.previousPeriod,
    money_unit: config.moneyUnit,
    url: links.changesPage(list.period),
    counts: { ...list.counts },
    items: list.items.map((i) => changeJson(i, config.locale, config.moneyUnit)),
  };
}

// ---------------------------------------------------------------- projects

export interface ProjectsInput {
  dataset: Dataset;
  resources: readonly ResourceDef[];
  dataDate: YearMonth | undefined;
  /** Figures of the data month, by project id. */
  latestById: ReadonlyMap<string, ProjectMonth>;
  links: ApiLinks;
}

function projectJson(p: Dataset['projects'][number], input: ProjectsInput, skip: readonly string[] = []): JsonObject {
  return {
    ...record(p, resource(input.resources, 'projects'), skip),
    url: input.links.projectPage(p.id),
    api_url: input.links.projectApi(p.id),
  };
}

/** /api/projects.json: every project of projects.csv (by id) with the data month's figures, or null when that ledger lacks it. */
export function projectsJson(input: ProjectsInput): JsonObject {
  const projects = [...input.dataset.projects].sort((a, b) => compareText(a.id, b.id));
  return {
    api_version: API_VERSION,
    data_date: input.dataDate ?? null,
    money_unit: input.dataset.config.moneyUnit,
    count: projects.length,
    projects: projects.map((p) => {
      const m = input.latestById.get(p.id);
      return { ...projectJson(p, input, ['description']), ...overdueJson(input.dataset, p), latest: m ? monthJson(m, input.resources) : null };
    }),
  };
}

/**
 * Every project's months, oldest first, by project id: one pass over the ledgers
 * (projectMonths per period), so that 10,000 project documents need no per-project search.
 */
export function monthsByProject(dataset: Pick<Dataset, 'config' | 'projects' | 'ledgers'>): Map<string, ProjectMonth[]> {
  const out = new Map<string, ProjectMonth[]>();
  for (const period of indexLedgers(dataset.ledgers).periods) {
    for (const m of projectMonths(dataset, period)) {
      const list = out.get(m.projectId);
      if (list) list.push(m);
      else out.set(m.projectId, [m]);
    }
  }
  return out;
}

/** /api/projects/{id}.json: the project, every month it was reported (`months`, oldest first), its stage history, changes, tasks and land. */
export function projectDetailJson(input: ProjectsInput, id: string, months: readonly ProjectMonth[], changes: readonly ChangeItem[]): JsonObject | undefined {
  const { dataset, resources } = input;
  const p = firstBy(dataset.projects, 'id', id);
  if (!p) return undefined;
  const stageHistory: JsonObject[] = [];
  let previous: ProjectMonth | undefined;
  for (const m of months) {
    if (!previous || previous.row.stage !== m.row.stage) stageHistory.push({ period: m.period, from: value(previous?.row.stage), to: value(m.row.stage) });
    previous = m;
  }
  const latest = input.latestById.get(id);
  const out: JsonObject = {
    api_version: API_VERSION,
    data_date: input.dataDate ?? null,
    money_unit: dataset.config.moneyUnit,
    project: projectJson(p, input),
    latest: latest ? monthJson(latest, resources) : null,
    last_reported: months.at(-1)?.period ?? null,
    months: months.map((m) => monthJson(m, resources)),
    stage_history: stageHistory,
    changes: changes.map((c) => changeJson(c, dataset.config.locale, dataset.config.moneyUnit)),
  };
  if (dataset.present.tasks) {
    const asOf = input.dataDate ? monthEnd(input.dataDate) : undefined;
    const tasks = allBy(dataset.tasks, 'projectId', id).sort((a, b) => compareText(a.id, b.id));
    out.tasks = tasks.map((t) => {
      const s = asOf ? taskState(t, asOf) : undefined;
      return { ...record(t, resource(resources, 'tasks'), ['project_id']), overdue: s ? s.overdue : null, days_overdue: s ? s.daysOverdue : null };
    });
  }
  if (dataset.present.land) {
    const land = firstBy(dataset.land, 'projectId', id);
    out.land = land ? record(land, resource(resources, 'land'), ['project_id']) : null;
  }
  Object.assign(out, lifecycleProjectJson(dataset, resources, p));
  return out;
}

// ---------------------------------------------------------------- indicators

/** /api/indicators.json: per indicator (code-point order), its targets and every observation (own region first). */
export function indicatorsJson(dataset: Dataset, resources: readonly ResourceDef[], dataDate: YearMonth | undefined): JsonObject {
  const region = dataset.config.region;
  const names = [...new Set(dataset.indicators.map((o) => o.indicator))].sort(compareText);
  const obsResource = resource(resources, 'indicators');
  const targetResource = resource(resources, 'indicator_targets');
  return {
    api_version: API_VERSION,
    data_date: dataDate ?? null,
    region,
    indicators: names.map((name) => {
      const observations = dataset.indicators
        .filter((o) => o.indicator === name)
        .sort((a, b) => Number(b.region === region) - Number(a.region === region) || compareText(a.region, b.region) || compareText(a.period, b.period));
      const units = [...new Set(observations.map((o) => o.unit).filter((u): u is string => !!u))];
      const targets = dataset.targets.filter((x) => x.indicator === name).sort((a, b) => a.year - b.year);
      return {
        name,
        unit: units[0] ?? null,
        direction: targets.at(-1)?.direction ?? 'higher',
        // flow (1-N月累计), stock (月末时点) or ratio: as indicator_targets.csv says, else by name.
        kind: kindOf(dataset.targets, name, units[0]),
        targets: targets.map((x) => record(x, targetResource, ['indicator', 'kind'])),
        observations: observations.map((o) => record(o, obsResource, ['indicator', 'unit'])),
      };
    }),
  };
}

// ---------------------------------------------------------------- index

export interface IndexInput {
  config: SiteConfig;
  dataDate: YearMonth | undefined;
  asOf: string | undefined;
  ledgerPeriods: readonly YearMonth[];
  schemaVersion: string;
  counts: Record<string, number>;
  downloads: { name: string; title: string; url: string; rows: number; bytes: number; sha256: string }[];
  endpoints: Record<string, string>;
}

/** /api/index.json: what exists, the data date and the schema version. */
export function indexJson(input: IndexInput): JsonObject {
  return {
    api_version: API_VERSION,
    schema_version: input.schemaVersion,
    title: input.config.title,
    region: input.config.region,
    publisher: input.config.source || null,
    money_unit: input.config.moneyUnit,
    data_date: input.dataDate ?? null,
    as_of: input.asOf ?? null,
    ledger_periods: [...input.ledgerPeriods],
    counts: { ...input.counts },
    endpoints: { ...input.endpoints },
    downloads: input.downloads.map((d) => ({ ...d })),
  };
}

/** Stable JSON text: the objects above are built in a fixed key order; one line, final newline. */
export function jsonText(value: Json, pretty = false): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined) + '\n';
}
