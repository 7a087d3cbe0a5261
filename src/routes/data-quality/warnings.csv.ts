// /data-quality/warnings.csv: every warning of the build's validation, one row each, for
// readers who want them all (the page lists the first ones of each file).
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { toCsv } from '../../core/export/csv.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const rows = site.diagnostics
    .filter((d) => d.severity === 'warning')
    .map((d) => [d.file, d.line, d.column, d.field, d.code, d.value, d.message, d.messageEn]);
  const csv = toCsv(['file', 'line', 'column', 'field', 'code', 'value', 'message', 'message_en'], rows);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
