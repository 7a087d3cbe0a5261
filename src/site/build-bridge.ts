// What the build's integrations (src/integrations/*.ts, loaded by Node) need from the site
// modules that Vite bundles into the pages: the site model, already loaded and validated,
// and the writer of the files that do not go through Astro's page pipeline. Module-level
// state is per copy of a module (Vite's bundle and Node's own are two copies), globalThis
// is per process: the bundled copy registers itself here, and the integrations call it, so
// the data is read once and every chart is drawn once, with the bundle's base path.

import type { SiteModel } from './model.ts';

const KEY = Symbol.for('luoshi.build-bridge');

export interface WrittenFiles {
  files: number;
  bytes: number;
}

export interface BuildBridge {
  /** Set by src/integrations/static-files.ts when `astro build` starts. */
  building?: boolean;
  /** The build's output folder (set with `building`). */
  outDir?: string;
  /** The bundled getSite(). */
  site?: () => Promise<SiteModel>;
  /** The bundled writer of charts' CSV and SVG files and the per-project and per-month JSON documents. */
  writeStaticFiles?: (outDir: string) => Promise<WrittenFiles>;
  /** What the bundled modules hold for the pages (model, drawn charts, open data), to let go of once every page is written. */
  releasers?: (() => void)[];
}

export function bridge(): BuildBridge {
  const g = globalThis as { [KEY]?: BuildBridge };
  return (g[KEY] ??= {});
}

/**
 * True during `astro build` with the static-files integration: routes whose files that
 * integration writes (charts/[id].csv, charts/[id].svg, api/projects/[id].json,
 * api/changes/[period].json, api/[package].json, downloads/[name].csv) list no paths for Astro to render, and
 * serve them in `astro dev`.
 */
export function isStaticBuild(): boolean {
  return bridge().building === true;
}

/** Registers what a bundled module lets go of when the pages are written (see releaseSiteData). */
export function onPagesWritten(release: () => void): void {
  (bridge().releasers ??= []).push(release);
}

/**
 * Lets go of the pages' data once every page and file is written: Pagefind's service may still
 * be writing the search index, which takes several hundred MB, so the build's own memory is
 * handed back. Anything asked for later is computed again.
 */
export function releaseSiteData(): void {
  for (const release of bridge().releasers?.splice(0) ?? []) release();
}
