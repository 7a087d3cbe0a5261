// The site's navigation, from the registry of sections (src/sections/): the core pages, each
// present section with an entry of its own, and one entry for the 督查督办 group (its first
// present page), whose pages list each other in a sub-navigation (AccountabilityNav.astro).
import type { Dataset } from '../core/types.ts';
import type { MessageKey } from '../core/i18n.ts';
import { sections } from '../sections/index.ts';
import { paths, url } from './paths.ts';

export interface NavItem {
  href: string;
  label: string;
}

type Translate = (key: MessageKey) => string;

/** The sections whose data is present (their routes are injected), in the registry's order. */
function presentSections(dataset: Dataset) {
  return sections.filter((s) => s.present(dataset));
}

/** The top navigation. */
export function navigation(dataset: Dataset, t: Translate): NavItem[] {
  const present = presentSections(dataset);
  const own = present.flatMap((s) => (s.nav && !s.nav.group ? [{ href: url(s.nav.href), label: t(s.nav.label) }] : []));
  const accountability = present.find((s) => s.nav?.group === 'accountability')?.nav;
  return [
    { href: paths.home(), label: t('nav.home') },
    { href: paths.projects(), label: t('nav.projects') },
    { href: paths.programs(), label: t('nav.programs') },
    { href: paths.rankings(), label: t('nav.rankings') },
    ...own,
    ...(accountability ? [{ href: url(accountability.href), label: t('task.sectionTitle') }] : []),
    { href: paths.downloads(), label: t('nav.downloads') },
    { href: paths.methodology(), label: t('nav.methodology') },
  ];
}

/** The 督查督办 pages this data folder switches on, for their sub-navigation; `id` is the section's. */
export function accountabilityNav(dataset: Dataset, t: Translate): (NavItem & { id: string })[] {
  return presentSections(dataset)
    .flatMap((s) => (s.nav?.group === 'accountability' ? [{ id: s.id, href: url(s.nav.href), label: t(s.nav.label) }] : []));
}
