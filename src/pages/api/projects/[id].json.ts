// /api/projects/{id}.json: one project, month by month, with its stage history and changes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/model.ts';
import { getOpenData } from '../../../site/open-data.ts';
import { jsonText, projectDetailJson } from '../../../core/export/api.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return site.dataset.projects.map((p) => ({ params: { id: p.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const open = await getOpenData(site);
  const id = params.id!;
  const body = projectDetailJson(
    { dataset: site.dataset, resources: open.resources, dataDate: site.dataDate, latestById: site.latestById, links: open.links },
    id,
    open.monthsByProject.get(id) ?? [],
    open.changesByProject.get(id) ?? [],
  );
  if (!body) throw new Error(`no project ${id}`);
  return new Response(jsonText(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
