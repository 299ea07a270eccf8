import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The links that act for a person without an account — an alert's e-mails, an employer's link
 * to follow their loket request: `<id>.<mac>`, where the mac is an HMAC of the purpose, the
 * record's id and a value of it (an alert's random nonce, a request's arrival) under the
 * server's secret. Nothing secret is stored: the
 * job that sends an e-mail computes the link again, and a link stops working when the alert is
 * gone (or, for confirming, once it is confirmed or expired).
 */
export type AlertTokenPurpose = 'confirm' | 'unsubscribe' | 'loket-status'

export const newNonce = (): string => randomBytes(18).toString('base64url')

const mac = (secret: string, purpose: AlertTokenPurpose, id: string, nonce: string) =>
  createHmac('sha256', secret).update(`${purpose}:${id}:${nonce}`).digest('base64url')

export const alertToken = (
  secret: string,
  purpose: AlertTokenPurpose,
  id: number | string,
  nonce: string,
): string => `${id}.${mac(secret, purpose, String(id), nonce)}`

/** The alert's id in a token, when it has the form of one (checked against the alert after). */
export const tokenID = (token: string): string | null => {
  const match = /^(\d{1,12})\.[\w-]{43}$/.exec(token.trim())
  return match ? match[1]! : null
}

/** Whether `token` is this alert's token for `purpose` (compared in constant time). */
export const tokenMatches = (
  token: string,
  secret: string,
  purpose: AlertTokenPurpose,
  id: number | string,
  nonce: string,
): boolean => {
  const expected = Buffer.from(alertToken(secret, purpose, id, nonce))
  const given = Buffer.from(token.trim())
  return given.length === expected.length && timingSafeEqual(given, expected)
}
