import type { Access, Field, FieldAccess } from 'payload'

import type { SystemPurpose } from '../requests'

/** Allows a write only to the server's own request for this purpose (see `systemRequest` in collections/requests.ts). */
export const systemWrites =
  (purpose: SystemPurpose): Access =>
  ({ req }) =>
    req.context?.systemWrite === purpose

/**
 * Field access of a field no client sets: never on create; on update only by the server's own
 * request for `purpose` (none: only hooks, which write past field access, set it).
 */
const serverOwnedAccess = (
  purpose?: SystemPurpose,
): { create: FieldAccess; update: FieldAccess } => ({
  create: () => false,
  update: ({ req }) => purpose !== undefined && req.context?.systemWrite === purpose,
})

/**
 * A field only the server writes (a hook, a job or an endpoint for `purpose`): read-only in the
 * sidebar when `shown`, otherwise out of the form.
 */
export const serverOwnedField = (
  field: Field,
  { purpose, shown = false }: { purpose?: SystemPurpose; shown?: boolean } = {},
): Field =>
  ({
    ...field,
    access: serverOwnedAccess(purpose),
    admin: {
      ...('admin' in field ? field.admin : {}),
      position: 'sidebar',
      readOnly: true,
      hidden: !shown,
    },
  }) as Field
