// The land section's words in English: the same keys as zh-CN.ts, which the type below checks.
import type { MessagesOf } from '../../../i18n/types.ts';
import type zhCN from './zh-CN.ts';

export default {
  'land.title': 'Land and demolition',
  'land.projectCount': 'Projects',
  'land.doneNote': '{n} fully done',
  'land.acquired': 'Land acquired',
  'land.targetNote': 'of {target} ({pct})',
  'land.demolishedCount': 'Buildings demolished',
  'land.buildingsN': '{n}',
  'land.area': 'Area demolished',
  'land.chartHeading': 'Land acquired, project by project',
  'land.chartTitle': 'Share of the land target acquired, by project',
  'land.tableHeading': 'Project by project',
  'land.tableCaption': 'Land acquisition and demolition by project ({n})',
  'land.order': 'Projects not yet done come first, least land acquired first.',
  'land.landTarget': 'Land to acquire (mu)',
  'land.landAcquired': 'Acquired (mu)',
  'land.demolitionTarget': 'Buildings to demolish',
  'land.demolished': 'Demolished',
  'land.areaSqm': 'Area demolished (m²)',
  'land.state': 'Done',
  'land.done': 'Done',
  'land.notDone': 'Not done',
  'land.method': 'A rate is the amount done over the target; the total rate is the sum done over the sum of targets, not an average of the projects’ rates.',
  // The section's sentence (core/sentences.ts landSentence).
  'land.sentence.head': 'Of {count, plural, one {# project} other {# projects}} with land to clear, {done} {done, plural, one {has} other {have}} finished',
  'land.sentence.acquired': '{mu:mu} of land acquired',
  'land.sentence.demolished': '{n:count} {n, plural, one {building} other {buildings}} demolished',
  'land.sentence.landPct': '{pct:percent} of the land target',
  'land.sentence.demolitionPct': '{pct:percent} of the demolition target',
  'land.sentence.withClauses': '{head}; {clauses}.',
  'land.sentence.plain': '{head}.',
} satisfies MessagesOf<typeof zhCN>;
