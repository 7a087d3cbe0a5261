// What the indicator pages lay out: each indicator's latest snapshot for the portal's region,
// its figures as text, and its periods. Pure; the figures come from core/metrics/indicators.ts
// and every number is written by core/format.ts.

import type { IndicatorTarget, Locale, YearMonth } from '../core/types.ts';
import {
  indicatorNames,
  indicatorSeries,
  indicatorSnapshot,
  type IndicatorInput,
  type IndicatorSnapshot,
  type RankPosition,
} from '../core/metrics/indicators.ts';
import { publishedPct } from '../core/rounding.ts';
import { formatFromBottom, formatPercent, formatPointsAbs, formatRank, formatValue, isBottomPosition } from '../core/format.ts';
import { regionKind } from '../core/publication.ts';
import { createTranslator } from '../i18n/translator.ts';
import { lagPhrase } from '../core/sentences.ts';

/** Every indicator the region reports, in indicators.csv order, at the region's latest period for it. */
export function latestSnapshots(input: IndicatorInput, region: string = input.config.region): IndicatorSnapshot[] {
  const out: IndicatorSnapshot[] = [];
  for (const name of indicatorNames(input.indicators)) {
    const last = indicatorSeries(input.indicators, name, region).at(-1);
    const snapshot = last && indicatorSnapshot(input, name, last.period, region);
    if (snapshot) out.push(snapshot);
  }
  return out;
}

/** Indicators the region reports (the ones that get a page). */
export function regionIndicatorNames(input: IndicatorInput, region: string = input.config.region): string[] {
  return indicatorNames(input.indicators).filter((name) => indicatorSeries(input.indicators, name, region).length > 0);
}

/** A value with its unit: "86.5亿元", "61.33%", "86.5 亿元" in English; '—' when missing. */
export function valueText(value: number | undefined, unit: string | undefined, locale: Locale): string {
  return value === undefined ? '—' : formatValue(value, unit, locale);
}

/** Growth as a signed percentage, for tables: "7.6%", "−1.2%"; '—' when missing. */
export function growthText(growth: number | undefined, locale: Locale): string {
  return growth === undefined ? '—' : formatPercent(growth, locale);
}

/** The year's target: "增长7%", "320亿元", or both; '—' when there is none. */
export function targetText(target: IndicatorTarget | undefined, unit: string | undefined, locale: Locale): string {
  if (!target) return '—';
  const t = createTranslator(locale);
  const parts: string[] = [];
  if (target.targetValue !== undefined) parts.push(valueText(target.targetValue, unit, locale));
  if (target.targetGrowth !== undefined) parts.push(t('indicator.targetGrowth', { g: formatPercent(target.targetGrowth, locale) }));
  return parts.length ? parts.join(t('punct.comma')) : '—';
}

/**
 * The gap to the target as the table shows it, on the same basis as indicatorSentence: growth
 * against target growth; else a level against the target value; else a flow's share of the
 * full-year target against time progress. With "达到目标"/"未达到目标" in words, direction respected.
 */
export function gapText(s: IndicatorSnapshot, locale: Locale): string {
  const t = createTranslator(locale);
  const verdict = s.onTarget === undefined ? '' : t(s.onTarget ? 'indicator.verdict.on' : 'indicator.verdict.off');
  // The direction in words ("低于目标4.8个百分点"), as officials write a gap in prose and in a cell alike.
  // The gap is signed better (+) or worse (−) than the target; for a lower-is-better target better is below it.
  const side = (gap: number, rounded: number, amount: string) =>
    rounded === 0 ? t('indicator.gap.level') : t(gap > 0 === (s.direction !== 'lower') ? 'indicator.gap.above' : 'indicator.gap.below', { amount });
  if (s.growthGapPoints !== undefined) return `${side(s.growthGapPoints, publishedPct(s.growthGapPoints), formatPointsAbs(s.growthGapPoints, locale))}${verdict}`;
  if (s.valueKind === 'level' && s.valueGap !== undefined) {
    const amount = s.unit === '%' ? formatPointsAbs(s.valueGap, locale) : valueText(Math.abs(s.valueGap), s.unit, locale);
    return `${side(s.valueGap, s.unit === '%' ? publishedPct(s.valueGap) : s.valueGap, amount)}${verdict}`;
  }
  if (s.targetPct !== undefined) {
    if (s.targetLagPoints === undefined) return t('indicator.gap.share', { share: s.targetPct });
    return t('indicator.gap.shareLag', { share: s.targetPct, lag: lagPhrase(s.targetLagPoints, locale) });
  }
  return '—';
}

/** A place among peers: "第5名（共6个），倒数第二"; "第2名（共6个）"; '—' when not ranked. */
export function rankText(pos: RankPosition | undefined, locale: Locale): string {
  if (!pos) return '—';
  const base = formatRank(pos.rank, pos.of, locale);
  if (!isBottomPosition(pos.rank, pos.of)) return base;
  return `${base}${createTranslator(locale)('punct.comma')}${formatFromBottom(pos.fromBottom, locale)}`;
}

/** Rank change since the previous period: "比上期前移1位" / "比上期后退2位" / "与上期持平". */
export function rankChangeText(change: number | undefined, locale: Locale): string | undefined {
  if (change === undefined) return undefined;
  const k = Math.abs(change);
  return createTranslator(locale)(change > 0 ? 'indicator.rankChange.up' : change < 0 ? 'indicator.rankChange.down' : 'indicator.rankChange.same', { k });
}

/** How the portal's region calls itself beside its peers: 示例县 → 本县, 某区 → 本区 ("this county" in English). */
export function selfLabel(region: string, locale: Locale): string {
  return createTranslator(locale)('scope.self', { kind: regionKind(region) });
}

export interface IndicatorPeriodRow {
  period: YearMonth;
  value: number | undefined;
  growth: number | undefined;
  unit: string | undefined;
  target: IndicatorTarget | undefined;
  rank: RankPosition | undefined;
}

/** Every period the region reports for the indicator, newest first, with its rank among peers then. */
export function periodRows(input: IndicatorInput, name: string, region: string = input.config.region): IndicatorPeriodRow[] {
  return indicatorSeries(input.indicators, name, region)
    .reverse()
    .map((o) => {
      const s = indicatorSnapshot(input, name, o.period, region);
      return { period: o.period, value: o.value, growth: o.growth, unit: o.unit, target: s?.target, rank: s?.rank };
    });
}

/**
 * Who supplies an indicator's figures, as the data says (indicators.csv's 数据来源): the
 * region's own source first, then the peers' — each once.
 */
export function indicatorSources(input: Pick<IndicatorInput, 'indicators'>, name: string, region: string): string[] {
  const own: string[] = [];
  const others: string[] = [];
  for (const o of input.indicators) {
    const source = o.indicator === name ? o.source?.trim() : undefined;
    if (!source) continue;
    const list = o.region === region ? own : others;
    if (!own.includes(source) && !others.includes(source)) list.push(source);
  }
  return [...own, ...others];
}
