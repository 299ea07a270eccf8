/**
 * Dutch postcodes: four digits (no leading zero) and two letters; the letter pairs SA, SD and
 * SS are never issued. Input is forgiving ("9751ab", " 9751 AB "); output is "9751 AB".
 */
const POSTCODE = /^([1-9][0-9]{3})\s*([A-Za-z]{2})$/
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS'])

export const normalisePostcode = (input: string): string | null => {
  const match = POSTCODE.exec(input.trim())
  if (!match) return null
  const letters = match[2]!.toUpperCase()
  if (UNUSED_LETTERS.has(letters)) return null
  return `${match[1]!} ${letters}`
}

/** The four-digit area (PC4) of a full postcode or of a bare "9751". */
export const postcodeArea = (input: string): string | null => {
  const trimmed = input.trim()
  if (/^[1-9][0-9]{3}$/.test(trimmed)) return trimmed
  return normalisePostcode(trimmed)?.slice(0, 4) ?? null
}
