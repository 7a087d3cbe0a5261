// /robots.txt: crawl everything but the chart embeds and the search index; where the sitemap is.
// Paths are those of the public address (siteUrl may carry a prefix such as /luoshi).
import type { APIRoute } from 'astro';
import { getSite } from '../site/site.ts';
import { absoluteUrl, url } from '../site/paths.ts';
import { robotsTxt } from '../core/export/sitemap.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const home = absoluteUrl(site.config.siteUrl, url('/'));
  return new Response(robotsTxt(absoluteUrl(site.config.siteUrl, url('/sitemap.xml')), new URL(home).pathname), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
