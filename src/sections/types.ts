// The shape of an optional section of the portal: one folder below src/sections/ with an
// index.ts that default-exports one of these, listed once in src/sections/index.ts. The
// integration injects a section's routes only when its data is present.
import type { Dataset } from '../core/types.ts';
import type { DataTable } from '../core/resource.ts';
import type { WrittenLocale } from '../i18n/types.ts';
import type coreMessages from '../i18n/core/zh-CN.ts';

export interface SectionRoute {
  /** The URL pattern, as Astro's injectRoute takes it ('/tasks/', '/campaigns/[id]/'). */
  pattern: string;
  /** The page or endpoint file, relative to the section's folder ('pages/index.astro'). */
  entrypoint: string;
}

export interface Section<Key extends string = string> {
  /** The folder's name. */
  id: string;
  /** Whether the data holds what the section shows: its routes are injected only then. */
  present(dataset: Dataset): boolean;
  routes: SectionRoute[];
  /**
   * The section's files: the loader reads them, the downloads, the API index and
   * datapackage.json publish them, docs/data-format.md documents them (a test keeps it so).
   */
  tables?: DataTable[];
  /**
   * Its entry in the site's navigation: a top-level item of its own, or one page of the
   * 督查督办 group, which has one top-level item (its first present page) and a sub-navigation.
   * None for a section reached from another's pages (tenders from /disclosure/) or with no page.
   */
  nav?: { href: string; label: NoInfer<Key> | keyof typeof coreMessages; group?: 'accountability' };
  /**
   * The section's words, one file per locale in its i18n/ folder (zh-CN.ts is the source, the
   * others are typed against it); src/i18n/catalog.ts merges them with the core's.
   */
  messages: Readonly<Record<WrittenLocale, Readonly<Record<Key, string>>>>;
}

/** Identity, for the types: `export default defineSection({ … })`. */
export function defineSection<Key extends string>(section: Section<Key>): Section<Key> {
  return section;
}
