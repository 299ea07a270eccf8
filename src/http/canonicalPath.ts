const PERCENT = /%([0-9a-f]{2})/gi

/**
 * The path as any server behind us could understand it: percent-escapes decoded (repeatedly,
 * so double encoding is caught too), `\` read as `/`, `;parameters` dropped from segments,
 * empty and `.` segments dropped, `..` applied, lower-cased, no trailing slash. Express matches
 * the raw path while Next decodes it, so a limit keyed on the raw path can be walked around;
 * matching this form instead errs on the side of applying the limit.
 */
export const canonicalPath = (rawURL: string): string => {
  let path = rawURL.replace(/[?#].*$/s, '')
  for (let i = 0; i < 5; i++) {
    const decoded = path.replace(PERCENT, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    )
    if (decoded === path) break
    path = decoded
  }
  const segments: string[] = []
  for (const raw of path.replace(/\\/g, '/').split('/')) {
    const segment = raw.replace(/;.*$/s, '').trim().toLowerCase()
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return `/${segments.join('/')}`
}
