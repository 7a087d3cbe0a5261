// Everything the open-data pages and endpoints share, computed once per build from the site
// model: the schema in force, the download tables and their CSV text (with sizes and
// hashes, which the downloads page, datapackage.json and /api/index.json all quote), the
// monthly change lists, and the links the JSON documents carry. Pages only lay these out.

import { createHash } from 'node:crypto';
import type { ResourceDef } from '../core/schema.ts';
import { eachExportTable, type ExportTable } from '../core/export/tables.ts';
import { toCsv } from '../core/export/csv.ts';
import { downloadsDataPackage, type DownloadFile } from '../core/export/datapackage.ts';
import { allMonthChanges, changesByProject, CHANGE_KINDS, type ChangeItem, type ChangeKind, type MonthChangeList } from '../core/export/changes.ts';
import { describeChange, itemSubject } from '../core/export/change-text.ts';
import { changesTable } from '../core/export/change-table.ts';
import { monthsByProject, type ApiLinks, type JsonObject } from '../core/export/api.ts';
import { indexLedgers, type ProjectMonth } from '../core/metrics/index.ts';
import type { SiteModel } from './model.ts';
import { absoluteUrl, paths, url } from './paths.ts';

/** Addresses of the open-data files, relative to the site root like paths.ts. */
export const openPaths = {
  download: (file: string) => url(`/downloads/${encodeURIComponent(file)}`),
  datapackage: () => url('/downloads/datapackage.json'),
  /** Written after the pages by src/integrations/open-data-zip.ts (a build only, not `astro dev`). */
  zip: () => url('/downloads/open-data.zip'),
  apiIndex: () => url('/api/index.json'),
  apiProjects: () => url('/api/projects.json'),
  apiProject: (id: string) => url(`/api/projects/${encodeURIComponent(id)}.json`),
  apiIndicators: () => url('/api/indicators.json'),
  apiChanges: () => url('/api/changes.json'),
  apiChangesMonth: (period: string) => url(`/api/changes/${period}.json`),
  oc4ids: () => url('/api/oc4ids.json'),
  search: () => url('/search/'),
  sitemap: () => url('/sitemap.xml'),
};

export interface WrittenDownload extends DownloadFile {
  /** How many rows the file has (its table keeps no rows: the text is made again where it is written, downloadFiles). */
  rows: number;
}

export interface OpenData {
  /** The schema in force: built in, with data/datapackage.json's overrides (titles, private flags …). */
  resources: ResourceDef[];
  downloads: WrittenDownload[];
  /** Text of /downloads/datapackage.json. */
  datapackage: JsonObject;
  /** Short hash of the published schemas: changes whenever a column, type or constraint does. */
  schemaVersion: string;
  /** Newest month first. */
  changes: MonthChangeList[];
  changesByProject: Map<string, ChangeItem[]>;
  monthsByProject: Map<string, ProjectMonth[]>;
  links: ApiLinks;
  /** Absolute URL of a root-relative path. */
  abs: (pathname: string) => string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Every download table: the data's tables as published, then the month-by-month change list. */
function* downloadTables(site: SiteModel, changes: readonly MonthChangeList[]): Generator<ExportTable> {
  yield* eachExportTable(site.dataset, site.resources);
  yield changesTable(changes, site.config, site.locale, (id) => site.projectsById.get(id)?.responsibleUnit);
}

/** /downloads/{name}.csv, one at a time: UTF-8 with a BOM (the text toCsv makes). */
export function* downloadFiles(site: SiteModel): Generator<[name: string, bytes: Buffer]> {
  for (const table of downloadTables(site, getOpenData(site).changes)) {
    yield [`${table.name}.csv`, Buffer.from(toCsv(table.columns.map((c) => c.name), table.rows), 'utf8')];
  }
}

const computed = new WeakMap<SiteModel, OpenData>();

export function getOpenData(site: SiteModel): OpenData {
  let open = computed.get(site);
  if (open) return open;
  const resources = site.resources;
  const changes = allMonthChanges(site.dataset);
  // Only each file's size, hash and row count are kept, one table at a time: 10,000 projects
  // make 100 MB of CSV from millions of cells, which the build would otherwise hold to the end.
  const downloads: WrittenDownload[] = [];
  for (const table of downloadTables(site, changes)) {
    // Encoded once: its size and its hash are both of the UTF-8 bytes.
    const encoded = Buffer.from(toCsv(table.columns.map((c) => c.name), table.rows), 'utf8');
    downloads.push({ table: { ...table, rows: [] }, rows: table.rows.length, bytes: encoded.length, sha256: sha256(encoded) });
  }
  const abs = (pathname: string) => absoluteUrl(site.config.siteUrl, pathname);
  const datapackage = downloadsDataPackage({ resources, config: site.config, files: downloads, dataDate: site.dataDate, homepage: abs(url('/')) });
  const schemas = JSON.stringify((datapackage.resources as JsonObject[]).map((r) => [r.name, r.schema]));
  const links: ApiLinks = {
    home: abs(url('/')),
    projectPage: (id) => abs(url(`/projects/${encodeURIComponent(id)}/`)),
    projectApi: (id) => abs(openPaths.apiProject(id)),
    changesPage: (period) => abs(url(`/changes/${period}/`)),
    changesApi: (period) => abs(openPaths.apiChangesMonth(period)),
  };
  open = {
    resources,
    downloads,
    datapackage,
    schemaVersion: sha256(schemas).slice(0, 12),
    changes,
    changesByProject: changesByProject(changes),
    monthsByProject: monthsByProject(site.dataset),
    links,
    abs,
  };
  computed.set(site, open);
  return open;
}

/** The ledger months, oldest first. */
export function ledgerPeriods(site: SiteModel): string[] {
  return indexLedgers(site.dataset.ledgers).periods;
}

/** A file size as readers say it: 812 B, 35.2 KB, 4.1 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// ---------------------------------------------------------------- change lists as pages show them

export interface ChangeRow {
  kind: ChangeKind;
  /** The project's name, the task, the indicator. */
  subject: string;
  /** Its page, when there is one. */
  href: string | undefined;
  /** Project id or task id, shown small beside the subject. */
  id: string | undefined;
  /** Who answers for it: the project's or task's responsible unit. */
  unit: string | undefined;
  text: string;
}

/** Items as table rows: subject with its link, responsible unit, and the change in words. */
export function changeRows(site: SiteModel, items: readonly ChangeItem[]): ChangeRow[] {
  return items.map((item) => {
    const text = describeChange(item, site.locale, site.config.moneyUnit, { taskUnit: false });
    if ('project' in item) {
      const p = site.projectsById.get(item.project.projectId);
      return { kind: item.kind, subject: itemSubject(item), href: p ? paths.project(p.id) : undefined, id: item.project.projectId, unit: p?.responsibleUnit, text };
    }
    if ('task' in item) {
      return { kind: item.kind, subject: itemSubject(item), href: undefined, id: item.task.taskId, unit: item.task.responsibleUnit, text };
    }
    return { kind: item.kind, subject: itemSubject(item), href: paths.indicator(item.indicator), id: undefined, unit: undefined, text };
  });
}

/** Items grouped by kind in CHANGE_KINDS order, kinds without items left out. */
export function rowsByKind(rows: readonly ChangeRow[]): { kind: ChangeKind; rows: ChangeRow[] }[] {
  return CHANGE_KINDS.map((kind) => ({ kind, rows: rows.filter((r) => r.kind === kind) })).filter((g) => g.rows.length > 0);
}
