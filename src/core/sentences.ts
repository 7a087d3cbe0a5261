// The sentences the pages say, written from the data the way a county office reports it:
// "1-2月，全县重点项目完成投资4.18亿元，完成年度计划的4.9%，落后时间进度11.8个百分点。"
// Every figure goes through format.ts, so rounding is the same here as in the tables; the words
// are message templates (sentence.* in src/i18n/core/<locale>.ts, the sections' own in theirs),
// so this file decides only which clauses a sentence has, never how a language says them.

import type { Locale, YearMonth } from './types.ts';
import type { MoneyUnit } from './format.ts';
import { formatGrowth, formatPercent, formatPlace, formatValue } from './format.ts';
import { gradeLabel } from './i18n.ts';
import { createTranslator, type Translate } from '../i18n/translator.ts';
import { publishedPct } from './rounding.ts';
import type { Aggregate, GroupBy, NatureKey } from './metrics/aggregate.ts';
import type { CampaignProgress } from './metrics/campaigns.ts';
import type { IndicatorSnapshot } from './metrics/indicators.ts';
import type { LandTotals } from './metrics/land.ts';
import type { RankedGroup } from './metrics/ranking.ts';

export interface SentenceOptions {
  /** What kind of region the portal is (全县 / the county, 全区 / the district …): publication.ts regionKind. */
  regionKind?: RegionKind;
  /** The region's words for itself, overriding regionKind's ('全区'), in the site's language. */
  scope?: string;
  /** Unit of the money figures (the configured money unit). */
  moneyUnit?: MoneyUnit;
}

/** The kind of region, from the last character of its Chinese name (示例县 → county). */
export type RegionKind = 'county' | 'district' | 'city' | 'banner';

const tr = (locale: Locale, options: SentenceOptions = {}): Translate => createTranslator(locale, { moneyUnit: options.moneyUnit ?? '万元' });

/** "全县" / "the county": how sentences name the whole region. */
export function scopeText(locale: Locale, options: SentenceOptions = {}): string {
  return options.scope ?? tr(locale, options)('scope.whole', { kind: options.regionKind ?? 'county' });
}

/** Items joined as the locale lists them: "a、b、c" / "a, b, c". */
export function listText(t: Translate, items: readonly string[]): string {
  return items.join(t('punct.listSep'));
}

/** "1-2月，" / "In Jan–Feb, " at the head of a sentence; a stock's "10月末，" / "At the end of Oct, ". */
function opening(t: Translate, period: YearMonth, stock = false): string {
  return t(stock ? 'sentence.openingStock' : 'sentence.opening', { period });
}

/**
 * "落后时间进度11.8个百分点" / "超过时间进度…" / "与时间进度持平", decided on the rounded figure so
 * that the words never contradict the number shown ("超过时间进度0个百分点").
 */
export function lagPhrase(lag: number, locale: Locale): string {
  const t = tr(locale);
  if (publishedPct(lag) === 0) return t('sentence.lag.level');
  return t(lag < 0 ? 'sentence.lag.behind' : 'sentence.lag.ahead', { points: lag });
}

/** "完成投资X，完成年度计划的Y%，落后时间进度Z个百分点" — the clause every investment sentence shares. */
function investmentClause(a: Aggregate, t: Translate): string {
  if (a.completionPct === undefined || a.lagPoints === undefined) return t('sentence.investmentNoPlan', { amount: a.completedYtd });
  return t('sentence.investment', { amount: a.completedYtd, pct: a.completionPct, lag: lagPhrase(a.lagPoints, t.locale) });
}

/** The portfolio's headline: "1-2月，全县重点项目完成投资4.18亿元，完成年度计划的4.9%，落后时间进度11.8个百分点。" */
export function portfolioSentence(a: Aggregate, locale: Locale, options: SentenceOptions = {}): string {
  const t = tr(locale, options);
  return t('sentence.portfolio', { opening: opening(t, a.period), scope: scopeText(locale, options), clause: investmentClause(a, t) });
}

/** Which kind of group a sentence speaks of (the grouping field of metrics/aggregate.ts). */
export type GroupKind = GroupBy;

/**
 * A program's, unit's or township's sentence, with its place in the ranking when given:
 * "1-2月，县住房和城乡建设局负责的3个项目完成投资3,500万元，完成年度计划的20%，超过时间进度3.3个百分点，
 * 在6个责任单位中排名第2位，评为“优”；其中严重滞后项目1个。"
 */
