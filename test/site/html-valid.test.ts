// Every built page is valid HTML by the Nu Html Checker (npm vnu-jar, run on the machine's
// Java): 0 errors. Skipped, saying why, where there is no Java.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const noJava = java.error || java.status !== 0 ? `no Java on this machine (${java.error?.message ?? java.stderr})` : undefined;
if (noJava) console.log(`html validity: skipped: ${noJava}`);

describe.skipIf(noJava !== undefined)('valid HTML', () => {
  it('every page of the built site passes the Nu Html Checker with 0 errors', () => {
    const dist = inject('distDir');
    // --exit-zero-always: the report decides, not the exit code; JSON goes to stderr.
    const run = spawnSync('java', ['-Xss1024k', '-jar', vnuJar, '--errors-only', '--exit-zero-always', '--format', 'json', '--skip-non-html', dist], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.status, run.stderr.slice(0, 2000)).toBe(0);
    const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    console.log(`html validity: ${htmlPages(dist).length} pages checked, ${errors.length} errors`);
    expect(errors.slice(0, 10).map((m) => `${m.url?.replace(/^file:.*?\/dist\//, '/')}:${m.lastLine}: ${m.message}`)).toEqual([]);
  });
});
