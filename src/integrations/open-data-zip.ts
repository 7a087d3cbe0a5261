// Astro integration: after the pages, /downloads/open-data.zip is made from the files the build
// wrote to dist/downloads/ (the CSVs go straight to disk as they are made, src/site/open-data.ts,
// so they are read back rather than kept in memory) and datapackage.json. Placed before the
// search index's finish, so it runs while Pagefind's worker writes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { JsonObject } from '../core/export/api.ts';
import { OPEN_DATA_ZIP, openDataReadme, zipDate, zipEntries, type ZipEntry } from '../core/export/zip.ts';

export default function openDataZipIntegration(): AstroIntegration {
  return {
    name: 'luoshi:open-data-zip',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const downloads = path.join(fileURLToPath(dir), 'downloads');
        const descriptor = await readFile(path.join(downloads, 'datapackage.json'));
        const datapackage = JSON.parse(new TextDecoder().decode(descriptor)) as JsonObject;
        const entries: ZipEntry[] = [
          { name: 'datapackage.json', bytes: descriptor },
          { name: 'README.md', bytes: new TextEncoder().encode(openDataReadme(datapackage)) },
        ];
        for (const r of (datapackage.resources ?? []) as JsonObject[]) {
          const file = String(r.path);
          entries.push({ name: file, bytes: await readFile(path.join(downloads, file)) });
        }
        const zip = zipEntries(entries, zipDate(datapackage));
        await writeFile(path.join(downloads, OPEN_DATA_ZIP), zip);
        logger.info(`${OPEN_DATA_ZIP}: ${entries.length} files, ${(zip.length / 1024).toFixed(0)} KiB`);
      },
    },
  };
}
