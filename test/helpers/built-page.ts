// One built page inside a test: its file, and the page parsed, failing the test when it was not built;
// an element's text as a reader sees it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';

/** The index.html of a directory page at a site path ('/programs/x/'), taken as written (not URL-decoded). */
export function pageFile(distDir: string, sitePath: string): string {
  return path.join(distDir, ...sitePath.split('/').filter(Boolean), 'index.html');
}

/** The built page at a site path, parsed; the test fails, naming the path, when it was not built. */
export function builtPage(distDir: string, sitePath: string): Document {
  const file = pageFile(distDir, sitePath);
  expect(existsSync(file), `${sitePath} was built`).toBe(true);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** An element's text with runs of white space as one space, trimmed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
