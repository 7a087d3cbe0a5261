// Change items in words, in the site's locale: what the /changes/ pages, each project's
// history, the home-page summary and the feed say. The subject (project, task or indicator)
// is named by the caller, so a page can make it a link.

import type { Locale, SiteConfig } from '../types.ts';
import { t, stageLabel, statusLabel } from '../i18n.ts';
import { formatDate, formatGrowth, formatIndicatorPeriod, formatMoney, formatMonth, formatNumber, formatPoints, formatValue } from '../format.ts';
import { lagPhrase } from '../sentences.ts';
import { publishedPct } from '../rounding.ts';
import type { ChangeItem, ChangeKind, MonthChangeList } from './changes.ts';
import { CHANGE_KINDS } from './changes.ts';

type Unit = SiteConfig['moneyUnit'];

const sep = (locale: Locale) => t(locale, 'punct.detailSep');
const end = (locale: Locale) => t(locale, 'punct.stop');

/** Heading of a kind of change: 进展阶段变化 / Stage changed. */
export function kindLabel(kind: ChangeKind, locale: Locale): string {
  return t(locale, `changes.kind.${kind}`);
}

/** What the subject of an item is called: the project's name (or id), the task, the indicator. */
export function itemSubject(item: ChangeItem): string {
  if ('project' in item) return item.project.name ?? item.project.projectId;
  if ('task' in item) return item.task.content;
  return item.indicator;
}

export interface DescribeOptions {
  /** Name a task's responsible unit (default true; a table with a unit column leaves it out). */
  taskUnit?: boolean;
}

// Each item is described for its month's page, the changes table, the month's JSON and its
// project's JSON: the same words three or four times. Items are never changed once made, so
// the text is kept with the item, per locale, unit and option (a short list: a site asks in
// one locale and unit, with one or two options; a key string per call cost more than the
// look-up saved, half a million calls at 10,000 projects).
type Described = { locale: Locale; unit: Unit; taskUnit: boolean; text: string };
const described = new WeakMap<ChangeItem, Described[]>();

/** What changed, without the subject and without a final full stop. */
export function describeChange(item: ChangeItem, locale: Locale, unit: Unit, options: DescribeOptions = {}): string {
  // The option only changes a task's words: other items share one text for both settings
  // (a project's page and its JSON ask with different options).
  const taskUnit = 'task' in item ? (options.taskUnit ?? true) : true;
  let texts = described.get(item);
  if (!texts) described.set(item, (texts = []));
  for (const d of texts) if (d.locale === locale && d.unit === unit && d.taskUnit === taskUnit) return d.text;
  const text = describe(item, locale, unit, options);
  texts.push({ locale, unit, taskUnit, text });
  return text;
}

