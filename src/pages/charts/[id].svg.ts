// Every chart as a standalone SVG file, for download and reuse.
// `astro build` writes these files itself (src/site/static-files.ts): this route serves them in `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/model.ts';
import { chartById, chartEntries } from '../../site/charts.ts';
import { chartSvgBody } from '../../site/static-files.ts';
import { isStaticBuild } from '../../site/build-bridge.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  if (isStaticBuild()) return [];
  const site = await getSite();
  return [...chartEntries(site).keys()].map((id) => ({ params: { id } }));
};

export const GET: APIRoute = async ({ params }) =>
  new Response(chartSvgBody(chartById(await getSite(), params.id!)), { headers: { 'content-type': 'image/svg+xml' } });
