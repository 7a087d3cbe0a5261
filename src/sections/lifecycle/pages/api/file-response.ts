// The body of /api/{file}.json for a life-cycle file: one helper for the endpoints beside it.
import { getSite } from '../../../../site/site.ts';
import { getOpenData } from '../../../../site/open-data.ts';
import { jsonText } from '../../../../core/export/api.ts';
import { lifecycleFileJson, type LifecycleFileName } from '../../api.ts';

export async function fileResponse(name: LifecycleFileName): Promise<Response> {
  const site = await getSite();
  const open = await getOpenData(site);
  return new Response(jsonText(lifecycleFileJson(site.dataset, open.resources, name, site.dataDate)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
