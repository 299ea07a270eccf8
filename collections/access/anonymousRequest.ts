import type { PayloadRequest } from 'payload'

/**
 * The same request (so the same transaction) but as an anonymous reader, for reads that must
 * see only what the public sees. A fresh data loader, because cached lookups do not record for
 * whom they were made. (Passing `user: null` next to `req` is not enough: the req's user wins.)
 */
export const anonymousRequest = (req: PayloadRequest): PayloadRequest =>
  ({ ...req, user: null, payloadDataLoader: undefined }) as unknown as PayloadRequest
