import helmet from 'helmet'

/** Baseline headers for every response, including Payload's admin and REST API. */
export const baseSecurityHeaders = helmet({
  // Next's admin relies on inline scripts; the public site gets its own strict policy below.
  contentSecurityPolicy: false,
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
})

/** The tile server's origin for the CSP; a `{s}` subdomain placeholder becomes a wildcard. */
export const tileOrigin = (tileURL: string): string => {
  const m = /^(https?:\/\/)([^/]+)/.exec(tileURL)
  return m ? `${m[1]}${m[2]!.replace(/\{s\}/g, '*')}` : "'self'"
}

/**
 * The public directory ships no inline script, so its policy can be strict. Images may also
 * come from the map's tile server (its origin only).
 */
export const publicContentSecurityPolicy = (tileURL: string) =>
  helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', tileOrigin(tileURL)],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
    },
  })
