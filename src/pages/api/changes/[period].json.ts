// /api/changes/{YYYY-MM}.json: every change of one ledger month.
// `astro build` writes these files itself (src/site/static-files.ts): this route serves them in `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/model.ts';
import { getOpenData } from '../../../site/open-data.ts';
import { changesApiBody } from '../../../site/static-files.ts';
import { isStaticBuild } from '../../../site/build-bridge.ts';
import type { MonthChangeList } from '../../../core/export/changes.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  if (isStaticBuild()) return [];
  const open = await getOpenData(await getSite());
  return open.changes.map((list) => ({ params: { period: list.period }, props: { list } }));
};

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const open = await getOpenData(site);
  return new Response(changesApiBody(site, open, (props as { list: MonthChangeList }).list), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
