/**
 * `items.map(project)` into a packed array. Once V8 optimizes a `map` call
 * it returns holey arrays, where it returned packed ones before: every
 * optimized loop over the results then meets a new array map, is
 * deoptimized and compiled again. Arrays built by `push` keep one kind.
 */
export function packedMap<Item, Result>(items: readonly Item[], project: (item: Item) => Result): Result[] {
  const results: Result[] = [];
  for (const item of items) results.push(project(item));
  return results;
}
