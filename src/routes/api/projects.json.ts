// /api/projects.json: every project with the data month's figures.
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { getOpenData } from '../../site/open-data.ts';
import { jsonText, projectsJson } from '../../core/export/api.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const open = await getOpenData(site);
  const body = projectsJson({ dataset: site.dataset, resources: open.resources, dataDate: site.dataDate, latestById: site.latestById, links: open.links });
  return new Response(jsonText(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
