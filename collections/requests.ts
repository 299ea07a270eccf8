import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

/**
 * The three ways the server acts on a request other than as the client who sent it. Each is a
 * copy of the request, so it keeps the request's transaction: what it reads or writes commits
 * or rolls back with the rest of the save. Which one is right:
 *
 * - **anonymousRequest**: read as the public sees it (the search index, the public listing a
 *   form refers to). The user is dropped and the data loader is fresh, because cached lookups
 *   do not record for whom they were made. Passing `user: null` next to `req` is not enough:
 *   the request's user wins.
 * - **internalRequest**: the server's own reads inside a REST request (endpoints, hooks, jobs
 *   started over REST). These must see every row the user may see, not a page capped at
 *   `maxLimit`. The client's own reads in the same request stay capped.
 * - **systemRequest**: writes only the server makes, never through the API: the log of who
 *   read personal data, and the anonymous interest counts. Their access allows the write only
 *   for this purpose, which no REST or admin client can set. The open-data feed's rows are
 *   also read only this way.
 */

export const anonymousRequest = (req: PayloadRequest): PayloadRequest =>
  ({ ...req, user: null, payloadDataLoader: undefined }) as unknown as PayloadRequest

/** Marks a request whose reads are the server's own (see `capPageSize`). */
export const INTERNAL_READ = 'meedoenInternalRead'

export const internalRequest = (req: PayloadRequest): PayloadRequest => ({
  ...req,
  context: { ...req.context, [INTERNAL_READ]: true },
})

export type SystemPurpose =
  | 'interest-log'
  | 'interest-outcome'
  | 'referral-outcome'
  | 'room-slot'
  | 'open-data-feed'
  | 'import-run'
  | 'federation'
  | 'alerts'

export const systemRequest = (req: PayloadRequest, purpose: SystemPurpose): PayloadRequest => ({
  ...req,
  context: { ...req.context, systemWrite: purpose },
})

/** The server's own write outside any request (a job, a page's action): a fresh local request for `purpose`. */
export const systemRequestFor = async (
  payload: Payload,
  purpose: SystemPurpose,
): Promise<PayloadRequest> => systemRequest(await createLocalReq({}, payload), purpose)
