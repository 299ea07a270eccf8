import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload, TypedUser } from 'payload'

import { isDatabaseUnavailable } from '../db/unavailable'

/**
 * What the public site (src/web) holds of Payload: a handle it passes on to the functions of
 * src/data, which do the reading and writing. The web layer never calls Payload itself.
 */
export type Cms = Payload
export type Visitor = TypedUser

/** Professionals, editors and administrators read the official participation-ladder labels. */
export const readsOfficialLabels = (user: Visitor | null): boolean =>
  Boolean(user?.roles?.some((r) => r === 'professional' || r === 'editor' || r === 'admin'))

/** Whether a refused save failed because the database could not store it (503: nothing was stored). */
export { isDatabaseUnavailable }

/** The visitor: anonymous, or the Payload user of the admin's login cookie (professionals see more). */
export const visitor = async (cms: Cms, cookie: string | undefined): Promise<Visitor | null> => {
  if (!cookie?.includes('payload-token=')) return null
  const headers = new Headers()
  headers.set('cookie', cookie)
  // Payload accepts its cookie only from same-origin requests (CSRF). Rendering a page is a
  // read: nothing changes, and another site cannot read the answer, so the cookie is trusted here.
  headers.set('sec-fetch-site', 'same-origin')
  const { user } = await cms.auth({ headers })
  return user ?? null
}

/** A short signature of a value (e.g. a deadline in a confirmation's address) with the server's secret. */
export const sign = (cms: Cms, purpose: string, value: string): string =>
  createHmac('sha256', cms.secret).update(`${purpose}:${value}`).digest('base64url').slice(0, 16)

/** Whether `signature` is the signature of `value` (compared in constant time). */
export const signed = (cms: Cms, purpose: string, value: string, signature: string): boolean => {
  const expected = sign(cms, purpose, value)
  return (
    signature.length === expected.length &&
    timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  )
}

/** Logs a failure of the public site in the server's log. */
export const logFailure = (cms: Cms, err: unknown, msg: string): void =>
  cms.logger.error({ err, msg })
