// The sentences the pages say, written from the data the way a county office reports it:
// "1-2月，全县重点项目完成投资4.18亿元，完成年度计划的4.9%，落后时间进度11.8个百分点。"
// Every figure goes through format.ts, so rounding is the same here as in the tables.

import type { Locale, YearMonth } from './types.ts';
import type { MoneyUnit } from './format.ts';
import {
  formatCount,
  formatGrowth,
  formatMonthName,
  formatMonthRange,
  formatMoney,
  formatMu,
  formatNumber,
  formatPercent,
  formatPlace,
  formatPointsAbs,
  formatValue,
} from './format.ts';
import { gradeLabel } from './i18n.ts';
import { publishedPct } from './rounding.ts';
import type { Aggregate, GroupBy, NatureKey } from './metrics/aggregate.ts';
import type { CampaignProgress } from './metrics/campaigns.ts';
import type { IndicatorSnapshot } from './metrics/indicators.ts';
import type { LandTotals } from './metrics/land.ts';
import type { RankedGroup } from './metrics/ranking.ts';

export interface SentenceOptions {
  /** How the portal's region names itself in Chinese: 全县, 全区, 全市. */
  scope?: string;
  /** And in English: 'the county'. */
  scopeEn?: string;
  /** Unit of the money figures (the configured money unit). */
  moneyUnit?: MoneyUnit;
}

/** "1 project", "2 projects". */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const zhScope = (o: SentenceOptions) => o.scope ?? '全县';
const enScope = (o: SentenceOptions) => o.scopeEn ?? 'the county';

/** "1-2月" / "In Jan–Feb" at the head of a sentence; a stock's "10月末" / "At the end of Oct". */
function opening(period: YearMonth, locale: Locale, stock = false): string {
  if (stock) return locale === 'zh-CN' ? `${formatMonthName(period, locale)}末，` : `At the end of ${formatMonthName(period, locale)}, `;
  return locale === 'zh-CN' ? `${formatMonthRange(period, locale)}，` : `In ${formatMonthRange(period, locale)}, `;
}

/**
 * "落后时间进度11.8个百分点" / "超过时间进度…" / "与时间进度持平", decided on the rounded figure so
 * that the words never contradict the number shown ("超过时间进度0个百分点").
 */
export function lagPhrase(lag: number, locale: Locale): string {
  const shown = formatPointsAbs(lag, locale);
  const level = publishedPct(lag) === 0;
  if (locale === 'zh-CN') return level ? '与时间进度持平' : lag < 0 ? `落后时间进度${shown}` : `超过时间进度${shown}`;
  return level ? 'in line with the time schedule' : lag < 0 ? `${shown} behind schedule` : `${shown} ahead of schedule`;
}

/** "完成投资X，完成年度计划的Y%，落后时间进度Z个百分点" — the clause every investment sentence shares. */
function investmentClause(a: Aggregate, locale: Locale, unit: MoneyUnit): string {
  const money = formatMoney(a.completedYtd, locale, unit);
  if (locale === 'zh-CN') {
    if (a.completionPct === undefined || a.lagPoints === undefined) return `完成投资${money}`;
    return `完成投资${money}，完成年度计划的${formatPercent(a.completionPct, locale)}，${lagPhrase(a.lagPoints, locale)}`;
  }
  if (a.completionPct === undefined || a.lagPoints === undefined) return `completed ${money} of investment`;
  return `completed ${money} of investment, ${formatPercent(a.completionPct, locale)} of the year's plan, ${lagPhrase(a.lagPoints, locale)}`;
}

/** The portfolio's headline: "1-2月，全县重点项目完成投资4.18亿元，完成年度计划的4.9%，落后时间进度11.8个百分点。" */
export function portfolioSentence(a: Aggregate, locale: Locale, options: SentenceOptions = {}): string {
  const unit = options.moneyUnit ?? '万元';
  if (locale === 'zh-CN') return `${opening(a.period, locale)}${zhScope(options)}重点项目${investmentClause(a, locale, unit)}。`;
  return `${opening(a.period, locale)}key projects across ${enScope(options)} ${investmentClause(a, locale, unit)}.`;
}

/** Which kind of group a sentence speaks of (the grouping field of metrics/aggregate.ts). */
export type GroupKind = GroupBy;

