// /downloads/{name}.csv: the normalised tables (src/core/export/tables.ts), UTF-8 with a BOM.
// `astro build` writes these files itself after the pages (src/site/static-files.ts): this
// route, injected for `astro dev` only, serves them there.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/site.ts';
import { downloadFiles, getOpenData } from '../../site/open-data.ts';

export const getStaticPaths: GetStaticPaths = async () => getOpenData(await getSite()).downloads.map((d) => ({ params: { name: d.table.name } }));

export const GET: APIRoute = async ({ params }) => {
  for (const [name, bytes] of downloadFiles(await getSite())) {
    if (name === `${params.name}.csv`) return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  }
  return new Response('not found', { status: 404 });
};
