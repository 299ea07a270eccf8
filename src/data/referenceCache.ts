import type { Payload } from 'payload'

/**
 * Reference data every public page needs (site settings, themes, areas, school holidays)
 * changes a few times a year but would cost a query each per page. It is kept per Payload
 * instance for a short time and dropped at once when an editor saves one of them (hooks
 * installed by the directory plugin). Other processes see a change within TTL_MS.
 */
const REFERENCE_TTL_MS = 30_000

/** The collections and globals whose changes drop the cache. */

type Entry = { value: Promise<unknown>; expires: number }
const caches = new WeakMap<Payload, Map<string, Entry>>()

export const cachedReference = <T>(
  payload: Payload,
  key: string,
  load: () => Promise<T>,
  now = Date.now(),
): Promise<T> => {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new Map<string, Entry>()))
  const hit = cache.get(key)
  if (hit && hit.expires > now) return hit.value as Promise<T>
  const value = load()
  cache.set(key, { value, expires: now + REFERENCE_TTL_MS })
  // A failed load is not kept: the next page tries again.
  value.catch(() => cache.delete(key))
  return value
}

export const invalidateReference = (payload: Payload): void => {
  caches.get(payload)?.clear()
}
