// The data folder, read and validated once per build (or per change in `astro dev`), by the
// integration: the same loader and the same report as `npm run validate`. A folder with
// errors stops the build before Astro renders any page.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { AstroError } from 'astro/errors';
import { loadDataset } from '../core/load-dataset.ts';
import { countBySeverity, formatReport } from '../core/report.ts';
import { formatGithubAnnotations, formatGithubSummary } from '../core/report-github.ts';
import type { DataFiles, LoadResult } from '../core/types.ts';
import { configEnv, readDataDir } from '../io/data-dir.ts';

export interface LoadedData extends LoadResult {
  /** sha256 over every file's path, length and bytes: the build's data fingerprint (build-complete.json). */
  hash: string;
}

/** sha256 over every data file's path, length and bytes, in the sorted order readDataDir gives. */
export function dataHash(files: DataFiles): string {
  const hash = createHash('sha256');
  for (const [name, bytes] of files) hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  return hash.digest('hex');
}

/** Thrown when the data has errors: the build stops before any page is written, with the validator's report. */
export class DataValidationError extends AstroError {
  readonly diagnostics: LoadResult['diagnostics'];
  constructor(dataDir: string, diagnostics: LoadResult['diagnostics']) {
    super(
      `数据校验未通过，网站未生成。 / Data validation failed; no page was built.\n\n${formatReport(diagnostics)}`,
      `改正 ${dataDir} 中的文件后重新生成（npm run validate 给出同样的报告）。 / Fix the files in ${dataDir} and build again (npm run validate prints the same report).`,
    );
    this.name = 'DataValidationError';
    this.diagnostics = diagnostics;
  }
}

/**
 * In a GitHub Actions run, each problem is also marked on its line of the commit or pull request
 * and the report goes on the run's summary page, as `npm run validate -- --format github` does:
 * an office's workflow needs no step of its own for it.
 */
function reportToGithub(root: string, dataDir: string, diagnostics: LoadResult['diagnostics'], env: NodeJS.ProcessEnv): void {
  if (env.GITHUB_ACTIONS !== 'true' || diagnostics.length === 0) return;
  const options = { dataDir: path.relative(root, dataDir) || '.' };
  process.stdout.write(formatGithubAnnotations(diagnostics, options));
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, formatGithubSummary(diagnostics, options));
}

/** Reads `dataDir` and loads it; throws DataValidationError when any file has an error. */
export async function loadDataDir(dataDir: string, env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Promise<LoadedData> {
  let files: DataFiles;
  try {
    files = await readDataDir(dataDir);
  } catch (error) {
    throw new AstroError(
      `数据文件夹 ${dataDir} 无法读取。 / The data folder ${dataDir} cannot be read (${(error as Error).message}).`,
      '检查 luoshi({ dataDir }) 或 DATA_DIR 指向的文件夹是否存在。 / Check that the folder luoshi({ dataDir }) or DATA_DIR names exists.',
    );
  }
  const result = loadDataset(files, { env: configEnv(env) });
  reportToGithub(root, dataDir, result.diagnostics, env);
  if (countBySeverity(result.diagnostics).errors > 0) throw new DataValidationError(dataDir, result.diagnostics);
  return { ...result, hash: dataHash(files) };
}

/** Writes what the pages' virtual module reads (virtual:luoshi/data) to `file`. */
export function writeSnapshot(file: string, data: LoadResult): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const { dataset, diagnostics, resources } = data;
  writeFileSync(file, serialize({ dataset, diagnostics, resources } satisfies LoadResult));
}

/** The LoadResult writeSnapshot() wrote. */
export function readSnapshot(file: string): LoadResult {
  return deserialize(readFileSync(file)) as LoadResult;
}
