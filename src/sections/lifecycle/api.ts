// The JSON of a project's life: inside /api/projects/{id}.json (schedule, overdue flags,
// disclosure checklist, and the rows of each life-cycle file present), and one document per
// file (/api/approvals.json, /api/tenders.json …). Keys are the canonical snake_case names
// of the CSV downloads; a missing value is null; only declared, non-private fields are copied.
import type { ResourceDef } from '../../core/schema.ts';
import type { Dataset, Project, YearMonth } from '../../core/types.ts';
import type { Json, JsonObject } from '../../core/export/api.ts';
import { publishedFields } from '../../core/export/tables.ts';
import { directAwardThreshold, tenderFlags } from '../tenders/metrics.ts';
import { approvalItem } from './catalogue.ts';
import { completenessPct, filesByProject, investmentAfterChanges, projectDisclosure, scheduleOf, type Happened, type Schedule } from './metrics.ts';

const API_VERSION = 1;

const value = (v: unknown): Json => (v === undefined || v === null || typeof v === 'object' ? null : (v as Json));

function record(obj: object, resource: ResourceDef | undefined, skip: readonly string[] = []): JsonObject {
  const out: JsonObject = {};
  if (!resource) return out;
  for (const f of publishedFields(resource)) if (!skip.includes(f.name)) out[f.name] = value((obj as Record<string, unknown>)[f.key]);
  return out;
}

/** The life-cycle files: resource name → Dataset key and present flag. */
export const LIFECYCLE_FILES = [
  { name: 'approvals', key: 'approvals' },
  { name: 'tenders', key: 'tenders' },
  { name: 'parties', key: 'parties' },
  { name: 'design_changes', key: 'designChanges' },
  { name: 'inspections', key: 'inspections' },
  { name: 'acceptance', key: 'acceptance' },
] as const;

export type LifecycleFileName = (typeof LIFECYCLE_FILES)[number]['name'];

function happenedJson(h: Happened | undefined): JsonObject {
  return { date: h?.date ?? null, month: h?.month ?? null, source: h ? (h.source === 'projects' ? 'projects' : h.atOrBefore ? 'ledger_or_before' : 'ledger') : null };
}

export function scheduleJson(s: Schedule): JsonObject {
  return {
    planned_start: s.plannedStart ?? null,
    planned_completion: s.plannedCompletion ?? null,
    actual_start: happenedJson(s.actualStart),
    actual_completion: happenedJson(s.actualCompletion),
    start_slip_months: s.startSlipMonths ?? null,
    completion_slip_months: s.completionSlipMonths ?? null,
    overdue_start: s.overdueStart !== undefined,
    overdue_start_months: s.overdueStart?.monthsLate ?? null,
    overdue_completion: s.overdueCompletion !== undefined,
    overdue_completion_months: s.overdueCompletion?.monthsLate ?? null,
  };
}

/** The overdue flags in /api/projects.json: months late, or null. */
export function overdueJson(dataset: Pick<Dataset, 'ledgers'>, project: Project): JsonObject {
  const s = scheduleOf(dataset, project);
  return { overdue_start_months: s.overdueStart?.monthsLate ?? null, overdue_completion_months: s.overdueCompletion?.monthsLate ?? null };
}

/** What /api/projects/{id}.json adds about the project's life. */
export function lifecycleProjectJson(dataset: Dataset, resources: readonly ResourceDef[], project: Project): JsonObject {
  const byName = (n: string) => resources.find((r) => r.name === n);
  const schedule = scheduleOf(dataset, project);
  const disclosure = projectDisclosure(dataset, project, schedule);
  const out: JsonObject = {
    schedule: scheduleJson(schedule),
    disclosure: {
      published: disclosure.published,
      missing: disclosure.missing,
      not_yet: disclosure.notYet,
      completeness_pct: completenessPct(disclosure) ?? null,
      categories: disclosure.items.map((i) => ({ id: i.category.id, name: i.category.name, status: i.status, count: i.count, basis: [...i.category.basis] })),
    },
  };
  const files = filesByProject(dataset).get(project.id);
  if (dataset.present.designChanges) {
    const inv = investmentAfterChanges(project, dataset.designChanges);
    out.investment = { approved: inv.approved ?? null, change: inv.change, after_changes: inv.afterChanges ?? null, change_pct: inv.changePct ?? null, days: inv.days };
  }
  const threshold = directAwardThreshold(dataset.config);
  for (const { name, key } of LIFECYCLE_FILES) {
    if (!dataset.present[key]) continue;
    const rows = (files?.[key] ?? []) as object[];
    out[name] = rows.map((r) => {
      const json = record(r, byName(name), ['project_id']);
      if (name === 'approvals') json.item_standard = approvalItem((r as { item: string }).item)?.name ?? null;
      if (name === 'tenders') json.flags = tenderFlags(r as Dataset['tenders'][number], project, threshold);
      return json;
    });
  }
  return out;
}

/** /api/{file}.json: every row of one life-cycle file, in the order of its CSV download. */
export function lifecycleFileJson(dataset: Dataset, resources: readonly ResourceDef[], name: LifecycleFileName, dataDate: YearMonth | undefined): JsonObject {
  const entry = LIFECYCLE_FILES.find((f) => f.name === name)!;
  const resource = resources.find((r) => r.name === name);
  const projects = new Map(dataset.projects.map((p) => [p.id, p]));
  const threshold = directAwardThreshold(dataset.config);
  const rows = [...(dataset[entry.key] as object[])].sort((a, b) => {
    const x = (a as { projectId: string }).projectId;
    const y = (b as { projectId: string }).projectId;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return {
    api_version: API_VERSION,
    data_date: dataDate ?? null,
    money_unit: dataset.config.moneyUnit,
    count: rows.length,
    rows: rows.map((r) => {
      const json = record(r, resource);
      if (name === 'approvals') json.item_standard = approvalItem((r as { item: string }).item)?.name ?? null;
      if (name === 'tenders') {
        const t = r as Dataset['tenders'][number];
        json.flags = tenderFlags(t, projects.get(t.projectId), threshold);
      }
      return json;
    }),
  };
}
