// Astro integration, placed last by luoshi() (src/index.ts): the build's very last step writes
// BUILD_MARKER at the root of the output folder. `npm run deploy` refuses a folder without it,
// so a build that stopped half-way (an error, a killed process, a full disk) can never be
// switched live. The marker is removed when a build starts, so a failed build that reuses a
// folder does not inherit the last good build's marker.
//
// Its content is deterministic (builds are tested to be byte-identical): the generator and a
// hash of the data folder's files, never the clock. The deploy script names a release by it.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_MARKER, markerText } from '../deploy/marker.ts';

/** `dataHash`: the fingerprint of the data folder the integration loaded (src/integration/data.ts). */
export default function buildCompleteIntegration(dataHash: () => string): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'luoshi:build-complete',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        if (outDir) await rm(path.join(outDir, BUILD_MARKER), { force: true });
      },
      // Astro runs the integrations' hooks in order, each awaited: this one, listed last,
      // runs after the search index, the chart and API files and the sitemap are written.
      'astro:build:done': async ({ dir, logger }) => {
        const data = dataHash();
        await writeFile(path.join(fileURLToPath(dir), BUILD_MARKER), markerText({ generator: 'luoshi', data }));
        logger.info(`${BUILD_MARKER} written (data ${data.slice(0, 12)})`);
      },
    },
  };
}
