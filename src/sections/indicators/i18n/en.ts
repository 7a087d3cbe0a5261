// The indicators section's words in English: the same keys as zh-CN.ts, which the type below checks.
import type { MessagesOf } from '../../../i18n/types.ts';
import type zhCN from './zh-CN.ts';

export default {
  'indicator.title': 'Economic indicators',
  'indicator.lead': 'The latest figures of the main economic indicators of {region}, against the year’s targets and peer counties.',
  'indicator.tableCaption': 'Economic indicators (latest period of each)',
  'indicator.name': 'Indicator',
  'indicator.period': 'Period',
  'indicator.value': 'Value',
  'indicator.summaryHeading': 'Indicator by indicator',
  'indicator.trendHeading': 'Over time',
  'indicator.peersHeading': 'Among peer counties',
  'indicator.peersCaption': '{name} among peer counties, {period}',
  'indicator.region': 'Region',
  'indicator.basis.growth': 'Ranked by year-on-year growth.',
  'indicator.basis.value': 'Ranked by cumulative value.',
  'indicator.lowerIsBetter': 'For this indicator lower is better: the lowest ranks first.',
  'indicator.rankChange': 'Rank change',
  'indicator.previous': 'Previous period ({period}): {rank}.',
  'indicator.noPrevious': 'No previous rank to compare with.',
  'indicator.historyHeading': 'All periods',
  'indicator.historyCaption': '{name} in {region}, every period',
  'indicator.allIndicators': 'All indicators',
  // Figures of the indicator tables (site/indicator-page.ts).
  'indicator.targetGrowth': 'growth {g}',
  'indicator.verdict.on': ' (on target)',
  'indicator.verdict.off': ' (short of target)',
  'indicator.gap.share': '{share:percent} of the annual target',
  'indicator.gap.shareLag': '{share:percent} of the annual target, {lag}',
  'indicator.rankChange.up': 'up {k, plural, one {# place} other {# places}} since the previous period',
  'indicator.rankChange.down': 'down {k, plural, one {# place} other {# places}} since the previous period',
  'indicator.rankChange.same': 'unchanged since the previous period',
} satisfies MessagesOf<typeof zhCN>;
