// /api/changes.json: the months with a change list, newest first, with their counts.
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { getOpenData } from '../../site/open-data.ts';
import { changesIndexJson, jsonText } from '../../core/export/api.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const open = await getOpenData(site);
  return new Response(jsonText(changesIndexJson(open.changes, open.links, { dataDate: site.dataDate })), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
