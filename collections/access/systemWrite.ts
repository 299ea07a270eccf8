import type { Access } from 'payload'

import type { SystemPurpose } from '../requests'

/** Allows a write only to the server's own request for this purpose (see `systemRequest` in collections/requests.ts). */
export const systemWrites =
  (purpose: SystemPurpose): Access =>
  ({ req }) =>
    req.context?.systemWrite === purpose
