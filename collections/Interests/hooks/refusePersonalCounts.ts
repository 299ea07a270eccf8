import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { inLanguage } from '../../fields/inLanguage'

/** What identifies the resident; a count filtered on it answers "is this person here?". */
const PERSONAL = new Set(['name', 'email', 'phone', 'message', 'contactKey', 'note'])

const touchesPersonal = (where: unknown, depth = 0): boolean => {
  if (!where || typeof where !== 'object' || depth > 8) return false
  return Object.entries(where as Where).some(([key, value]) =>
    key.toLowerCase() === 'and' || key.toLowerCase() === 'or'
      ? Object.values(value ?? {}).some((part) => touchesPersonal(part, depth + 1))
      : PERSONAL.has(key.split('.')[0]!),
  )
}

/**
 * A count returns no interest, so it leaves no line in the read log; filtered on a name or a
 * contact detail it would still tell whether someone sent one. Such counts are refused for
 * people (a find with the same filter works, and is logged); the server's own counts pass.
 */
export const refusePersonalCounts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'count' || !req.user || !touchesPersonal((args as { where?: unknown }).where))
    return args
  throw new APIError(
    inLanguage(
      req,
      'Tellen op naam of contactgegevens kan niet; zoek de interesse op (dat wordt vastgelegd).',
      'Counting by name or contact details is not possible; look the interest up instead (that is logged).',
    ),
    403,
    null,
    true,
  )
}
