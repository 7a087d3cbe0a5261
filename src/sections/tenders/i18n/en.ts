// The tenders section's words in English: the same keys as zh-CN.ts, which the type below checks.
import type { MessagesOf } from '../../../i18n/types.ts';
import type zhCN from './zh-CN.ts';

export default {
  'tenders.title': 'Tenders',
  'tenders.lead': '{lots} lots of {projects} projects, awards totalling {amount}.',
  'tenders.flagSentence': 'Of these, {single} had a single bidder in a competitive procedure, {direct} were single-source or direct awards above {threshold}, and {over} exceeded the project’s total investment.',
  'tenders.tableHeading': 'Every lot',
  'tenders.caption': 'Tenders ({n} lots)',
  'tenders.project': 'Project',
  'tenders.flags': 'Flags',
  'tenders.flag.single_bidder': 'Single bidder',
  'tenders.flag.direct_award': 'Large direct award',
  'tenders.flag.above_total': 'Award above total investment',
  'tenders.flagsExplain': 'Flags: one bid in an open or invited tender, a competitive negotiation or consultation; a single-source or direct award above {threshold} (the amount above which works must be tendered; adjustable in the site settings); one lot’s award above the project’s total investment. A flag says “look here”, not “wrong”.',
  'tenders.contractsHeading': 'Contracted against total investment',
  'tenders.contractsCaption': 'Contracted per project ({n} projects)',
  'tenders.lots': 'Lots',
  'tenders.contracted': 'Contracted',
  'tenders.awarded': 'Awarded',
  'tenders.contractedPct': 'Share of total',
  'tenders.overTotal': 'Above total investment',
  'tenders.contractsNote': 'Contracted: the awards of lots with a contract date.',
  'tenders.pending': 'pending',
  'tenders.projectHeading': 'Tenders',
} satisfies MessagesOf<typeof zhCN>;
