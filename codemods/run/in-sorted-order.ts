/**
 * Hands on items that finish out of order (files in flight at once) in the order of their index,
 * so reports such as `--diff` list files sorted, whatever thread finished first. Holds only the
 * items that wait for an earlier file.
 */
export function inSortedOrder<T>(emit: (item: T) => void) {
  const items = new Map<number, T>();
  const finished = new Set<number>();
  let next = 0;
  return {
    /** Item `index`, emitted once every earlier index is done. */
    add(index: number, item: T): void {
      items.set(index, item);
    },
    /** Index `index` has nothing more to add. */
    done(index: number): void {
      finished.add(index);
      while (finished.delete(next)) {
        const item = items.get(next);
        items.delete(next++);
        if (item !== undefined) emit(item);
      }
    },
  };
}
