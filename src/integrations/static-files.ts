// Astro integration: the files a build writes by the thousand that are not pages (every
// chart's CSV and SVG, /api/projects/{id}.json, /api/changes/{period}.json, the OC4IDS package,
// the download tables) and the portal's own assets (src/public/), written through the build's
// effects (src/build/effects.ts) from the model of the dataset the integration loaded, and
// moved into the output folder after the pages. In `astro dev` routes serve the same bodies
// (src/integration/routes.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { diskEffects, type BuildEffects } from '../build/effects.ts';
import { move } from '../build/move.ts';
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

/**
 * Moves every entry below `from` into `to`: a folder `to` does not have yet in one rename, one
 * it has (api/, downloads/, which hold pages) entry by entry.
 */
export function mergeInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory() && existsSync(target)) mergeInto(source, target);
    else move(source, target);
  }
}

/**
 * Writes the files when the build starts, from the integration's own copy of the data, into a
 * folder beside the output folder (Astro empties that one first), and moves them in after the
 * pages. So the integration's copy is let go of before the pages render with theirs, and the two
 * are never in memory at once.
 */
export default function staticFilesIntegration(data: () => LoadResult): AstroIntegration {
  let base = '/';
  let staging: string | undefined;
  return {
    name: 'luoshi:static-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        staging = `${fileURLToPath(config.outDir).replace(/[\\/]$/, '')}.luoshi-files`;
      },
      'astro:build:start': async ({ logger }) => {
        const started = Date.now();
        const folder = staging!;
        rmSync(folder, { recursive: true, force: true });
        // Gone however the build ends (a failed build never reaches astro:build:done).
        process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
        const effects = diskEffects(folder, (m) => logger.info(m));
        writeBuildFiles(data(), base, effects);
        const { files, bytes } = effects.written;
        logger.info(`${files} chart, API, download and asset files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        // The model, charts and tables made for them are garbage now: back to the system before
        // the pages take their own copy of the data.
        releaseBuildMemory();
      },
      'astro:build:done': async ({ dir }) => {
        if (!staging || !existsSync(staging)) return;
        mergeInto(staging, fileURLToPath(dir));
        rmSync(staging, { recursive: true, force: true });
      },
    },
  };
}
