// /api/oc4ids.json: every project as an OC4IDS 0.9 project package (mapping in docs/open-data.md).
// `astro build` writes this file itself, a project at a time, after the pages
// (src/site/static-files.ts); this route, injected for `astro dev` only, serves it there.
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { getOpenData } from '../../site/open-data.ts';
import { oc4idsText } from '../../site/static-files.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response([...oc4idsText(site, getOpenData(site))].join(''), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
