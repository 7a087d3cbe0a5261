// What the build does to the world, in one interface (as observablehq/framework's BuildEffects):
// the integration writes every file that does not go through Astro's page pipeline through
// it, and tests hand it a memory instead of the disk.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface BuildEffects {
  /** Writes `body` (text or bytes, or their pieces in order) to `relative` below the output folder ('/'-separated). */
  writeFile(relative: string, body: string | Uint8Array | Iterable<string | Uint8Array>): void;
  /** A line for the person running the build. */
  log(message: string): void;
}

/** The disk below `outDir`. Synchronous: by then the main thread has nothing else to do, and a promise-based write costs four trips through the thread pool per small file. */
export function diskEffects(outDir: string, log: (message: string) => void): BuildEffects & { written: { files: number; bytes: number } } {
  const folders = new Set<string>();
  const written = { files: 0, bytes: 0 };
  return {
    written,
    log,
    writeFile(relative, body) {
      const file = path.join(outDir, ...relative.split('/'));
      const folder = path.dirname(file);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      const fd = openSync(file, 'w');
      try {
        for (const piece of pieces(body)) written.bytes += writeAll(fd, typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
      } finally {
        closeSync(fd);
      }
      written.files++;
    },
  };
}

/** Files kept in a Map (relative path → bytes) and log lines kept in a list, for tests. */
export function memoryEffects(): BuildEffects & { files: Map<string, Uint8Array>; lines: string[] } {
  const files = new Map<string, Uint8Array>();
  const lines: string[] = [];
  const encoder = new TextEncoder();
  return {
    files,
    lines,
    log: (message) => lines.push(message),
    writeFile(relative, body) {
      const chunks = [...pieces(body)].map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
      files.set(relative, Buffer.concat(chunks));
    },
  };
}

function pieces(body: string | Uint8Array | Iterable<string | Uint8Array>): Iterable<string | Uint8Array> {
  return typeof body === 'string' || body instanceof Uint8Array ? [body] : body;
}

/** Writes all of `data` (a write may take only part of it). */
function writeAll(fd: number, data: Uint8Array): number {
  for (let done = 0; done < data.length; ) done += writeSync(fd, data, done);
  return data.length;
}
