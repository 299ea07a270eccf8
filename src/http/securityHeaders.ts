import helmet from 'helmet'

/** Baseline headers for every response, including Payload's admin and REST API. */
export const baseSecurityHeaders = helmet({
  // Next's admin relies on inline scripts; the public site gets its own strict policy below.
  contentSecurityPolicy: false,
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
})

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
    imgSrc: ["'self'", 'data:', new URL(tileURL.replace(/[{}]/g, '')).origin],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
  },
})
