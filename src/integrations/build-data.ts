// The data folder as the build's post-processing steps see it (search index, sitemap): read
// and loaded once per build, the same way src/site/model.ts does, outside Vite.
import { loadDataFolder } from '../io/data-dir.ts';
import type { Dataset } from '../core/types.ts';
import { bridge } from '../site/build-bridge.ts';

let cached: Promise<Dataset> | undefined;

export function buildDataset(): Promise<Dataset> {
  // The pages' own model, when the build rendered any (it was read and validated already).
  const site = bridge().site;
  if (site) return site().then((s) => s.dataset);
  cached ??= (async () => {
    return (await loadDataFolder()).dataset;
  })();
  return cached;
}
