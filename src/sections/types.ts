// The shape of an optional section of the portal: one folder below src/sections/ with an
// index.ts that default-exports one of these, listed once in src/sections/index.ts. The
// integration injects a section's routes only when its data is present.
import type { Dataset } from '../core/types.ts';

export interface SectionRoute {
  /** The URL pattern, as Astro's injectRoute takes it ('/tasks/', '/campaigns/[id]/'). */
  pattern: string;
  /** The page or endpoint file, relative to the section's folder ('pages/index.astro'). */
  entrypoint: string;
}

export interface Section {
  /** The folder's name, also the key of the section's messages. */
  id: string;
  /** Whether the data holds what the section shows: its routes are injected only then. */
  present(dataset: Dataset): boolean;
  routes: SectionRoute[];
}

/** Identity, for the types: `export default defineSection({ … })`. */
export function defineSection(section: Section): Section {
  return section;
}
