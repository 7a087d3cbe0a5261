// /downloads/{name}.csv: the normalised tables (src/core/export/tables.ts), UTF-8 with a BOM.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/model.ts';
import { getOpenData } from '../../site/open-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const open = await getOpenData(await getSite());
  return open.downloads.map((d) => ({ params: { name: d.table.name }, props: { csv: d.csv } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
