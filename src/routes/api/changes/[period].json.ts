// /api/changes/{YYYY-MM}.json: every change of one ledger month.
// `astro build` writes these files itself after the pages (src/site/static-files.ts): this route, injected for `astro dev` only, serves them there.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/site.ts';
import { getOpenData } from '../../../site/open-data.ts';
import { changesApiBody } from '../../../site/static-files.ts';
import type { MonthChangeList } from '../../../core/export/changes.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const open = await getOpenData(await getSite());
  return open.changes.map((list) => ({ params: { period: list.period }, props: { list } }));
};

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const open = await getOpenData(site);
  return new Response(changesApiBody(site, open, (props as { list: MonthChangeList }).list), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
