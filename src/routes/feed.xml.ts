// /feed.xml: an Atom feed of every month's changes and of the inspection bulletins. Dates come
// from the data (a ledger month's last day, a bulletin's date); ids are the pages' addresses.
import type { APIRoute } from 'astro';
import { getSite } from '../site/site.ts';
import { getOpenData } from '../site/open-data.ts';
import { paths } from '../site/paths.ts';
import { atomDate, atomFeed, type AtomEntry } from '../core/export/atom.ts';
import { changeSentence, countsSentence } from '../core/export/change-text.ts';
import { markdownToText } from '../core/export/search.ts';
import { monthEnd } from '../core/metrics/index.ts';
import { formatMonth } from '../core/format.ts';

/** Items written out in a month's entry; the rest are on the page. */
const ITEMS_PER_ENTRY = 40;

export const GET: APIRoute = async () => {
  const site = await getSite();
  const open = await getOpenData(site);
  const { config, locale, t } = site;
  const entries: AtomEntry[] = [];
  for (const list of open.changes) {
    const link = open.abs(paths.change(list.period));
    const month = formatMonth(list.period, locale);
    const lines = list.items.slice(0, ITEMS_PER_ENTRY).map((i) => changeSentence(i, locale, config.moneyUnit));
    if (list.items.length > ITEMS_PER_ENTRY) lines.push(t('feed.more', { n: list.items.length - ITEMS_PER_ENTRY }));
    entries.push({
      id: link,
      title: t('changes.monthTitle', { month }),
      updated: atomDate(monthEnd(list.period)),
      link,
      summary: t('feed.changes', { month, counts: countsSentence(list, locale) }),
      content: lines.join('\n'),
      category: { term: 'changes', label: t('changes.title') },
    });
  }
  for (const b of site.dataset.bulletins) {
    const link = open.abs(paths.bulletin(b.slug));
    entries.push({
      id: link,
      title: b.title,
      updated: atomDate(b.date),
      link,
      ...(b.summary ? { summary: b.summary } : {}),
      content: markdownToText(b.body),
      category: { term: 'bulletin', label: t('nav.bulletins') },
    });
  }
  const xml = atomFeed({
    id: open.abs(paths.feed()),
    title: t('feed.title', { title: config.title }),
    subtitle: t('feed.subtitle'),
    self: open.abs(paths.feed()),
    alternate: open.abs(paths.home()),
    author: config.source || config.title,
    lang: locale,
    entries,
    updated: atomDate(site.asOf ?? '1970-01-01'),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
