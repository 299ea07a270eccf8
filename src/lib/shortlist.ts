/**
 * A professional's shortlist for a client: only which listings, as keys — `a12` (activity 12),
 * `o5` (opening 5) — never anything about the client. While it is made it lives in a cookie
 * (`a12.o5`); shared, it is a signed link that expires.
 */
export const SHORTLIST_COOKIE = 'meedoen_lijstje'
/** A printout stays readable: at most this many listings. */
export const SHORTLIST_MAX = 20
/** How long a shared link works. */
export const SHARE_DAYS = 14

const KEY = /^[ao]\d{1,12}$/

export type ShortlistKey = `a${number}` | `o${number}`

export const isShortlistKey = (value: unknown): value is ShortlistKey =>
  typeof value === 'string' && KEY.test(value)

/** The key of a listing: `a` + id for activities, `o` + id for openings. */
export const shortlistKey = (collection: 'activities' | 'openings', id: number | string) =>
  `${collection === 'activities' ? 'a' : 'o'}${id}` as ShortlistKey

/** The keys in a cookie or link value (`a12.o5`): valid ones only, each once, at most SHORTLIST_MAX. */
export const parseShortlist = (raw: string | null | undefined): ShortlistKey[] =>
  [...new Set((raw ?? '').split('.').filter(isShortlistKey))].slice(0, SHORTLIST_MAX)

export const formatShortlist = (keys: readonly ShortlistKey[]): string => keys.join('.')

/** The list after one change: a key added at the end (when there is room) or taken out, or emptied. */
export const changeShortlist = (
  keys: readonly ShortlistKey[],
  change: { add?: string; remove?: string; clear?: boolean },
): ShortlistKey[] => {
  if (change.clear) return []
  const without = keys.filter((k) => k !== change.remove && k !== change.add)
  if (isShortlistKey(change.add) && without.length < SHORTLIST_MAX) return [...without, change.add]
  return change.remove ? without : [...keys]
}

/** The value of one cookie in a Cookie header. */
export const cookieValue = (header: string | undefined, name: string): string | undefined =>
  header
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1)