function describe(item: ChangeItem, locale: Locale, unit: Unit, options: DescribeOptions): string {
  const money = (v: number) => formatMoney(v, locale, unit);
  const date = (d: string) => formatDate(d, locale);
  const parts: string[] = [];
  switch (item.kind) {
    case 'added':
      parts.push(t(locale, 'changes.item.added'));
      if (item.stage) parts.push(t(locale, 'changes.detail.stage', { stage: stageLabel(item.stage, locale) }));
      if (item.yearPlan !== undefined) parts.push(t(locale, 'changes.detail.plan', { amount: money(item.yearPlan) }));
      break;
    case 'removed':
      parts.push(t(locale, 'changes.item.removed'));
      if (item.stage) parts.push(t(locale, 'changes.detail.lastStage', { stage: stageLabel(item.stage, locale) }));
      break;
    case 'stage':
      parts.push(t(locale, item.backwards ? 'changes.item.stageBack' : 'changes.item.stage', { from: stageLabel(item.from, locale), to: stageLabel(item.to, locale) }));
      break;
    case 'fell-behind':
    case 'recovered':
      parts.push(t(locale, 'changes.item.status', { from: statusLabel(item.from, locale), to: statusLabel(item.to, locale) }));
      if (item.lagPoints !== undefined) {
        // Direction in words ("落后时间进度6.4个百分点"), level with it when the rounded figure is zero.
        parts.push(Math.abs(item.lagPoints) < 0.05 ? t(locale, 'changes.detail.lagEven') : t(locale, 'changes.detail.lag', { points: lagPhrase(item.lagPoints, locale) }));
      }
      break;
    case 'stalled':
      parts.push(t(locale, 'changes.item.stalled', { n: item.months }));
      break;
    case 'overdue':
      parts.push(t(locale, 'changes.item.overdue', { date: date(item.deadline) }));
      break;
    case 'overdue-start':
    case 'overdue-completion':
      parts.push(t(locale, `changes.item.${item.kind}`, { date: formatMonth(item.planned.slice(0, 7), locale), n: item.monthsLate }));
      break;
    case 'plan':
      parts.push(t(locale, 'changes.item.plan', { from: money(item.from), to: money(item.to) }));
      break;
    case 'deadline':
      parts.push(t(locale, 'changes.item.deadline', { from: date(item.from), to: date(item.to) }));
      break;
    case 'task-assigned':
    case 'task-closed':
    case 'task-overdue':
      parts.push(t(locale, `changes.item.${item.kind}`, { date: date(item.date) }));
      if (item.task.responsibleUnit && options.taskUnit !== false) parts.push(t(locale, 'changes.detail.unit', { unit: item.task.responsibleUnit }));
      break;
    case 'indicator': {
      // "2026年1-4月累计27.5亿元" for a flow, "2026年4月末为512.3亿元" for a stock; the period alone without a value.
      const period = formatIndicatorPeriod(item.period, item.indicatorKind, locale);
      const value = item.value === undefined ? undefined : formatValue(item.value, item.unit, locale);
      const key = item.indicatorKind === 'flow' ? 'changes.item.indicator' : 'changes.item.indicatorLevel';
      parts.push(value === undefined ? period : t(locale, key, { period, value }));
      if (item.growth !== undefined) parts.push(t(locale, 'changes.detail.growth', { growth: formatGrowth(item.growth, locale) }));
      if (item.previousPeriod && item.previousGrowth !== undefined) {
        const previous = formatIndicatorPeriod(item.previousPeriod, item.indicatorKind, locale);
        parts.push(item.growth === undefined ? t(locale, 'changes.detail.previous', { period: previous, growth: formatGrowth(item.previousGrowth, locale) }) : growthTrend(item.growth, item.previousGrowth, previous, locale));
      }
      break;
    }
  }
  return parts.join(sep(locale));
}

/**
 * How growth moved since the period before, as a statistics bulletin says it: "降幅比1-9月收窄0.2个百分点",
 * "增幅比1-9月提高0.3个百分点"; with the sign changed, the earlier growth itself ("上期（1-9月）下降0.7%").
 */
function growthTrend(growth: number, previous: number, period: string, locale: Locale): string {
  const [now, before] = [publishedPct(growth), publishedPct(previous)];
  const points = Math.abs(now - before);
  if (now === before) return t(locale, 'changes.detail.trendSame', { period });
  if (now > 0 && before > 0) return t(locale, now > before ? 'changes.detail.upMore' : 'changes.detail.upLess', { period, points });
  if (now < 0 && before < 0) return t(locale, now > before ? 'changes.detail.downLess' : 'changes.detail.downMore', { period, points });
  return t(locale, 'changes.detail.previous', { period, growth: formatGrowth(previous, locale) });
}

/** Subject and change in one sentence, for the feed and plain-text uses: “项目名：进展阶段由…转为…。” */
export function changeSentence(item: ChangeItem, locale: Locale, unit: Unit): string {
  return `${itemSubject(item)}${t(locale, 'punct.colon')}${describeChange(item, locale, unit)}${end(locale)}`;
}

/** The counts of a month in words, biggest story first in CHANGE_KINDS order: “新列入台账2项，进展阶段变化5项”. */
export function countsSentence(list: MonthChangeList, locale: Locale): string {
  const parts = CHANGE_KINDS.filter((k) => list.counts[k] > 0).map((k) => t(locale, 'changes.count', { label: kindLabel(k, locale), n: list.counts[k] }));
  return parts.length ? parts.join(t(locale, 'punct.comma')) + end(locale) : t(locale, 'changes.none');
}
