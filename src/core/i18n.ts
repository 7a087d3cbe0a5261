// The interface's words: a facade over src/i18n/ for the code that asks by locale. The words
// themselves are in per-locale message files, src/i18n/core/<locale>.ts and
// src/sections/<id>/i18n/<locale>.ts; the one translation function is createTranslator(locale)
// (src/i18n/translator.ts), which fills {slots}, formats numbers and chooses plural forms.

import type { AttractionStage, Locale, ProjectNature, Stage, TaskStatus } from './types.ts';
import type { CampaignPhase } from './metrics/campaigns.ts';
import type { Grade, Movement } from './metrics/ranking.ts';
import type { ProjectStatus } from './metrics/status.ts';
import { catalog, writtenLocales, type Catalog, type MessageKey } from '../i18n/catalog.ts';
import { createTranslator, type Slots } from '../i18n/translator.ts';
import { publishedPct } from './rounding.ts';
import type { WrittenLocale } from '../i18n/types.ts';

export type { MessageKey } from '../i18n/catalog.ts';
export { createTranslator, type Translate } from '../i18n/translator.ts';

/** Every written locale's merged messages (core and sections). */
export const messages = Object.fromEntries(writtenLocales.map((l) => [l, catalog(l)])) as Record<WrittenLocale, Catalog>;

/** The string for `key` in `locale`, with its slots filled: createTranslator(locale)(key, slots). */
export function t(locale: Locale, key: MessageKey, params?: Slots): string {
  return createTranslator(locale)(key, params);
}

export const statusLabel = (s: ProjectStatus, locale: Locale) => t(locale, `status.${s}`);

/**
 * One project's status as its badge says it: 'completed' is 已竣工 or 已投产 for a finished
 * stage, 超额完成年度计划 above 100.0%, else 完成年度计划; the other statuses as statusLabel.
 */
export function projectStatusLabel(m: { status: ProjectStatus; stage?: Stage | undefined; completionPct?: number | undefined }, locale: Locale): string {
  if (m.status !== 'completed') return statusLabel(m.status, locale);
  if (m.stage === 'completed' || m.stage === 'operating') return t(locale, `status.done.${m.stage}`);
  return t(locale, publishedPct(m.completionPct ?? 0) > 100 ? 'status.done.over' : 'status.done.met');
}

/** Whether a project's stage is finished (竣工/投产): its lag to time progress is not shown. */
export const finishedStage = (stage: Stage | undefined): boolean => stage === 'completed' || stage === 'operating';
export const stageLabel = (s: Stage | undefined, locale: Locale) => t(locale, `stage.${s ?? 'unknown'}`);
export const natureLabel = (n: ProjectNature | undefined, locale: Locale) => t(locale, `nature.${n ?? 'unknown'}`);
export const gradeLabel = (g: Grade, locale: Locale) => t(locale, `grade.${g}`);
export const movementLabel = (m: Movement, locale: Locale) => t(locale, `movement.${m}`);
export const taskStatusLabel = (s: TaskStatus, locale: Locale) => t(locale, `task.${s}`);
export const campaignPhaseLabel = (p: CampaignPhase, locale: Locale) => t(locale, `campaign.${p}`);
export const attractionStageLabel = (s: AttractionStage, locale: Locale) => t(locale, `attraction.${s}`);
