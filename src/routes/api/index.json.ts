// /api/index.json: what the API and the downloads offer, the data date and the schema version.
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { getOpenData, ledgerPeriods, openPaths } from '../../site/open-data.ts';
import { paths, url } from '../../site/paths.ts';
import { LIFECYCLE_FILES } from '../../sections/lifecycle/api.ts';
import { indexJson, jsonText } from '../../core/export/api.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const open = await getOpenData(site);
  const { dataset } = site;
  const body = indexJson({
    config: site.config,
    dataDate: site.dataDate,
    asOf: site.asOf,
    ledgerPeriods: ledgerPeriods(site),
    schemaVersion: open.schemaVersion,
    counts: {
      projects: dataset.projects.length,
      ledger_months: dataset.ledgers.length,
      indicator_observations: dataset.indicators.length,
      tasks: dataset.tasks.length,
      bulletins: dataset.bulletins.length,
      change_months: open.changes.length,
      ...Object.fromEntries(LIFECYCLE_FILES.filter((f) => dataset.present[f.key]).map((f) => [f.name, dataset[f.key].length])),
    },
    endpoints: {
      projects: open.abs(openPaths.apiProjects()),
      project: open.abs(openPaths.apiProject('{id}')).replace(encodeURIComponent('{id}'), '{id}'),
      indicators: open.abs(openPaths.apiIndicators()),
      changes: open.abs(openPaths.apiChanges()),
      changes_month: open.abs(openPaths.apiChangesMonth('{period}')),
      oc4ids: open.abs(openPaths.oc4ids()),
      ...Object.fromEntries(LIFECYCLE_FILES.filter((f) => dataset.present[f.key]).map((f) => [f.name, open.abs(url(`/api/${f.name}.json`))])),
      datapackage: open.abs(openPaths.datapackage()),
      feed: open.abs(paths.feed()),
      sitemap: open.abs(openPaths.sitemap()),
      downloads_page: open.abs(paths.downloads()),
    },
    downloads: open.downloads.map((d) => ({
      name: d.table.name,
      title: d.table.title.zh,
      url: open.abs(openPaths.download(d.table.file)),
      rows: d.rows,
      bytes: d.bytes,
      sha256: d.sha256,
    })),
  });
  return new Response(jsonText(body, true), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
