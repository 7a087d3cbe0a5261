// Vitest global setup for the 'site' project: build the portal once from DATA_DIR into
// a scratch folder, then hand its path to the tests (inject('distDir')).
// Set LUOSHI_DIST to test an existing build instead.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject) {
  const existing = process.env.LUOSHI_DIST;
  if (existing) {
    project.provide('distDir', path.resolve(existing));
    return;
  }
  const out = mkdtempSync(path.join(tmpdir(), 'luoshi-dist-'));
  const started = Date.now();
  execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '' },
  });
  console.log(`site built for tests in ${((Date.now() - started) / 1000).toFixed(1)} s: ${out}`);
  project.provide('distDir', out);
  return () => rmSync(out, { recursive: true, force: true });
}
