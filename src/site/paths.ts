// Every URL the portal writes, in one place, so links stay stable and citable.
// Paths are relative to the site root and always end in '/' (directory pages) or a file name.

// The base path is the site's, set once by whoever builds the site model (useBase, from
// buildSiteModel): in the pages' bundle from virtual:luoshi/config, in the integration's
// file writer from the same settings. Each copy of this module has its own.
let base = '/';

/** Sets the base path every URL below starts with ('/', or '/portal/'). */
export function useBase(path: string): void {
  base = path.replace(/\/?$/, '/');
}

/** Prefix a root-relative path with the configured base path. */
export function url(path: string): string {
  return base + path.replace(/^\//, '');
}

/**
 * The public address of a page: siteUrl (which already holds any path prefix, e.g.
 * https://example.org/luoshi) joined with the page path below the base.
 */
export function absoluteUrl(siteUrl: string, pathname: string): string {
  const below = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return siteUrl.replace(/\/?$/, '/') + below;
}

/**
 * A name as one URL path segment (the page's parameter). Astro cannot build a page whose
 * parameter holds a '/' (nor one whose '%' reads as an escape), and real ledgers do write
 * joint units ("县住建局/县城投公司"), so slashes, backslashes, '%', '?' and '#' (and a name that
 * is only dots) become their full-width forms. Any other name is its own segment.
 */
export function nameSegment(name: string): string {
  const s = name.replace(/[/\\%?#]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return /^\.+$/.test(s) ? s.replace(/\./g, '\uFF0E') : s;
}

const seg = (s: string) => encodeURIComponent(nameSegment(s));

export const paths = {
  home: () => url('/'),
  projects: () => url('/projects/'),
  project: (id: string) => url(`/projects/${seg(id)}/`),
  stalled: () => url('/stalled/'),
  programs: () => url('/programs/'),
  program: (name: string) => url(`/programs/${seg(name)}/`),
  units: () => url('/units/'),
  unit: (name: string) => url(`/units/${seg(name)}/`),
  townships: () => url('/townships/'),
  township: (name: string) => url(`/townships/${seg(name)}/`),
  rankings: () => url('/rankings/'),
  indicators: () => url('/indicators/'),
  indicator: (name: string) => url(`/indicators/${seg(name)}/`),
  tasks: () => url('/tasks/'),
  campaigns: () => url('/campaigns/'),
  campaign: (id: string) => url(`/campaigns/${seg(id)}/`),
  land: () => url('/land/'),
  attraction: () => url('/attraction/'),
  bulletins: () => url('/bulletins/'),
  bulletin: (slug: string) => url(`/bulletins/${seg(slug)}/`),
  briefing: (kind: 'unit' | 'township', name: string) => url(`/briefings/${kind}/${seg(name)}/`),
  changes: () => url('/changes/'),
  change: (period: string) => url(`/changes/${period}/`),
  downloads: () => url('/downloads/'),
  quality: () => url('/data-quality/'),
  check: () => url('/check/'),
  methodology: () => url('/methodology/'),
  feed: () => url('/feed.xml'),
  favicon: () => url('/favicon.svg'),
  chartCsv: (chartId: string) => url(`/charts/${seg(chartId)}.csv`),
  chartSvg: (chartId: string) => url(`/charts/${seg(chartId)}.svg`),
  chartEmbed: (chartId: string) => url(`/embed/${seg(chartId)}/`),
};
