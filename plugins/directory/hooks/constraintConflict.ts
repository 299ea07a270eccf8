import type { AfterErrorHook } from 'payload'

import { inLanguage } from '../../../collections/fields/inLanguage'

/** The database's own code for a refused write, found along the error's causes. */
const constraintCode = (error: unknown): string | undefined => {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return code
    if (code === 11000) return 'E11000'
  }
  return undefined
}

/**
 * A write the database refuses for a constraint (a NOT NULL link that a delete would empty, a
 * unique value taken) conflicts with what is stored: 409 with a message, not a 500. Deleting an
 * organisation that still has members was one (Payload 3.90 sets the members' link to null).
 */
export const constraintConflict: AfterErrorHook = ({ error, req }) => {
  if (!constraintCode(error)) return
  return {
    status: 409,
    response: {
      errors: [
        {
          message: inLanguage(
            req,
            'Dit kan niet: andere gegevens hangen hiervan af (bijvoorbeeld leden of aanbod), of deze waarde bestaat al.',
            'This is not possible: other data depends on it (for example members or listings), or this value already exists.',
          ),
        },
      ],
    },
  }
}
