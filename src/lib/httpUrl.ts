/**
 * A website as people type it (`https://buurthuis.nl`, `www.buurthuis.nl`) → an absolute
 * http(s) URL, or undefined for anything else (`javascript:…`, `data:…`, `mailto:…`, text
 * without a host name). Links and structured data use only what this returns.
 */
export const httpUrl = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (!text || /\s/.test(text) || text.startsWith('//')) return undefined
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text)
  // "localhost:3000" or "buurthuis.nl:8080" read as a scheme: only http(s) may name one.
  if (hasScheme && !/^https?:\/\//i.test(text)) return undefined
  try {
    const url = new URL(hasScheme ? text : `https://${text}`)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    if (!url.hostname.includes('.') || url.username || url.password) return undefined
    return url.href
  } catch {
    return undefined
  }
}
