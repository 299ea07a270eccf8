import { APIError, type CollectionBeforeValidateHook } from 'payload'

import type { User } from '../../../src/payload-types'
import { isAdminUser } from '../../access/roles'
import { inLanguage } from '../../fields/inLanguage'
import { passwordMatches } from '../passwordHash'

/**
 * Choosing a new password for your own account needs the current one, so a session left open
 * (or stolen) cannot take the account over. Administrators set other people's passwords
 * without it, and an administrator can create another administrator anyway, so their own
 * change is not asked either. A reset by e-mail is not an update by a user and passes.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const newPassword = (data as { password?: unknown } | undefined)?.password
  if (operation !== 'update' || typeof newPassword !== 'string' || newPassword === '') return data
  const user = req.user
  if (
    !user ||
    user.collection !== 'users' ||
    isAdminUser(user) ||
    String(user.id) !== String(originalDoc?.id)
  )
    return data
  const current = (data as { currentPassword?: unknown }).currentPassword
  const stored = await req.payload.db.findOne<{
    id: number | string
    salt?: unknown
    hash?: unknown
  }>({
    collection: 'users',
    where: { id: { equals: user.id } },
    req,
  })
  const ok =
    typeof current === 'string' &&
    current !== '' &&
    (await passwordMatches(current, stored?.salt, stored?.hash))
  if (!ok) {
    const message =
      typeof current === 'string' && current !== ''
        ? inLanguage(
            req,
            'Het huidige wachtwoord klopt niet.',
            'The current password is not correct.',
          )
        : inLanguage(
            req,
            'Vul uw huidige wachtwoord in om een nieuw wachtwoord te kiezen.',
            'Enter your current password to choose a new one.',
          )
    // An APIError rather than a ValidationError: the admin shows this message itself (a
    // ValidationError reads "The following field is invalid: currentPassword"); REST clients
    // still get the field in data.errors.
    throw new APIError(message, 400, { errors: [{ path: 'currentPassword', message }] }, true)
  }
  return data
}
