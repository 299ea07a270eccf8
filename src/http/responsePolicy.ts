import type { ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'

import { canonicalPath } from './canonicalPath'

type Headers = Record<string, string | number | string[] | undefined> | (string | string[])[]

/**
 * Runs `listener` just before the status line and headers go out, whoever writes them (Next
 * sends its headers through writeHead, or implicitly on the first write, which also calls it).
 */
const beforeHeaders = (res: ServerResponse, listener: () => void): void => {
  const writeHead = res.writeHead.bind(res) as (status: number, message?: string) => ServerResponse
  let done = false
  res.writeHead = ((
    status: number,
    messageOrHeaders?: string | Headers,
    maybeHeaders?: Headers,
  ) => {
    const headers = typeof messageOrHeaders === 'string' ? maybeHeaders : messageOrHeaders
    const message = typeof messageOrHeaders === 'string' ? messageOrHeaders : undefined
    // Headers given to writeHead itself: move them onto the response so the listener sees them.
    if (Array.isArray(headers)) {
      const grouped = new Map<string, string[]>()
      for (let i = 0; i + 1 < headers.length; i += 2) {
        const name = String(headers[i]).toLowerCase()
        grouped.set(name, [...(grouped.get(name) ?? []), ...[headers[i + 1]!].flat()])
      }
      for (const [name, values] of grouped)
        res.setHeader(name, values.length === 1 ? values[0]! : values)
    } else if (headers) {
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value)
    }
    if (!done) {
      done = true
      listener()
    }
    return writeHead(status, message)
  }) as ServerResponse['writeHead']
}

const withSecure = (cookie: string) =>
  /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`

export interface ResponsePolicyOptions {
  /** The public URL: https means every cookie is Secure, whatever the request came in on. */
  serverURL: string
}

/**
 * For what Next answers (admin, REST): cookies are `Secure` whenever the site is served over
 * HTTPS (an https SERVER_URL, or TLS seen by express itself or by a trusted proxy through
 * X-Forwarded-Proto); and every REST answer to a request that carries credentials (a Cookie
 * or Authorization header), or that sets a cookie, is `Cache-Control: no-store`, since it may
 * hold personal data or a token. Anonymous reads of public data stay cacheable.
 */
export const responsePolicy = ({ serverURL }: ResponsePolicyOptions): RequestHandler => {
  const httpsSite = /^https:/i.test(serverURL)
  return (req, res, next) => {
    const secure = httpsSite || req.secure
    const credentials = Boolean(req.headers.authorization || req.headers.cookie)
    const api = /^\/api(\/|$)/.test(canonicalPath(req.originalUrl))
    beforeHeaders(res, () => {
      const cookies = res.getHeader('set-cookie')
      if (secure && cookies !== undefined)
        res.setHeader('set-cookie', [cookies].flat().map(String).map(withSecure))
      if (api && (credentials || cookies !== undefined)) res.setHeader('Cache-Control', 'no-store')
    })
    next()
  }
}
