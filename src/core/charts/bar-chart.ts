// Generic labelled horizontal bars: investment-attraction stages (a funnel: 意向 → 签约 →
// 合同 → 开工), land acquisition per project (%), or any list of named numbers.

import { byText, makeChart } from './chart.ts';
import { formatNumber, formatPercent } from './format.ts';
import { horizontalBars } from './hbars.ts';
import type { ChartLabels } from './labels.ts';
import type { RenderOptions } from './render.ts';
import type { Chart, Cell } from './types.ts';

export interface BarChartInput {
  id: string;
  title: string;
  bars: readonly { label: string; value: number | null | undefined }[];
  /** How values are written on the bars. 'percent' values are already in percent. */
  format: 'number' | 'percent';
  /** Decimals on the bars (default 0 for numbers, 1 for percent). */
  digits?: number;
  /** Keep the given order (a funnel) or sort, largest first. Default 'none'. */
  sort?: 'none' | 'descending';
  /** A value the axis always reaches, e.g. 100 for percent complete. */
  max?: number;
  /** Unit of the values, shown as a note and in the value column heading (e.g. 万元, 亩); optional. */
  unit?: string;
  /** Column headings; default to labels.name / labels.value. */
  categoryLabel?: string;
  valueLabel?: string;
}

export function barChart(input: BarChartInput, labels: ChartLabels, options?: RenderOptions): Chart {
  const bars = input.bars.map((b) => ({ label: b.label, value: b.value ?? null }));
  if (input.sort === 'descending') {
    bars.sort((a, b) => (a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : b.value - a.value) || byText(a.label, b.label));
  }
  const digits = input.digits ?? (input.format === 'percent' ? 1 : 0);
  const show = (v: number | null) => (v === null ? labels.noValue : input.format === 'percent' ? formatPercent(v) : formatNumber(v, digits));
  const unitWord = input.format === 'percent' ? '%' : input.unit;
  const description = labels.describeCounts(bars, input.format === 'percent' ? '%' : input.unit);
  const plot = horizontalBars({
    bars: bars.map((b) => ({ name: b.label, value: b.value, valueText: show(b.value), style: 'accent' as const })),
    include: input.max === undefined ? [] : [input.max],
    note: input.unit && input.format !== 'percent' ? labels.unitNote(input.unit) : undefined,
    emptyText: labels.noData,
  });
  const valueLabel = input.valueLabel ?? labels.value;
  const table = {
    columns: [
      { key: 'name', label: input.categoryLabel ?? labels.name },
      { key: 'value', label: unitWord ? `${valueLabel}（${unitWord}）` : valueLabel },
    ],
    rows: bars.map((b): Cell[] => [b.label, b.value]),
  };
  return makeChart({ id: input.id, title: input.title, description }, plot, table, options);
}