const RANK_NOUN: Record<GroupKind, { zh: string; en: string }> = {
  program: { zh: '个工程', en: 'programs' },
  responsibleUnit: { zh: '个责任单位', en: 'units' },
  township: { zh: '个乡镇（街道）', en: 'townships' },
};

/**
 * A program's, unit's or township's sentence, with its place in the ranking when given:
 * "1-2月，县住房和城乡建设局负责的3个项目完成投资3,500万元，完成年度计划的20%，超过时间进度3.3个百分点，
 * 在6个责任单位中排名第2位，评为“优”；其中严重滞后项目1个。"
 */
export function groupSentence(a: Aggregate, kind: GroupKind, locale: Locale, ranked?: RankedGroup, options: SentenceOptions = {}): string {
  const unit = options.moneyUnit ?? '万元';
  const n = formatCount(a.projectCount, locale);
  const serious = a.statusCounts['seriously-behind'];
  const behind = a.statusCounts.behind;
  const rank = ranked?.rank;
  if (locale === 'zh-CN') {
    const subject = kind === 'responsibleUnit' ? `${a.key}负责的${n}个项目` : kind === 'township' ? `${a.key}${n}个重点项目` : `${a.key}${n}个项目`;
    let s = `${opening(a.period, locale)}${subject}${investmentClause(a, locale, unit)}`;
    if (ranked && rank !== undefined && ranked.of > 1) {
      s += `，在${ranked.of}${RANK_NOUN[kind].zh}中排名${formatPlace(rank, ranked.of, locale)}`;
      if (ranked.grade) s += `，评为“${gradeLabel(ranked.grade, locale)}”`;
    }
    const details = [
      serious > 0 ? `严重滞后项目${serious}个` : '',
      behind > 0 ? `滞后项目${behind}个` : '',
      a.stalledCount > 0 ? `停滞项目${a.stalledCount}个` : '',
    ].filter(Boolean);
    return `${s}${details.length > 0 ? `；其中${details.join('、')}` : ''}。`;
  }
  const projects = a.projectCount === 1 ? `the one project` : `the ${n} projects`;
  const subject = kind === 'responsibleUnit' ? `${projects} of ${a.key}` : `${projects} in ${a.key}`;
  let s = `${opening(a.period, locale)}${subject} ${investmentClause(a, locale, unit)}`;
  if (ranked && rank !== undefined && ranked.of > 1) {
    s += `, ranking ${formatPlace(rank, ranked.of, locale)} of ${ranked.of} ${RANK_NOUN[kind].en}`;
    if (ranked.grade) s += ` (graded ${gradeLabel(ranked.grade, locale)})`;
  }
  const details = [
    serious > 0 ? `${serious} seriously behind` : '',
    behind > 0 ? `${behind} behind` : '',
    a.stalledCount > 0 ? `${a.stalledCount} stalled` : '',
  ].filter(Boolean);
  return `${s}.${details.length > 0 ? ` Of these, ${details.join(', ')}.` : ''}`;
}

const NATURE_ZH: Record<Exclude<NatureKey, 'unknown'>, string> = { continuing: '续建项目', new: '新开工项目', preparatory: '前期项目' };
const NATURE_EN: Record<Exclude<NatureKey, 'unknown'>, [string, string]> = {
  continuing: ['continuing project', 'continuing projects'],
  new: ['new start', 'new starts'],
  preparatory: ['preparatory project', 'preparatory projects'],
};

/** Stages by nature: "续建项目26个，已开工17个；新开工项目18个，已开工5个；前期项目20个，均未开工。" */
export function stageSentence(a: Aggregate, locale: Locale): string {
  const parts: string[] = [];
  for (const nature of ['continuing', 'new', 'preparatory'] as const) {
    const c = a.byNature[nature];
    if (c.total === 0) continue;
    if (locale === 'zh-CN') {
      let p = `${NATURE_ZH[nature]}${c.total}个，`;
      p += c.started === 0 ? '均未开工' : c.started === c.total ? '均已开工' : `已开工${c.started}个`;
      if (c.finished > 0) p += `（其中已竣工${c.finished}个）`;
      parts.push(p);
    } else {
      let p = `${plural(c.total, ...NATURE_EN[nature])}, `;
      p += c.started === 0 ? 'none started' : c.started === c.total ? 'all started' : `${c.started} started`;
      if (c.finished > 0) p += ` (${c.finished} completed)`;
      parts.push(p);
    }
  }
  if (parts.length === 0) return '';
  return locale === 'zh-CN' ? `${parts.join('；')}。` : `${parts.join('; ')}.`;
}

