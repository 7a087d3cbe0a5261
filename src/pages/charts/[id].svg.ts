// Every chart as a standalone SVG file, for download and reuse.
// `astro build` writes these files itself (src/site/static-files.ts): this route serves them in `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/model.ts';
import { allCharts } from '../../site/charts.ts';
import { chartSvgBody } from '../../site/static-files.ts';
import { isStaticBuild } from '../../site/build-bridge.ts';
import type { Chart } from '../../core/charts/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  if (isStaticBuild()) return [];
  const site = await getSite();
  return allCharts(site).map((chart) => ({ params: { id: chart.id }, props: { chart } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(chartSvgBody((props as { chart: Chart }).chart), { headers: { 'content-type': 'image/svg+xml' } });
