// What the core takes from its platform. In Node (the build, npm run validate): the native
// sha256, and row readers compiled with new Function (validate-table.ts). A browser bundle (the
// /check/ page) gets src/core/platform.browser.ts instead, swapped in by the Vite plugin of
// src/check/vite-plugin.ts: the same digest without node:crypto, and no code generation, which
// the pages' Content-Security-Policy forbids (no 'unsafe-eval').
import { createHash } from 'node:crypto';

/** The sha256 of a file's bytes as hex (the data-quality page and the API quote it). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Whether the core may compile functions from text (new Function). */
export const canCompileFunctions = true;
