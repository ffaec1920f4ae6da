/**
 * Results of a pure function, by a string key. Checks repeat the same allowlist at every handler,
 * so their judgement is computed once. Emptied past `limit` entries: a long lint run does not keep
 * every file's values.
 */
export function memoByKey<T>(limit = 500): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
