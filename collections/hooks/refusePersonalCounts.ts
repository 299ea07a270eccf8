import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { inLanguage } from '../fields/inLanguage'

const touchesPersonal = (personal: Set<string>, where: unknown, depth = 0): boolean => {
  if (!where || typeof where !== 'object' || depth > 8) return false
  return Object.entries(where as Where).some(([key, value]) =>
    key.toLowerCase() === 'and' || key.toLowerCase() === 'or'
      ? Object.values(value ?? {}).some((part) => touchesPersonal(personal, part, depth + 1))
      : personal.has(key.split('.')[0]!),
  )
}

/**
 * A count returns no record, so it leaves no line in the read log; filtered on a name or a
 * contact detail (the `personal` fields) it would still tell whether someone is there. Such
 * counts are refused for people (a find with the same filter works, and is logged); the
 * server's own counts pass.
 */
export const refusePersonalCounts =
  (...fields: string[]): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    const personal = new Set(fields)
    if (
      operation !== 'count' ||
      !req.user ||
      !touchesPersonal(personal, (args as { where?: unknown }).where)
    )
      return args
    throw new APIError(
      inLanguage(
        req,
        'Tellen op naam of contactgegevens kan niet; zoek het op (dat wordt vastgelegd).',
        'Counting by name or contact details is not possible; look it up instead (that is logged).',
      ),
      403,
      null,
      true,
    )
  }
