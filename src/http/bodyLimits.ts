import type { RequestHandler } from 'express'

import { languageOfHeaders } from '../../collections/fields/inLanguage'
import { canonicalPath } from './canonicalPath'
import { type FormKind, PUBLIC_CREATES } from './formRateLimit'

/** Largest body of each public form, also when its collection is created over REST. */
export const FORM_BODY_BYTES: Record<FormKind, number> = {
  report: 8 * 1024,
  interest: 8 * 1024,
  loket: 16 * 1024,
  // An e-mail address and a search.
  alert: 4 * 1024,
  // A date, times, what for and who.
  room: 8 * 1024,
}
/** Any other request to the admin or the REST API; uploads (multipart) may be larger. */
export const API_BODY_BYTES = 2 * 1024 * 1024
export const UPLOAD_BODY_BYTES = 20 * 1024 * 1024

/** The cap for one request, by its path as Payload will see it. */
export const bodyCap = (rawURL: string, contentType = ''): number => {
  const match = /^\/api\/([^/]+)$/.exec(canonicalPath(rawURL))
  const kind = match ? PUBLIC_CREATES[match[1]!] : undefined
  if (kind) return FORM_BODY_BYTES[kind]
  return /^multipart\/form-data/i.test(contentType) ? UPLOAD_BODY_BYTES : API_BODY_BYTES
}

type Req = Parameters<RequestHandler>[0]

/** Payload has not seen the request yet (no `req.i18n`): the language comes from its headers. */
const refuse = (
  req: Req,
  res: Parameters<RequestHandler>[1],
  status: number,
  nl: string,
  en: string,
) => {
  const message = languageOfHeaders(req.headers) === 'en' ? en : nl
  // Closing the connection spares reading a body nobody will use.
  res
    .status(status)
    .set({ Connection: 'close', 'Cache-Control': 'no-store' })
    .json({ errors: [{ message }] })
}

/**
 * Body limits in front of Next, which reads any body in full before Payload sees it. Judged by
 * Content-Length before a byte is read; a body without one (chunked) is refused with 411:
 * browsers and Payload's admin always send the length.
 */
export const bodyLimit: RequestHandler = (req, res, next) => {
  const length = req.headers['content-length']
  if (req.headers['transfer-encoding'] !== undefined && length === undefined) {
    refuse(
      req,
      res,
      411,
      'Stuur de lengte van het bericht mee (Content-Length).',
      'Send the length of the body (Content-Length).',
    )
    return
  }
  if (length === undefined) return next()
  const cap = bodyCap(req.originalUrl, req.headers['content-type'])
  if (!/^\d+$/.test(length) || Number(length) > cap) {
    const kb = Math.floor(cap / 1024)
    refuse(
      req,
      res,
      413,
      `Het bericht is te groot (hoogstens ${kb} kB).`,
      `The body is too large (at most ${kb} kB).`,
    )
    return
  }
  next()
}