export interface IndicatorSentenceOptions extends SentenceOptions {
  /** Peers' noun: '县' → "在6个县中". */
  peerNoun?: string;
  /** In English: 'counties'. */
  peerNounEn?: string;
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
  const zh = locale === 'zh-CN';
  const clauses: string[] = [];
  const hasGrowth = s.growth !== undefined;
  const showValue = s.value !== undefined && (!hasGrowth || options.showValue);
  // Subject and figure.
  if (zh) {
    let head = `${zhScope(options)}${s.indicator}`;
    if (showValue) head += `${s.valueKind === 'level' ? '为' : ''}${valueText(s, locale)}`;
    if (s.growth !== undefined) head += `${showValue ? '，' : ''}同比${formatGrowth(s.growth, locale)}`;
    clauses.push(head);
  } else {
    const verb = s.growth === undefined ? '' : s.growth > 0 ? 'grew' : s.growth < 0 ? 'fell' : 'was flat';
    let head = `${s.indicator} in ${enScope(options)}`;
    if (showValue) head += ` was ${valueText(s, locale)}`;
    if (s.growth !== undefined) {
      const amount = s.growth === 0 ? '' : ` ${formatPercent(Math.abs(s.growth), locale)}`;
      head += `${showValue ? ', and' : ''} ${verb}${amount} year on year`;
    }
    clauses.push(head);
  }
  // Against the target. The gap is signed so that negative is short of it (metrics/indicators.ts);
  // a lower-is-better target is a cap, said as officials say it: 控制在4.5%以内.
  const gap = (points: number, target: string) => {
    const abs = formatPointsAbs(points, locale);
    if (s.direction === 'lower') {
      if (zh) return points >= 0 ? `控制在年度目标（${target}）以内` : `超出年度控制目标（${target}）${abs}`;
      return points >= 0 ? `within the annual cap (${target})` : `${abs} above the annual cap (${target})`;
    }
    const level = publishedPct(points) === 0;
    if (zh) return level ? '与年度目标持平' : points > 0 ? `高于年度目标${abs}` : `低于年度目标${abs}`;
    return level ? 'in line with the annual target' : `${abs} ${points > 0 ? 'above' : 'below'} the annual target`;
  };
  const targetGrowth = s.target?.targetGrowth;
  const targetValue = s.target?.targetValue;
  if (s.growthGapPoints !== undefined && targetGrowth !== undefined) clauses.push(gap(s.growthGapPoints, formatGrowth(targetGrowth, locale)));
  else if (!hasGrowth && s.valueKind === 'level' && s.unit === '%' && s.valueGap !== undefined && targetValue !== undefined) clauses.push(gap(s.valueGap, formatPercent(targetValue, locale)));
  else if (!hasGrowth && s.targetPct !== undefined) {
    const share = formatPercent(s.targetPct, locale);
    if (s.valueKind === 'flow' && s.targetLagPoints !== undefined) {
      clauses.push(zh ? `完成年度目标的${share}，${lagPhrase(s.targetLagPoints, locale)}` : `${share} of the annual target, ${lagPhrase(s.targetLagPoints, locale)}`);
    } else {
      clauses.push(zh ? `为年度目标的${share}` : `${share} of the annual target`);
    }
  }
  // Among peers.
  if (s.rank && s.rank.of > 1) {
    const place = formatPlace(s.rank.rank, s.rank.of, locale);
    let r = zh
      ? `在${s.rank.of}个${options.peerNoun ?? '县'}中排名${place}`
      : `ranking ${place} among ${s.rank.of} ${options.peerNounEn ?? 'counties'}`;
    if (options.showRankChange && s.rankChange !== undefined) {
      const k = Math.abs(s.rankChange);
      if (zh) r += s.rankChange > 0 ? `，比上期前移${k}位` : s.rankChange < 0 ? `，比上期后退${k}位` : '，位次与上期持平';
      else r += s.rankChange > 0 ? `, up ${k} since the previous period` : s.rankChange < 0 ? `, down ${k} since the previous period` : ', unchanged since the previous period';
    }
    clauses.push(r);
  }
  const open = opening(s.period, locale, s.kind === 'stock');
  return zh ? `${open}${clauses.join('，')}。` : `${open}${clauses.join(', ')}.`;
}

