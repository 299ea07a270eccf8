import { createRequire } from 'node:module'

/**
 * The OpenActive validators, offline. The data-model validator cannot fetch the activity list
 * (sport only, and over the network), so its three activity-list failures are left out; every
 * other failure counts. The RPDE validator walks a live feed URL (loopback in the tests).
 */
const require = createRequire(import.meta.url)
const { validate } = require('@openactive/data-model-validator') as {
  validate: (
    data: unknown,
    options: { loadRemoteJson: boolean },
  ) => Promise<{ severity: string; type: string; path: string; message: string }[]>
}
const { RpdeValidator } = require('@openactive/rpde-validator') as {
  RpdeValidator: (
    url: string,
    options: { pageLimit: number; timeoutMs: number },
  ) => Promise<{
    pages: { url: string; errors?: { severity: string; type: string; message: string }[] }[]
  }>
}

const NEEDS_NETWORK = new Set([
  'file_not_found',
  'activity_not_in_activity_list',
  'use_official_activity_list',
])

/** The data-model validator's failures for a document (a SessionSeries, or an RPDE page). */
export const openActiveFailures = async (data: unknown): Promise<string[]> =>
  // Copied in this realm: the validator tests `instanceof Array`, and Response.json() parses in Node's own.
  (await validate(JSON.parse(JSON.stringify(data)), { loadRemoteJson: false }))
    .filter((r) => r.severity === 'failure' && !NEEDS_NETWORK.has(r.type))
    .map((r) => `${r.path} ${r.type}: ${String(r.message).split('\n')[0]}`)

/** The RPDE validator's findings over a live feed, by severity. */
export const rpdeFindings = async (url: string) => {
  const log = await RpdeValidator(url, { pageLimit: 10, timeoutMs: 5000 })
  const all = log.pages.flatMap((p) => (p.errors ?? []).map((e) => ({ url: p.url, ...e })))
  return {
    pages: log.pages.length,
    failures: all.filter((e) => e.severity === 'failure'),
    warnings: all.filter((e) => e.severity === 'warning').map((e) => e.type),
  }
}
