// The files a build writes by the thousand that are not pages: every chart's CSV and SVG,
// one JSON document per project and one per ledger month, the download tables, and the
// OC4IDS package, which is written a project at a time. Astro renders each file of a route as a request, a Response
// and a file write (about a millisecond each, 19,000 times for 10,000 projects, and the
// whole 55 MB package at once); here the bodies are made by the same functions and written
// straight to the output folder by the integration, after the pages, through its effects
// (src/build/effects.ts). The routes in src/routes (charts/[id].csv.ts, charts/[id].svg.ts,
// api/projects/[id].json.ts, api/changes/[period].json.ts, api/[package].json.ts,
// downloads/[name].csv.ts) serve the same bodies in `astro dev` and are not injected for a
// build (src/integration/routes.ts).

import type { Chart } from '../core/charts/index.ts';
import { changesMonthJson, jsonText, projectDetailJson } from '../core/export/api.ts';
import { oc4idsPackageText } from '../core/export/oc4ids.ts';
import type { MonthChangeList } from '../core/export/changes.ts';
import { allCharts } from './charts.ts';
import type { SiteModel } from './model.ts';
import { downloadFiles, getOpenData, openPaths, type OpenData } from './open-data.ts';
import { paths } from './paths.ts';
import type { BuildEffects } from '../build/effects.ts';

/** /charts/{id}.csv: the numbers behind a chart, with a BOM so that Excel opens the Chinese headers. */
export function chartCsvBody(chart: Chart): string {
  return '\uFEFF' + chart.csv;
}

/** /charts/{id}.svg: the chart as a standalone SVG file, for download and reuse. */
export function chartSvgBody(chart: Chart): string {
  const svg = String(chart.svg);
  // A file needs the namespace declaration that inline SVG can do without.
  const body = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

/** /api/projects/{id}.json */
export function projectApiBody(site: SiteModel, open: OpenData, id: string): string {
  const body = projectDetailJson(
    { dataset: site.dataset, resources: open.resources, dataDate: site.dataDate, latestById: site.latestById, links: open.links },
    id,
    open.monthsByProject.get(id) ?? [],
    open.changesByProject.get(id) ?? [],
  );
  if (!body) throw new Error(`no project ${id}`);
  return jsonText(body);
}

/** /api/changes/{YYYY-MM}.json */
export function changesApiBody(site: SiteModel, open: OpenData, list: MonthChangeList): string {
  return jsonText(changesMonthJson(list, open.links, site.config));
}

/** /api/oc4ids.json, a project at a time. */
export function oc4idsText(site: SiteModel, open: OpenData): Iterable<string> {
  return oc4idsPackageText({
    dataset: site.dataset,
    dataDate: site.dataDate,
    packageUri: open.abs(openPaths.oc4ids()),
    publisherUri: open.abs(paths.home()),
    projectPage: open.links.projectPage,
    months: open.monthsByProject,
  });
}

/** Every file above as [path below the output folder, body or its pieces], in a fixed order. */
export function* staticFiles(site: SiteModel): Generator<[string, string | Uint8Array | Iterable<string>]> {
  for (const chart of allCharts(site)) {
    yield [`charts/${chart.id}.csv`, chartCsvBody(chart)];
    yield [`charts/${chart.id}.svg`, chartSvgBody(chart)];
  }
  const open = getOpenData(site);
  for (const p of site.dataset.projects) yield [`api/projects/${p.id}.json`, projectApiBody(site, open, p.id)];
  for (const list of open.changes) yield [`api/changes/${list.period}.json`, changesApiBody(site, open, list)];
  yield ['api/oc4ids.json', oc4idsText(site, open)];
  for (const [name, bytes] of downloadFiles(site)) yield [`downloads/${name}`, bytes];
}

/** Writes staticFiles() through `effects`. */
export function writeStaticFiles(site: SiteModel, effects: BuildEffects): void {
  for (const [relative, body] of staticFiles(site)) effects.writeFile(relative, body);
}
