// /downloads/{name}.csv: the normalised tables (src/core/export/tables.ts), UTF-8 with a BOM.
// `astro build` writes these files as it makes them (src/site/open-data.ts): this route serves them in `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/model.ts';
import { getOpenData } from '../../site/open-data.ts';
import { isStaticBuild } from '../../site/build-bridge.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const open = await getOpenData(await getSite());
  if (isStaticBuild()) return [];
  return open.downloads.map((d) => ({ params: { name: d.table.name }, props: { csv: d.csv } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
