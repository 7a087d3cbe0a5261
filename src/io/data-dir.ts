// The only module that reads the disk: a data folder becomes DataFiles (relative
// paths with '/', sorted, dotfiles and dot-folders left out), so the whole core can
// be fed from memory in tests.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataFiles, LoadResult } from '../core/types.ts';
import type { ConfigEnv } from '../core/config.ts';
import { loadDataset } from '../core/load-dataset.ts';

/**
 * Reads every file below `dir` (or those whose relative path `keep` accepts). Rejects when
 * `dir` cannot be read (the caller reports it).
 */
export async function readDataDir(dir: string, keep: (relative: string) => boolean = () => true): Promise<DataFiles> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: [string, Uint8Array][] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = join(entry.parentPath, entry.name);
    const relative = absolute.slice(dir.length).replace(/\\/g, '/').replace(/^\/+/, '');
    if (relative.split('/').some((part) => part.startsWith('.')) || !keep(relative)) continue;
    files.push([relative, new Uint8Array(await readFile(absolute))]);
  }
  files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(files);
}

/** The data folder: DATA_DIR when set, else 'data'. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.DATA_DIR?.trim();
  return dir ? dir : 'data';
}

/** The site.json settings the environment overrides (SITE_URL, BASE_PATH). */
export function configEnv(env: NodeJS.ProcessEnv = process.env): ConfigEnv {
  return { SITE_URL: env.SITE_URL, BASE_PATH: env.BASE_PATH, LUOSHI_LOCALE: env.LUOSHI_LOCALE };
}

/** The data folder (DATA_DIR, or those of its files `keep` accepts) read and loaded as the build loads it. */
export async function loadDataFolder(keep?: (relative: string) => boolean, env: NodeJS.ProcessEnv = process.env): Promise<LoadResult> {
  return loadDataset(await readDataDir(dataDirFromEnv(env), keep), { env: configEnv(env) });
}
