// The numbers behind every chart, as CSV with a BOM so that Excel opens the Chinese headers.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/model.ts';
import { allCharts } from '../../site/charts.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return allCharts(site).map((chart) => ({ params: { id: chart.id }, props: { csv: chart.csv } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response('\uFEFF' + (props as { csv: string }).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
