// The numbers behind every chart, as CSV with a BOM so that Excel opens the Chinese headers.
// `astro build` writes these files itself after the pages (src/site/static-files.ts): this route, injected for `astro dev` only, serves them there.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/site.ts';
import { chartById, chartEntries } from '../../site/charts.ts';
import { chartCsvBody } from '../../site/static-files.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return [...chartEntries(site).keys()].map((id) => ({ params: { id } }));
};

export const GET: APIRoute = async ({ params }) =>
  new Response(chartCsvBody(chartById(await getSite(), params.id!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