/** "重大项目建设百日攻坚行动已进行61天，剩余39天；新开工项目1个（目标12个），完成投资1.2亿元，为投资目标的20%。" */
export function campaignSentence(p: CampaignProgress, locale: Locale, options: SentenceOptions = {}): string {
  const unit = options.moneyUnit ?? '万元';
  const { days, campaign } = p;
  const zh = locale === 'zh-CN';
  const when = days.phase === 'upcoming'
    ? (zh ? '尚未开始' : 'has not started')
    : days.phase === 'ended'
      ? (zh ? `已结束，历时${days.totalDays}天` : `has ended after ${days.totalDays} days`)
      : (zh ? `已进行${days.elapsedDays}天，剩余${days.daysLeft}天` : `is on day ${days.elapsedDays} of ${days.totalDays}, ${days.daysLeft} days left`);
  if (days.phase === 'upcoming') return zh ? `${campaign.name}${when}。` : `${campaign.name} ${when}.`;
  const parts: string[] = [];
  const target = (n: number | undefined) => (n === undefined ? '' : zh ? `（目标${n}个）` : ` (target ${n})`);
  if (zh) {
    parts.push(`新开工项目${p.starts}个${target(campaign.targetStarts)}`);
    if (campaign.targetCompletions !== undefined || p.completions > 0) parts.push(`竣工项目${p.completions}个${target(campaign.targetCompletions)}`);
    let inv = `完成投资${formatMoney(p.investment, locale, unit)}`;
    if (p.investmentPct !== undefined) inv += `，为投资目标的${formatPercent(p.investmentPct, locale)}`;
    parts.push(inv);
    return `${campaign.name}${when}；${parts.join('，')}。`;
  }
  parts.push(`${plural(p.starts, 'project', 'projects')} started${target(campaign.targetStarts)}`);
  if (campaign.targetCompletions !== undefined || p.completions > 0) parts.push(`${p.completions} completed${target(campaign.targetCompletions)}`);
  let inv = `${formatMoney(p.investment, locale, unit)} invested`;
  if (p.investmentPct !== undefined) inv += ` (${formatPercent(p.investmentPct, locale)} of the target)`;
  parts.push(inv);
  return `${campaign.name} ${when}: ${parts.join(', ')}.`;
}

/** "24个征拆项目中，9个已全部完成征拆任务；共完成征地885.5亩，征地任务完成60%，房屋拆迁完成51%。" */
export function landSentence(l: LandTotals, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const clauses: string[] = [];
  if (zh) {
    const head = `${l.projectCount}个征拆项目中，${l.fullyDoneCount}个已全部完成征拆任务`;
    if (l.landAcquiredMu > 0 || l.landPct !== undefined) clauses.push(`共完成征地${formatMu(l.landAcquiredMu, locale)}`);
    if (l.demolished > 0) clauses.push(`拆除房屋${formatCount(l.demolished, locale)}栋`);
    if (l.landPct !== undefined) clauses.push(`征地任务完成${formatPercent(l.landPct, locale)}`);
    if (l.demolitionPct !== undefined) clauses.push(`房屋拆迁完成${formatPercent(l.demolitionPct, locale)}`);
    return `${head}${clauses.length > 0 ? `；${clauses.join('，')}` : ''}。`;
  }
  const head = `Of ${plural(l.projectCount, 'project', 'projects')} with land to clear, ${l.fullyDoneCount} ${l.fullyDoneCount === 1 ? 'has' : 'have'} finished`;
  if (l.landAcquiredMu > 0 || l.landPct !== undefined) clauses.push(`${formatMu(l.landAcquiredMu, locale)} of land acquired`);
  if (l.demolished > 0) clauses.push(`${formatCount(l.demolished, locale)} ${l.demolished === 1 ? 'building' : 'buildings'} demolished`);
  if (l.landPct !== undefined) clauses.push(`${formatPercent(l.landPct, locale)} of the land target`);
  if (l.demolitionPct !== undefined) clauses.push(`${formatPercent(l.demolitionPct, locale)} of the demolition target`);
  return `${head}${clauses.length > 0 ? `; ${clauses.join(', ')}` : ''}.`;
}
