// Every chart as a standalone SVG file, for download and reuse.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/model.ts';
import { allCharts } from '../../site/charts.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return allCharts(site).map((chart) => ({ params: { id: chart.id }, props: { svg: String(chart.svg) } }));
};

export const GET: APIRoute = ({ props }) => {
  const svg = (props as { svg: string }).svg;
  // A file needs the namespace declaration that inline SVG can do without.
  const body = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, { headers: { 'content-type': 'image/svg+xml' } });
};
