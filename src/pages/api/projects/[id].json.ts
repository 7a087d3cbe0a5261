// /api/projects/{id}.json: one project, month by month, with its stage history and changes.
// `astro build` writes these files itself (src/site/static-files.ts): this route serves them in `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/model.ts';
import { getOpenData } from '../../../site/open-data.ts';
import { projectApiBody } from '../../../site/static-files.ts';
import { isStaticBuild } from '../../../site/build-bridge.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  if (isStaticBuild()) return [];
  const site = await getSite();
  return site.dataset.projects.map((p) => ({ params: { id: p.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const open = await getOpenData(site);
  return new Response(projectApiBody(site, open, params.id!), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
