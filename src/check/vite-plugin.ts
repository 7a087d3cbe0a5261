// A Vite plugin for the browser bundle of /check/ (the validator in the page): the core's one
// platform module (src/core/platform.ts: node:crypto, new Function) is replaced by its browser
// twin. Server-side rendering (the build's own loading of the data) keeps Node's.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CORE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../core');

export function browserCore(): Plugin {
  return {
    name: 'luoshi:browser-core',
    enforce: 'pre',
    resolveId(source, importer, options) {
      const server = this.environment ? this.environment.config.consumer !== 'client' : options?.ssr;
      if (server || !importer) return null;
      const target = path.resolve(path.dirname(importer), source);
      return target === path.join(CORE, 'platform.ts') ? path.join(CORE, 'platform.browser.ts') : null;
    },
  };
}
