// How the pages get what the integration knows, as Starlight hands its config to its pages:
// virtual modules that Vite resolves. `virtual:luoshi/config` is the settings the pages need
// (base path, data folder); `virtual:luoshi/data` is the dataset the integration has already
// read and validated, as a v8 snapshot file that the bundle (and every prerender worker)
// deserialises instead of reading and checking the data folder again.
import type { Plugin, ViteDevServer } from 'vite';

export interface PageConfig {
  /** Astro's base path, always ending in '/'. */
  base: string;
  /** The data folder, absolute. */
  dataDir: string;
}

const IDS = { config: 'virtual:luoshi/config', data: 'virtual:luoshi/data' } as const;
const resolved = (id: string) => '\0' + id;

export interface VirtualModules {
  plugin: Plugin;
  /** After the data changed in `astro dev`: the pages load it again, the browser reloads. */
  invalidate(): void;
}

export function virtualModules(config: () => PageConfig, snapshotFile: () => string): VirtualModules {
  let server: ViteDevServer | undefined;
  const plugin: Plugin = {
    name: 'luoshi:virtual-modules',
    configureServer(s) {
      server = s;
    },
    resolveId(id) {
      return id === IDS.config || id === IDS.data ? resolved(id) : null;
    },
    load(id) {
      if (id === resolved(IDS.config)) return `export default ${JSON.stringify(config())};`;
      if (id === resolved(IDS.data)) {
        return [
          `import { readFileSync } from 'node:fs';`,
          `import { deserialize } from 'node:v8';`,
          `// A LoadResult (src/core/types.ts): the dataset and the warnings it passed with.`,
          `export default deserialize(readFileSync(${JSON.stringify(snapshotFile())}));`,
        ].join('\n');
      }
      return null;
    },
  };
  return {
    plugin,
    invalidate() {
      if (!server) return;
      for (const environment of Object.values(server.environments)) {
        const mod = environment.moduleGraph.getModuleById(resolved(IDS.data));
        if (mod) environment.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
    },
  };
}
