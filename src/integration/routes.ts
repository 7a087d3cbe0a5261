// Every route the portal has, injected by the integration (src/index.ts): the pages every
// portal has, then each optional section's routes when its data is present. Routes whose
// files the build writes itself after the pages (src/integrations/static-files.ts) are
// injected for `astro dev` only, where they serve the same bodies.
import type { Dataset } from '../core/types.ts';
import { sections } from '../sections/index.ts';

export interface InjectedRoute {
  pattern: string;
  /** The page or endpoint file, absolute. */
  entrypoint: string;
}

const routesDir = new URL('../routes/', import.meta.url);
const sectionsDir = new URL('../sections/', import.meta.url);
const file = (dir: URL, relative: string) => decodeURIComponent(new URL(relative, dir).pathname);

/** [pattern, file below src/routes/]: the pages every portal has. */
const CORE: [string, string][] = [
  ['/', 'index.astro'],
  ['/404', '404.astro'],
  ['/projects/', 'projects/index.astro'],
  ['/projects/[id]/', 'projects/[id].astro'],
  ['/stalled/', 'stalled/index.astro'],
  ['/programs/', 'programs/index.astro'],
  ['/programs/[name]/', 'programs/[name].astro'],
  ['/units/', 'units/index.astro'],
  ['/units/[name]/', 'units/[name].astro'],
  ['/townships/', 'townships/index.astro'],
  ['/townships/[name]/', 'townships/[name].astro'],
  ['/rankings/', 'rankings/index.astro'],
  ['/changes/', 'changes/index.astro'],
  ['/changes/[period]/', 'changes/[period].astro'],
  ['/embed/[id]/', 'embed/[id].astro'],
  ['/search/', 'search/index.astro'],
  ['/check/', 'check/index.astro'],
  ['/data-quality/', 'data-quality/index.astro'],
  ['/data-quality/warnings.csv', 'data-quality/warnings.csv.ts'],
  ['/downloads/', 'downloads/index.astro'],
  ['/downloads/datapackage.json', 'downloads/datapackage.json.ts'],
  ['/methodology/', 'methodology.astro'],
  ['/api/index.json', 'api/index.json.ts'],
  ['/api/projects.json', 'api/projects.json.ts'],
  ['/api/changes.json', 'api/changes.json.ts'],
  ['/api/indicators.json', 'api/indicators.json.ts'],
  ['/feed.xml', 'feed.xml.ts'],
  ['/robots.txt', 'robots.txt.ts'],
];

/** Written by the build after the pages; served by these routes in `astro dev`. */
const DEV_ONLY: [string, string][] = [
  ['/charts/[id].csv', 'charts/[id].csv.ts'],
  ['/charts/[id].svg', 'charts/[id].svg.ts'],
  ['/api/projects/[id].json', 'api/projects/[id].json.ts'],
  ['/api/changes/[period].json', 'api/changes/[period].json.ts'],
  ['/api/oc4ids.json', 'api/oc4ids.json.ts'],
  ['/downloads/[name].csv', 'downloads/[name].csv.ts'],
];

/** The routes for this dataset, in a fixed order. */
export function routesFor(dataset: Dataset, command: 'build' | 'dev' | 'preview' | 'sync'): InjectedRoute[] {
  const core = [...CORE, ...(command === 'dev' ? DEV_ONLY : [])].map(([pattern, f]) => ({ pattern, entrypoint: file(routesDir, f) }));
  const optional = sections
    .filter((s) => s.present(dataset))
    .flatMap((s) => s.routes.map((r) => ({ pattern: r.pattern, entrypoint: file(sectionsDir, `${s.id}/${r.entrypoint}`) })));
  return [...core, ...optional];
}
