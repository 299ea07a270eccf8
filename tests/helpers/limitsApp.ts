import type { Payload } from 'payload'

import { databaseCheck } from '../../src/http/checkDatabase'
import { createApp, type CreateAppArgs } from '../../src/http/createApp'
import { listen } from './listen'
import { payloadRest } from './payloadRest'

export interface LimitsApp {
  url: string
  close: () => Promise<void>
  /** A request as if from `ip` (the app trusts one proxy, so X-Forwarded-For decides). */
  send: (
    path: string,
    init: { ip: string; method?: string; body?: unknown; headers?: Record<string, string> },
  ) => Promise<Response>
}

/** The real express app with Payload's real REST API behind it, trusting one proxy. */
export const limitsApp = async (
  payload: Payload,
  args: Partial<CreateAppArgs> & { serverURL?: string } = {},
): Promise<LimitsApp> => {
  const server = await listen(
    createApp({
      payload,
      checkDatabase: databaseCheck(payload),
      nextHandler: payloadRest(payload),
      trustProxy: 1,
      web: {
        serverURL: args.serverURL ?? 'http://meedoen.test',
        map: { tileURL: 'https://tiles.example.test/{z}/{x}/{y}.png', attribution: 'x' },
        ...args.web,
      },
      ...args,
    }),
  )
  return {
    ...server,
    send: (path, { ip, method = 'POST', body, headers = {} }) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          'x-forwarded-for': ip,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
  }
}

export const messageOf = async (res: Response): Promise<string> =>
  ((await res.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
