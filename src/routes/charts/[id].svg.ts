// Every chart as a standalone SVG file, for download and reuse.
// `astro build` writes these files itself after the pages (src/site/static-files.ts): this route, injected for `astro dev` only, serves them there.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/site.ts';
import { chartById, chartEntries } from '../../site/charts.ts';
import { chartSvgBody } from '../../site/static-files.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return [...chartEntries(site).keys()].map((id) => ({ params: { id } }));
};

export const GET: APIRoute = async ({ params }) =>
  new Response(chartSvgBody(chartById(await getSite(), params.id!)), { headers: { 'content-type': 'image/svg+xml' } });
