// The numbers behind every chart, as CSV with a BOM so that Excel opens the Chinese headers.
// `astro build` writes these files itself (src/site/static-files.ts): this route serves them in `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/model.ts';
import { allCharts } from '../../site/charts.ts';
import { chartCsvBody } from '../../site/static-files.ts';
import { isStaticBuild } from '../../site/build-bridge.ts';
import type { Chart } from '../../core/charts/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  if (isStaticBuild()) return [];
  const site = await getSite();
  return allCharts(site).map((chart) => ({ params: { id: chart.id }, props: { chart } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsvBody((props as { chart: Chart }).chart), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
