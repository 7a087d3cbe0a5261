// Shared by the loader tests: build DataFiles from text or from a fixture folder.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataFiles, Diagnostic } from '../../src/core/types.ts';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

const encoder = new TextEncoder();

/** DataFiles from { path: text or bytes }. */
export function filesOf(entries: Record<string, string | Uint8Array>): DataFiles {
  return new Map(
    Object.entries(entries)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, content]) => [path, typeof content === 'string' ? encoder.encode(content) : content]),
  );
}

/** A fixture folder read synchronously (the tests stay independent of src/io). */
export function fixtureFiles(folder: string): Map<string, Uint8Array> {
  const root = join(FIXTURES, folder);
  const out = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path).split('\\').join('/'), new Uint8Array(readFileSync(path)));
    }
  };
  walk(root);
  return out;
}

/** The parts of a diagnostic that golden files pin (messages are pinned by inline snapshots). */
export function pinned(d: Diagnostic): Partial<Diagnostic> {
  const { code, severity, file, line, column, field, value, sheet, cell } = d;
  return Object.fromEntries(
    Object.entries({ code, severity, file, line, column, field, value, sheet, cell }).filter(([, v]) => v !== undefined),
  );
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}
