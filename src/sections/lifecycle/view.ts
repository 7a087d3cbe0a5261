// What the pages show of a project's life, in the site's words: the plan against what
// happened, the investment after design changes, the timeline and the disclosure checklist.
// Computed by metrics.ts; this only words it (src/core/i18n.ts keys life.*, disclosure.*).
import type { SiteModel } from '../../site/model.ts';
import type { IsoDate, Project, YearMonth } from '../../core/types.ts';
import type { MessageKey } from '../../core/i18n.ts';
import { formatMoney, formatPercent } from '../../core/format.ts';
import { investmentAfterChanges, scheduleOf, schedules, type Happened, type Schedule } from './metrics.ts';

type Site = Pick<SiteModel, 't' | 'fmt' | 'locale' | 'config' | 'asOf' | 'dataset'>;

/** A date from projects.csv, or a month from the ledger (“2026年3月（据台账）”). */
export function happenedText(site: Site, h: Happened | undefined, none: MessageKey): string {
  if (!h) return site.t(none);
  if (h.date) return site.fmt.date(h.date);
  return site.t(h.atOrBefore ? 'life.fromLedgerOrBefore' : 'life.fromLedger', { month: site.fmt.month(h.month) });
}

/** A planned date as editors write it: a month alone (the last day) as the month. */
export function plannedText(site: Site, date: IsoDate | undefined): string {
  if (!date) return '—';
  return isMonthEnd(date) ? site.fmt.month(date.slice(0, 7)) : site.fmt.date(date);
}

function isMonthEnd(date: IsoDate): boolean {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

export function slipText(site: Site, months: number | undefined): string {
  if (months === undefined) return '—';
  if (months === 0) return site.t('life.slipNone');
  return site.t(months > 0 ? 'life.slipLate' : 'life.slipEarly', { n: Math.abs(months) });
}

/** The overdue flags of a schedule as sentences (计划2026年3月开工，截至…仍未开工，已逾期7个月。). */
export function overdueSentences(site: Site, s: Schedule): string[] {
  const asOf = site.asOf ? site.fmt.date(site.asOf) : '';
  const out: string[] = [];
  if (s.overdueStart && s.plannedStart) out.push(site.t('life.overdueStartSentence', { date: plannedText(site, s.plannedStart), asOf, n: s.overdueStart.monthsLate }));
  if (s.overdueCompletion && s.plannedCompletion) out.push(site.t('life.overdueCompletionSentence', { date: plannedText(site, s.plannedCompletion), asOf, n: s.overdueCompletion.monthsLate }));
  return out;
}

/** The sentence on design changes, or undefined without any. */
export function changeSentence(site: Site, project: Project): string | undefined {
  const inv = investmentAfterChanges(project, site.dataset.designChanges);
  if (inv.changes.length === 0 || inv.approved === undefined || inv.afterChanges === undefined) return undefined;
  const unit = site.config.moneyUnit;
  const days = inv.days === 0 ? site.t('life.daysSame') : site.t(inv.days > 0 ? 'life.daysLonger' : 'life.daysShorter', { n: Math.abs(inv.days) });
  return site.t('life.changeSentence', {
    n: inv.changes.length,
    from: formatMoney(inv.approved, site.locale, unit),
    to: formatMoney(inv.afterChanges, site.locale, unit),
    dir: site.t(inv.change >= 0 ? 'life.changeUp' : 'life.changeDown'),
    amount: formatMoney(Math.abs(inv.change), site.locale, unit),
    pct: formatPercent(Math.abs(inv.changePct ?? 0), site.locale),
    days,
  });
}

export interface OverdueRow {
  project: Project;
  kind: 'start' | 'completion';
  planned: IsoDate;
  monthsLate: number;
}

/** The overdue projects (逾期未开工, 逾期未竣工) among `projects`, most months late first. */
export function overdueRows(site: Site, projects?: readonly Project[]): OverdueRow[] {
  const list = projects ? projects.map((p) => scheduleOf(site.dataset, p)) : schedules(site.dataset);
  const byId = new Map(site.dataset.projects.map((p) => [p.id, p]));
  const out: OverdueRow[] = [];
  for (const s of list) {
    const project = byId.get(s.projectId);
    if (!project) continue;
    if (s.overdueStart && s.plannedStart) out.push({ project, kind: 'start', planned: s.plannedStart, monthsLate: s.overdueStart.monthsLate });
    if (s.overdueCompletion && s.plannedCompletion) out.push({ project, kind: 'completion', planned: s.plannedCompletion, monthsLate: s.overdueCompletion.monthsLate });
  }
  return out.sort((a, b) => b.monthsLate - a.monthsLate || (a.project.id < b.project.id ? -1 : 1));
}

/** A month the ledger tells, or a date. */
export function whenText(site: Site, when: IsoDate | YearMonth): string {
  return when.length === 7 ? site.fmt.month(when) : site.fmt.date(when);
}
