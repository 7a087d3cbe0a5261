// /downloads/datapackage.json: a Frictionless Data Package describing the downloads.
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { getOpenData } from '../../site/open-data.ts';
import { jsonText } from '../../core/export/api.ts';

export const GET: APIRoute = async () => {
  const open = await getOpenData(await getSite());
  return new Response(jsonText(open.datapackage, true), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
