// The /check/ page's script (bundled by Astro into a file under /_astro/): reads the files the
// editor picks or drops, runs the core's loader on them (the same code as npm run validate and
// the build), and shows the report and, when there is no error, the month's publication as the
// home page would state it. Everything is built with textContent: file contents never become HTML.
// Nothing is fetched or sent: the page's Content-Security-Policy would refuse it anyway.
import { loadDataset } from '../core/load-dataset.ts';
import { countBySeverity, formatReport, summaryLine } from '../core/report.ts';
import { t } from '../core/i18n.ts';
import { firstChanges, publication } from '../core/publication.ts';
import { formatMoney, formatMonth, formatPercent, formatPeriod, formatPoints } from '../core/format.ts';
import { countsSentence, describeChange, itemSubject, kindLabel } from '../core/export/change-text.ts';
import type { Dataset, Locale } from '../core/types.ts';
import { dataFolder, type PickedFile } from './files.ts';

const LOCALES: readonly Locale[] = ['zh-CN', 'en', 'x-pseudo'];
const pageLocale: Locale = LOCALES.find((l) => l === document.documentElement.lang) ?? 'zh-CN';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

async function picked(files: Iterable<{ file: File; path: string }>): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const { file, path } of files) out.push({ path, bytes: new Uint8Array(await file.arrayBuffer()) });
  return out;
}

async function check(list: { file: File; path: string }[]): Promise<void> {
  if (list.length === 0) return;
  $('check-status').textContent = t(pageLocale, 'check.reading', { n: list.length });
  const files = dataFolder(await picked(list));
  const { dataset, diagnostics } = loadDataset(files, { env: {} });
  // A whole folder is dozens of files: the first few are named, the report names the rest.
  const names = [...files.keys()];
  const shown = names.slice(0, 8).join(t(pageLocale, 'punct.listSep')) + (names.length > 8 ? ' …' : '');
  $('check-status').textContent = t(pageLocale, 'check.read', { n: names.length, files: shown });

  $('check-summary').textContent = summaryLine(diagnostics);
  $('check-text').textContent = diagnostics.length > 0 ? formatReport(diagnostics) : '';
  $('check-text').hidden = diagnostics.length === 0;
  $('check-json').textContent = JSON.stringify(diagnostics, null, 2);
  $('check-report').hidden = false;

  const body = $('check-preview-body');
  body.replaceChildren(...(countBySeverity(diagnostics).errors > 0 ? [el('p', t(pageLocale, 'check.previewBlocked'), 'notice')] : preview(dataset)));
  $('check-preview').hidden = false;
}

/** The publication as the home page states it, in the data's own locale (site.json). */
function preview(dataset: Dataset): HTMLElement[] {
  const locale = dataset.config.locale;
  const unit = dataset.config.moneyUnit;
  const pub = publication(dataset);
  if (!pub) return [el('p', t(pageLocale, 'check.noLedger'))];
  const p = pub.portfolio;
  const money = (v: number | undefined) => (v === undefined ? '—' : formatMoney(v, locale, unit));
  const out: HTMLElement[] = [el('p', pub.headline, 'lead check-headline')];

  const figures = el('dl', undefined, 'figures');
  const figure = (label: string, value: string, note?: string) => {
    const box = el('div', undefined, 'figure');
    box.append(el('dt', label), el('dd', value));
    if (note) box.append(el('dd', note, 'note'));
    figures.append(box);
  };
  figure(t(locale, 'home.projects'), String(p.projectCount));
  figure(t(locale, 'field.yearPlan'), money(p.yearPlan));
  figure(t(locale, 'field.completedYtd'), money(p.completedYtd), formatPeriod(pub.period, locale));
  figure(t(locale, 'field.completionPct'), p.completionPct === undefined ? '—' : formatPercent(p.completionPct, locale), t(locale, 'home.timeProgressIs', { pct: formatPercent(p.timeProgressPct, locale) }));
  figure(t(locale, 'home.lag'), p.lagPoints === undefined ? '—' : formatPoints(p.lagPoints, locale));
  out.push(figures, el('p', pub.stages));

  out.push(el('h3', t(locale, 'home.mostLagging')));
  if (pub.lagging.length === 0) out.push(el('p', t(pageLocale, 'check.noLagging')));
  else {
    // Scrollable by keyboard on a phone, as the site's other tables.
    const scroll = el('div', undefined, 'table-scroll');
    scroll.tabIndex = 0;
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', t(locale, 'home.mostLagging'));
    const table = el('table');
    const head = el('tr');
    for (const h of [t(locale, 'field.name'), t(locale, 'field.responsibleUnit'), t(locale, 'field.completionPct'), t(locale, 'field.lag')]) {
      const th = el('th', h);
      th.scope = 'col';
      head.append(th);
    }
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const m of pub.lagging) {
      const row = el('tr');
      const name = el('th', m.project?.name ?? m.projectId);
      name.scope = 'row';
      row.append(name, el('td', m.project?.responsibleUnit ?? '—'), el('td', m.completionPct === undefined ? '—' : formatPercent(m.completionPct, locale), 'num'), el('td', formatPoints(m.lagPoints!, locale), 'num'));
      table.tBodies[0]!.append(row);
    }
    scroll.append(table);
    out.push(scroll);
  }

  const list = pub.changes;
  out.push(el('h3', t(locale, 'changes.latestHeading')));
  if (!list) out.push(el('p', t(pageLocale, 'check.noChanges')));
  else {
    out.push(el('p', t(locale, 'changes.latestLead', { month: formatMonth(list.period, locale), previous: formatMonth(list.previousPeriod, locale), counts: countsSentence(list, locale) })));
    const ul = el('ul');
    for (const item of firstChanges(list)) {
      const li = el('li');
      li.append(el('span', kindLabel(item.kind, locale), 'kind'), `${itemSubject(item)}${t(locale, 'punct.colon')}${describeChange(item, locale, unit, { taskUnit: false })}${t(locale, 'punct.stop')}`);
      ul.append(li);
    }
    out.push(ul);
  }
  return out;
}

// ------------------------------------------------------------------ picking and dropping

const withPaths = (files: FileList | null) => [...(files ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name }));

// A folder picker: webkitdirectory is set here, not in the markup, where HTML does not allow it.
$<HTMLInputElement>('check-folder').webkitdirectory = true;

for (const id of ['check-files', 'check-folder']) {
  const input = $<HTMLInputElement>(id);
  input.addEventListener('change', () => void check(withPaths(input.files)));
}

/** Every file below a dropped entry, with its path from the drop ('data/ledger/2026-10.csv'). */
async function entryFiles(entry: FileSystemEntry): Promise<{ file: File; path: string }[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ file, path: entry.fullPath.replace(/^\//, '') }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const out: { file: File; path: string }[] = [];
  // readEntries gives a batch at a time, then an empty batch.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return out;
    for (const e of batch) out.push(...(await entryFiles(e)));
  }
}

const drop = $('check-drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const items = [...(event.dataTransfer?.items ?? [])];
  const entries = items.map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length > 0) void Promise.all(entries.map(entryFiles)).then((lists) => check(lists.flat()));
  else void check(withPaths(event.dataTransfer?.files ?? null));
});
