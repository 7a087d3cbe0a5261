import { describe, it } from 'vitest';
import { charts } from './all-charts.ts';
import { expectSnapshot } from './snapshot.ts';

describe('chart snapshots (test/output/charts/<name>.svg)', () => {
  for (const [name, make] of Object.entries(charts)) {
    it(name, () => {
      const chart = make();
      expectSnapshot(name, chart.svg);
      expectSnapshot(name, chart.csv, 'csv');
    });
  }
});
