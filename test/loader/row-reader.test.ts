// The compiled row reader (validate-table.ts rowReader) against the loop it stands for
// (plainRowReader): same values, same keys in the same order, same failures, for any
// columns, keys (quotes, line separators, "__proto__", "constructor", digits), private
// columns, short rows and parser results.
// Set FC_SEED to replay a failure; FC_RUNS to run more cases.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnBinding } from '../../src/core/headers.ts';
import type { ParsedCell } from '../../src/core/cells.ts';
import type { FieldDef } from '../../src/core/schema.ts';
import { plainRowReader, rowReader } from '../../src/core/validate-table.ts';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() ^ (Math.random() * 0x100000000);
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 300;
const params = { seed: SEED, numRuns: RUNS };

const key = fc.oneof(
  fc.constantFrom('projectId', 'yearPlan', 'a"b', "it's", 'back\\slash', 'line\u2028sep', '0', '12', 'constructor', 'toString', '__proto__', 'x'),
  fc.string({ maxLength: 6 }),
);

/** What a parser gives for a cell: decided by the cell's text, so both readers see the same. */
function parserFor(column: number): (raw: string) => ParsedCell {
  return (raw) => {
    // Some columns are required: an empty cell is an error there, a cell past a short row is not read.
    if (raw === '') return column % 3 === 2 ? ({ ok: false, problem: { code: 'constraint-error', message: `列${column}必填`, messageEn: 'required' } } as ParsedCell) : undefined;
    if (raw.startsWith('!')) return { ok: false, problem: { code: 'type-error', message: `列${column}`, messageEn: `column ${column}` } } as ParsedCell;
    if (/^\d+$/.test(raw)) return Number(raw) + column;
    return `${raw}@${column}`;
  };
}

const table = fc
  .record({
    columns: fc.array(fc.record({ key, private: fc.boolean(), index: fc.nat(8) }), { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(fc.oneof(fc.constantFrom('', '!bad', '7', '0042'), fc.string({ maxLength: 4 })), { maxLength: 10 }), { minLength: 1, maxLength: 6 }),
  })
  .map(({ columns, rows }) => ({
    // Distinct cell indexes, as a header binds them.
    columns: columns.filter((c, i) => columns.findIndex((d) => d.index === c.index) === i),
    rows,
  }));

function read(make: typeof rowReader, columns: ColumnBinding[], rows: string[][]) {
  const failures: unknown[] = [];
  const reader = make(columns, columns.map((_, c) => parserFor(c)), (column, raw, problem) => failures.push([column, raw, problem.code, problem.message]));
  const out = rows.map((cells) => {
    const values: Record<string, string | number> = {};
    reader(cells, values);
    // Own keys in order, and the prototype left alone.
    return { entries: Object.entries(values), proto: Object.getPrototypeOf(values) === Object.prototype };
  });
  return { out, failures };
}

describe('rowReader', () => {
  it('reads rows as the plain loop does', () => {
    fc.assert(
      fc.property(table, ({ columns, rows }) => {
        const bindings: ColumnBinding[] = columns.map((c) => ({ index: c.index, label: c.key, field: { name: c.key, key: c.key, private: c.private } as unknown as FieldDef }));
        expect(read(rowReader, bindings, rows)).toEqual(read(plainRowReader, bindings, rows));
      }),
      params,
    );
  });

  it('leaves out empty, invalid and private cells and cells past a short row', () => {
    const field = (key: string, isPrivate = false) => ({ name: key, key, private: isPrivate }) as unknown as FieldDef;
    const columns: ColumnBinding[] = [
      { index: 0, label: 'id', field: field('id') },
      { index: 2, label: 'plan', field: field('plan') },
      { index: 1, label: 'phone', field: field('phone', true) },
      { index: 5, label: 'late', field: field('late') },
    ];
    const { out, failures } = read(rowReader, columns, [['SL-1', '13800000000', '12'], ['', '!x', '!bad'], ['SL-2', '', '1', '', '', '']]);
    expect(out.map((o) => Object.fromEntries(o.entries))).toEqual([{ id: 'SL-1@0', plan: 13 }, {}, { id: 'SL-2@0', plan: 2 }]);
    expect(failures).toEqual([
      [1, '!bad', 'type-error', '列1'],
      [2, '!x', 'type-error', '列2'],
      [2, '', 'constraint-error', '列2必填'],
    ]);
  });
});
