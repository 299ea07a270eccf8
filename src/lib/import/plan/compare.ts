/**
 * Whether what a row says equals what is stored, so that importing the same file twice changes
 * nothing. Only what the row says is compared: a field the sheet does not have is left alone by
 * the import, so it cannot differ. Empty means empty (null, '', []); ids compare as text (the
 * database's 3 is the sheet's "3"); lists of plain values compare as sets (days, themes); day
 * and time stamps compare as instants.
 */
const isBlank = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

const samePlain = (stored: unknown, wanted: unknown): boolean => {
  if (typeof wanted === 'string' && typeof stored === 'string' && ISO.test(wanted))
    return Date.parse(stored) === Date.parse(wanted)
  return String(stored) === String(wanted)
}

export const sameValue = (stored: unknown, wanted: unknown): boolean => {
  if (isBlank(wanted) || isBlank(stored)) return isBlank(wanted) && isBlank(stored)
  if (Array.isArray(wanted)) {
    if (!Array.isArray(stored) || stored.length !== wanted.length) return false
    if (wanted.every((w) => w === null || typeof w !== 'object')) {
      const have = new Set(stored.map((s) => String(idOf(s))))
      return wanted.every((w) => have.has(String(w)))
    }
    return wanted.every((w, i) => sameValue(stored[i], w))
  }
  if (typeof wanted === 'object') {
    if (typeof stored !== 'object') return false
    return Object.entries(wanted as Record<string, unknown>).every(([k, w]) =>
      sameValue((stored as Record<string, unknown>)[k], w),
    )
  }
  return samePlain(idOf(stored), wanted)
}

/** A relationship as stored, populated or not, as its id. */
const idOf = (v: unknown): unknown => (v && typeof v === 'object' && 'id' in v ? v.id : v)

/** The fields of `wanted` whose value differs from `stored`'s. */
export const changedFields = (
  stored: Record<string, unknown>,
  wanted: Record<string, unknown>,
): string[] => Object.keys(wanted).filter((k) => !sameValue(stored[k], wanted[k]))
