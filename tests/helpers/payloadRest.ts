import { Readable } from 'node:stream'

import type { RequestHandler } from 'express'
import { handleEndpoints, type Payload } from 'payload'

/**
 * Payload's real REST API without Next (which cannot start inside jest's VM), as the
 * `nextHandler` of the express app: the request goes to `handleEndpoints` with the path as
 * sent. Next's own path decoding is covered by the server tests.
 */
export const payloadRest =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        for (const v of [value ?? []].flat()) headers.append(name, v)
      }
      const hasBody = !['GET', 'HEAD'].includes(req.method)
      const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.originalUrl}`, {
        method: req.method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        ...(hasBody ? { duplex: 'half' } : {}),
      })
      const response = await handleEndpoints({ config: payload.config, request })
      res.status(response.status)
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') res.setHeader(name, value)
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) res.setHeader('set-cookie', cookies)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      next(error)
    }
  }