export function groupSentence(a: Aggregate, kind: GroupKind, locale: Locale, ranked?: RankedGroup, options: SentenceOptions = {}): string {
  const t = tr(locale, options);
  const serious = a.statusCounts['seriously-behind'];
  const behind = a.statusCounts.behind;
  const rank = ranked?.rank;
  const subject = t('sentence.group.subject', { kind, name: a.key, n: a.projectCount });
  let s = t('sentence.group.head', { opening: opening(t, a.period), subject, clause: investmentClause(a, t) });
  if (ranked && rank !== undefined && ranked.of > 1) {
    s += t('sentence.group.rank', { of: ranked.of, kind, place: formatPlace(rank, ranked.of, locale) });
    if (ranked.grade) s += t('sentence.group.grade', { grade: gradeLabel(ranked.grade, locale) });
  }
  const details = [
    serious > 0 ? t('sentence.group.seriouslyBehind', { n: serious }) : '',
    behind > 0 ? t('sentence.group.behind', { n: behind }) : '',
    a.stalledCount > 0 ? t('sentence.group.stalled', { n: a.stalledCount }) : '',
  ].filter(Boolean);
  return details.length > 0 ? t('sentence.group.withDetails', { s, details: listText(t, details) }) : t('sentence.end', { s });
}

/** Stages by nature: "续建项目26个，已开工17个；新开工项目18个，已开工5个；前期项目20个，均未开工。" */
export function stageSentence(a: Aggregate, locale: Locale): string {
  const t = tr(locale);
  const parts: string[] = [];
  for (const nature of ['continuing', 'new', 'preparatory'] as const) {
    const c = a.byNature[nature];
    if (c.total === 0) continue;
    const started = c.started === 0 ? t('sentence.stage.noneStarted') : c.started === c.total ? t('sentence.stage.allStarted') : t('sentence.stage.someStarted', { n: c.started });
    const finished = c.finished > 0 ? t('sentence.stage.finished', { n: c.finished }) : '';
    parts.push(t('sentence.stage.part', { nature, total: c.total, started, finished }));
  }
  if (parts.length === 0) return '';
  return t('sentence.end', { s: parts.join(t('punct.clauseSep')) });
}

export interface IndicatorSentenceOptions extends SentenceOptions {
  /** Peers' noun, overriding the locale's ('县（市）' → "在6个县（市）中"). */
  peerNoun?: string;
  /** Also give the value when growth is reported ("全县地区生产总值86.5亿元，同比增长7.6%"). */
  showValue?: boolean;
  /** Add the movement since the previous period ("比上期前移1位"). */
  showRankChange?: boolean;
}

function valueText(s: IndicatorSnapshot, locale: Locale): string {
  return formatValue(s.value ?? 0, s.unit, locale);
}

/**
 * An indicator against its target and its peers:
 * "1-8月，全县固定资产投资同比增长3.2%，低于年度目标4.8个百分点，在6个县中排名倒数第二。"
 * Growth is compared with target growth; without growth, a level (ratio, balance) is compared
 * with the target value, and a flow by its share of the full-year target against time progress.
 */
