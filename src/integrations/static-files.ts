// Astro integration: the files a build writes by the thousand that are not pages (every
// chart's CSV and SVG, /api/projects/{id}.json, /api/changes/{period}.json) are written
// straight to the output folder after the pages, by the bundled site code
// (src/site/static-files.ts, reached through src/site/build-bridge.ts), instead of one
// Astro request and Response each. The routes that serve them in `astro dev` list no paths
// while this integration runs a build.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bridge } from '../site/build-bridge.ts';
import { releaseBuildMemory } from './memory.ts';

export default function staticFilesIntegration(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'luoshi:static-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        bridge().building = true;
        bridge().outDir = outDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const write = bridge().writeStaticFiles;
        if (!write) throw new Error('The site code did not register its file writer (src/site/static-files.ts).');
        const { files, bytes } = await write(fileURLToPath(dir));
        logger.info(`${files} chart and API files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        // The last use of the pages' data (model, charts, open data): hand it back while Pagefind writes.
        releaseBuildMemory();
      },
    },
  };
}
