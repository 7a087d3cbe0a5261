// /api/changes/{YYYY-MM}.json: every change of one ledger month.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/model.ts';
import { getOpenData } from '../../../site/open-data.ts';
import { changesMonthJson, jsonText } from '../../../core/export/api.ts';
import type { MonthChangeList } from '../../../core/export/changes.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const open = await getOpenData(await getSite());
  return open.changes.map((list) => ({ params: { period: list.period }, props: { list } }));
};

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const open = await getOpenData(site);
  const { list } = props as { list: MonthChangeList };
  return new Response(jsonText(changesMonthJson(list, open.links, site.config)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
