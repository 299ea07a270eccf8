import type { Access, PayloadRequest } from 'payload'

/**
 * Some records are written only by the server itself, never through the API: the log of who
 * read personal data, and the anonymous interest counts. The server marks its own request
 * with a purpose in `req.context`, which no REST or admin client can set; access allows the
 * write only for that purpose. The copy keeps the request's transaction and user.
 */
export type SystemPurpose = 'interest-log' | 'interest-outcome'

export const systemRequest = (req: PayloadRequest, purpose: SystemPurpose): PayloadRequest =>
  ({ ...req, context: { ...req.context, systemWrite: purpose } })

export const systemWrites =
  (purpose: SystemPurpose): Access =>
  ({ req }) =>
    req.context?.systemWrite === purpose
