// How many projects are at each stage (前期 → 在建 → 竣工 → 投产), in the order given.

import { makeChart } from './chart.ts';
import { formatNumber } from './format.ts';
import { horizontalBars } from './hbars.ts';
import type { ChartLabels } from './labels.ts';
import type { RenderOptions } from './render.ts';
import type { Chart, Cell } from './types.ts';

export interface StageCountsInput {
  id: string;
  title: string;
  /** Stages in pipeline order, with their labels already in the page's language. */
  stages: readonly { stage: string; label: string; count: number }[];
  /** Word after a count in the sentence, e.g. "个" or "projects"; optional. */
  unit?: string;
}

export function stageCounts(input: StageCountsInput, labels: ChartLabels, options?: RenderOptions): Chart {
  const description = labels.describeCounts(input.stages.map((s) => ({ label: s.label, value: s.count })), input.unit);
  const plot = horizontalBars({
    bars: input.stages.map((s) => ({ name: s.label, value: s.count, valueText: formatNumber(s.count, 0), style: 'accent' as const })),
    emptyText: labels.noData,
  });
  const table = {
    columns: [
      { key: 'stage', label: labels.stage },
      { key: 'count', label: labels.count },
    ],
    rows: input.stages.map((s): Cell[] => [s.label, s.count]),
  };
  return makeChart({ id: input.id, title: input.title, description }, plot, table, options);
}