export function indicatorSentence(s: IndicatorSnapshot, locale: Locale, options: IndicatorSentenceOptions = {}): string {
  const t = tr(locale, options);
  const clauses: string[] = [];
  const hasGrowth = s.growth !== undefined;
  const showValue = s.value !== undefined && (!hasGrowth || options.showValue);
  // Subject and figure.
  let head = t('sentence.indicator.subject', { scope: scopeText(locale, options), indicator: s.indicator });
  if (showValue) head += t('sentence.indicator.value', { level: s.valueKind === 'level' ? 'yes' : 'no', value: valueText(s, locale) });
  if (s.growth !== undefined) {
    const dir = s.growth > 0 ? 'up' : s.growth < 0 ? 'down' : 'flat';
    head += t('sentence.indicator.growth', { and: showValue ? 'yes' : 'no', growth: s.growth, dir, abs: Math.abs(s.growth) });
  }
  clauses.push(head);
  // Against the target. The gap is signed so that negative is short of it (metrics/indicators.ts);
  // a lower-is-better target is a cap, said as officials say it: 控制在4.5%以内.
  const gap = (points: number, target: string) => {
    if (s.direction === 'lower') return t(points >= 0 ? 'sentence.indicator.withinCap' : 'sentence.indicator.overCap', { target, points });
    if (publishedPct(points) === 0) return t('sentence.indicator.targetLevel');
    return t(points > 0 ? 'sentence.indicator.aboveTarget' : 'sentence.indicator.belowTarget', { points });
  };
  const targetGrowth = s.target?.targetGrowth;
  const targetValue = s.target?.targetValue;
  if (s.growthGapPoints !== undefined && targetGrowth !== undefined) clauses.push(gap(s.growthGapPoints, formatGrowth(targetGrowth, locale)));
  else if (!hasGrowth && s.valueKind === 'level' && s.unit === '%' && s.valueGap !== undefined && targetValue !== undefined) clauses.push(gap(s.valueGap, formatPercent(targetValue, locale)));
  else if (!hasGrowth && s.targetPct !== undefined) {
    if (s.valueKind === 'flow' && s.targetLagPoints !== undefined) clauses.push(t('sentence.indicator.targetShareLag', { share: s.targetPct, lag: lagPhrase(s.targetLagPoints, locale) }));
    else clauses.push(t('sentence.indicator.targetShare', { share: s.targetPct }));
  }
  // Among peers.
  if (s.rank && s.rank.of > 1) {
    const place = formatPlace(s.rank.rank, s.rank.of, locale);
    let r = t('sentence.indicator.peers', { of: s.rank.of, noun: options.peerNoun ?? t('sentence.indicator.peerNoun'), place });
    if (options.showRankChange && s.rankChange !== undefined) {
      const k = Math.abs(s.rankChange);
      r += t(s.rankChange > 0 ? 'sentence.indicator.rankUp' : s.rankChange < 0 ? 'sentence.indicator.rankDown' : 'sentence.indicator.rankSame', { k });
    }
    clauses.push(r);
  }
  return t('sentence.end', { s: `${opening(t, s.period, s.kind === 'stock')}${clauses.join(t('punct.comma'))}` });
}

/** "重大项目建设百日攻坚行动已进行61天，剩余39天；新开工项目1个（目标12个），完成投资1.2亿元，为投资目标的20%。" */
export function campaignSentence(p: CampaignProgress, locale: Locale, options: SentenceOptions = {}): string {
  const t = tr(locale, options);
  const { days, campaign } = p;
  if (days.phase === 'upcoming') return t('campaign.sentence.upcoming', { name: campaign.name });
  const when = days.phase === 'ended'
    ? t('campaign.sentence.ended', { days: days.totalDays })
    : t('campaign.sentence.running', { elapsed: days.elapsedDays, total: days.totalDays, left: days.daysLeft });
  const target = (n: number | undefined) => (n === undefined ? '' : t('campaign.sentence.target', { n }));
  const parts: string[] = [t('campaign.sentence.starts', { n: p.starts, target: target(campaign.targetStarts) })];
  if (campaign.targetCompletions !== undefined || p.completions > 0) parts.push(t('campaign.sentence.completions', { n: p.completions, target: target(campaign.targetCompletions) }));
  let inv = t('campaign.sentence.investment', { amount: p.investment });
  if (p.investmentPct !== undefined) inv += t('campaign.sentence.investmentPct', { pct: p.investmentPct });
  parts.push(inv);
  return t('campaign.sentence.full', { name: campaign.name, when, parts: parts.join(t('punct.comma')) });
}

/** "24个征拆项目中，9个已全部完成征拆任务；共完成征地885.5亩，征地任务完成60%，房屋拆迁完成51%。" */
export function landSentence(l: LandTotals, locale: Locale): string {
  const t = tr(locale);
  const clauses: string[] = [];
  const head = t('land.sentence.head', { count: l.projectCount, done: l.fullyDoneCount });
  if (l.landAcquiredMu > 0 || l.landPct !== undefined) clauses.push(t('land.sentence.acquired', { mu: l.landAcquiredMu }));
  if (l.demolished > 0) clauses.push(t('land.sentence.demolished', { n: l.demolished }));
  if (l.landPct !== undefined) clauses.push(t('land.sentence.landPct', { pct: l.landPct }));
  if (l.demolitionPct !== undefined) clauses.push(t('land.sentence.demolitionPct', { pct: l.demolitionPct }));
  return clauses.length > 0 ? t('land.sentence.withClauses', { head, clauses: clauses.join(t('punct.comma')) }) : t('land.sentence.plain', { head });
}
