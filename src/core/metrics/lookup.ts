// Look-ups by key over the loaded data, built once per array (loaded data is never
// mutated), so that a page per project does not search the whole list for its own rows:
// 10,000 project pages × a 10,000-row find is 10^8 comparisons.

type Key = string | number | undefined;

const firsts = new WeakMap<readonly object[], Map<string, Map<Key, object>>>();
const groups = new WeakMap<readonly object[], Map<string, Map<Key, object[]>>>();

/** The first item whose `field` is `value`: what items.find((x) => x[field] === value) returns. */
export function firstBy<T extends object, K extends keyof T & string>(items: readonly T[], field: K, value: T[K]): T | undefined {
  let byField = firsts.get(items);
  if (!byField) firsts.set(items, (byField = new Map()));
  let index = byField.get(field);
  if (!index) {
    index = new Map();
    for (const item of items) {
      const key = item[field] as Key;
      if (!index.has(key)) index.set(key, item);
    }
    byField.set(field, index);
  }
  return index.get(value as Key) as T | undefined;
}

/** Every item whose `field` is `value`, in array order: what items.filter((x) => x[field] === value) returns (a new array). */
export function allBy<T extends object, K extends keyof T & string>(items: readonly T[], field: K, value: T[K]): T[] {
  let byField = groups.get(items);
  if (!byField) groups.set(items, (byField = new Map()));
  let index = byField.get(field);
  if (!index) {
    index = new Map();
    for (const item of items) {
      const key = item[field] as Key;
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
    byField.set(field, index);
  }
  return [...((index.get(value as Key) as T[] | undefined) ?? [])];
}
