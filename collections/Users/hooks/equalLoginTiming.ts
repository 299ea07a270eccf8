import type { CollectionBeforeOperationHook } from 'payload'

import { hashNothing } from '../passwordHash'

/**
 * Payload answers a login for an unknown address at once, but hashes the password for a known
 * one (~100 ms): the difference tells a stranger which accounts exist. For an unknown address
 * this does the same hashing first; Payload then refuses both with the same message.
 */
export const equalLoginTiming: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = args.data as { email?: unknown; password?: unknown } | undefined
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = data?.password
  // Without both Payload answers 400 before looking anyone up, the same for every address.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const user = await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (!user) await hashNothing(password)
  return args
}
