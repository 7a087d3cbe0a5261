// /api/projects/{id}.json: one project, month by month, with its stage history and changes.
// `astro build` writes these files itself after the pages (src/site/static-files.ts): this route, injected for `astro dev` only, serves them there.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/site.ts';
import { getOpenData } from '../../../site/open-data.ts';
import { projectApiBody } from '../../../site/static-files.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return site.dataset.projects.map((p) => ({ params: { id: p.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const open = await getOpenData(site);
  return new Response(projectApiBody(site, open, params.id!), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
