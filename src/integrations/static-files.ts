// Astro integration: the files a build writes by the thousand that are not pages (every
// chart's CSV and SVG, /api/projects/{id}.json, /api/changes/{period}.json, the OC4IDS package,
// the download tables) and the portal's own assets (src/public/), written after the pages
// through the build's effects (src/build/effects.ts) from the model of the dataset the
// integration loaded. In `astro dev` routes serve the same bodies (src/integration/routes.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { diskEffects, type BuildEffects } from '../build/effects.ts';
import type { LoadResult } from '../core/types.ts';
import { buildSiteModel } from '../site/model.ts';
import { writeStaticFiles } from '../site/static-files.ts';
import { releaseBuildMemory } from './memory.ts';

/** The portal's own static files (search and table scripts, favicon, _headers), as they are in the package. */
export const ASSETS_DIR = fileURLToPath(new URL('../public/', import.meta.url));

/** Every file below ASSETS_DIR as [relative path with '/', absolute path]. */
export function assetFiles(): [string, string][] {
  return readdirSync(ASSETS_DIR, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e): [string, string] => {
      const absolute = path.join(e.parentPath, e.name);
      return [path.relative(ASSETS_DIR, absolute).split(path.sep).join('/'), absolute];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Everything the build writes outside Astro's pages, through `effects`. */
export function writeBuildFiles(data: LoadResult, base: string, effects: BuildEffects): void {
  for (const [relative, absolute] of assetFiles()) effects.writeFile(relative, readFileSync(absolute));
  writeStaticFiles(buildSiteModel(data.dataset, data.diagnostics, base, data.resources), effects);
}

export default function staticFilesIntegration(data: () => LoadResult): AstroIntegration {
  let base = '/';
  return {
    name: 'luoshi:static-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const effects = diskEffects(fileURLToPath(dir), (m) => logger.info(m));
        writeBuildFiles(data(), base, effects);
        const { files, bytes } = effects.written;
        logger.info(`${files} chart, API, download and asset files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        // The last use of the data here: hand the memory back while Pagefind writes.
        releaseBuildMemory();
      },
    },
  };
}
