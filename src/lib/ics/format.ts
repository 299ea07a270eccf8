/** RFC 5545 text helpers: escaping, line folding and date-time values. */

/** Escapes a TEXT value (backslash, semicolon, comma, newline). */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export const foldLine = (line: string): string => {
  const out: string[] = []
  let current = ''
  let bytes = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch)
    const limit = out.length === 0 ? 75 : 74
    if (bytes + size > limit) {
      out.push(current)
      current = ''
      bytes = 0
    }
    current += ch
    bytes += size
  }
  out.push(current)
  return out.join('\r\n ')
}

/** '2026-12-01' + '10:00' → '20261201T100000' (local, for use with TZID). */
export const localDateTime = (localDate: string, time: string): string =>
  `${localDate.replace(/-/g, '')}T${time.replace(':', '')}00`

/** An instant → '20261201T090000Z'. */
export const utcDateTime = (iso: string | Date): string =>
  (typeof iso === 'string' ? new Date(iso) : iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
