// /api/indicators.json: every indicator's observations and targets.
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { getOpenData } from '../../site/open-data.ts';
import { indicatorsJson, jsonText } from '../../core/export/api.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const open = await getOpenData(site);
  return new Response(jsonText(indicatorsJson(site.dataset, open.resources, site.dataDate)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
