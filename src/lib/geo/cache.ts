/**
 * A small LRU cache with a time to live (a Map keeps insertion order: the first key is the
 * least recently used one). No dependency: the geocoder needs get/set only.
 */
export interface Cache<V> {
  get: (key: string) => V | undefined
  set: (key: string, value: V) => void
  delete: (key: string) => void
  clear: () => void
  size: () => number
}

export interface LruCacheOptions {
  max?: number
  ttlMs?: number
  now?: () => number
}

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000

export const createLruCache = <V>({
  max = 1000,
  ttlMs = SEVEN_DAYS_MS,
  now = Date.now,
}: LruCacheOptions = {}): Cache<V> => {
  const entries = new Map<string, { value: V; expires: number }>()
  return {
    get: (key) => {
      const entry = entries.get(key)
      if (!entry) return undefined
      entries.delete(key)
      if (entry.expires <= now()) return undefined
      entries.set(key, entry)
      return entry.value
    },
    set: (key, value) => {
      entries.delete(key)
      entries.set(key, { value, expires: now() + ttlMs })
      while (entries.size > max) entries.delete(entries.keys().next().value as string)
    },
    delete: (key) => {
      entries.delete(key)
    },
    clear: () => entries.clear(),
    size: () => entries.size,
  }
}
