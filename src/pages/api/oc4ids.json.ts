// /api/oc4ids.json: every project as an OC4IDS 0.9 project package (mapping in docs/open-data.md).
import type { APIRoute } from 'astro';
import { getSite } from '../../site/model.ts';
import { getOpenData, openPaths } from '../../site/open-data.ts';
import { paths } from '../../site/paths.ts';
import { jsonText } from '../../core/export/api.ts';
import { oc4idsPackage } from '../../core/export/oc4ids.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const open = await getOpenData(site);
  const body = oc4idsPackage({
    dataset: site.dataset,
    dataDate: site.dataDate,
    packageUri: open.abs(openPaths.oc4ids()),
    publisherUri: open.abs(paths.home()),
    projectPage: open.links.projectPage,
    months: open.monthsByProject,
  });
  return new Response(jsonText(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
