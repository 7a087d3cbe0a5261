// The order in which an office lists its programs, units and townships, used wherever a page
// lists them and to settle a tie in a ranking: programs by programs.csv's 排序 column, units
// and townships in units.csv's row order (as the office's own documents list them, often by
// 笔画 or by the order of the government's departments); any group the files do not list
// comes after them, by name in code-point order, which is the same on every machine.

import type { Program, Unit } from '../types.ts';
import type { GroupBy } from './aggregate.ts';

export type NameOrder = (a: string, b: string) => number;

const byCodePoint: NameOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export function officeOrder(by: GroupBy, programs: readonly Program[] = [], units: readonly Unit[] = []): NameOrder {
  const position = new Map<string, number>();
  if (by === 'program') {
    for (const p of programs) if (p.order !== undefined) position.set(p.name, p.order);
  } else {
    units.forEach((u, i) => position.set(u.name, i));
  }
  const at = (name: string) => position.get(name) ?? Number.POSITIVE_INFINITY;
  return (a, b) => at(a) - at(b) || byCodePoint(a, b);
}
