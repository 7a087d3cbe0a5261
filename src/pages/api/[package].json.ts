// /api/oc4ids.json: every project as an OC4IDS 0.9 project package (mapping in docs/open-data.md).
// `astro build` writes this file itself, a project at a time (src/site/static-files.ts: 55 MB
// at 10,000 projects); this route, a parameter only so that it can list no paths then, serves
// it in `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/model.ts';
import { getOpenData } from '../../site/open-data.ts';
import { oc4idsText } from '../../site/static-files.ts';
import { isStaticBuild } from '../../site/build-bridge.ts';

export const getStaticPaths: GetStaticPaths = () => (isStaticBuild() ? [] : [{ params: { package: 'oc4ids' } }]);

export const GET: APIRoute = async () => {
  const site = await getSite();
  const open = await getOpenData(site);
  return new Response([...oc4idsText(site, open)].join(''), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
