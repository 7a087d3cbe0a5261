// Plot-style snapshots: the test's name is the file name under test/output/charts/, the SVG
// is normalised (numbers to two decimals, one element per line) before comparison, and
// UPDATE_SNAPSHOTS=1 rewrites the files.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const outputDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'output', 'charts');

export function normalizeSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d{3,}/g, (s) => String(Math.round(Number(s) * 100) / 100))
    .replace(/></g, '>\n<')
    .concat('\n');
}

export function expectSnapshot(name: string, content: string, ext = 'svg'): void {
  const file = join(outputDir, `${name}.${ext}`);
  const actual = ext === 'svg' ? normalizeSvg(content) : content;
  if (process.env.UPDATE_SNAPSHOTS === '1' || process.env.UPDATE_SNAPSHOTS === 'true') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing snapshot ${file}; run UPDATE_SNAPSHOTS=1 npx vitest run test/charts to create it.`);
  const expected = readFileSync(file, 'utf8');
  expect(actual, `${name}.${ext} differs from its snapshot; if the change is intended, run with UPDATE_SNAPSHOTS=1.`).toBe(expected);
}
