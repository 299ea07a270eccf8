import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { relationID } from '../access/getUserOrganisationIDs'
import { systemRequest, type SystemPurpose } from '../requests'

interface Tallied {
  id: number | string
  status?: string | null
  outcome?: unknown
}

/**
 * The anonymous count row of something a person sent (an interest, a referral): made once it is
 * stored (so a refused one never counts, with or without transactions), holding no person and
 * no link back, so it outlives what it counts; then it follows the status. The hidden link to
 * the row is set on the adapter, as the row is the server's, not the sender's or the member's.
 */
export const tallyOutcome =
  <Doc extends Tallied>({
    collection,
    outcomes,
    purpose,
    row,
  }: {
    collection: 'interests' | 'referrals'
    outcomes: 'interest-outcomes' | 'referral-outcomes'
    purpose: SystemPurpose
    /** The row's anonymous facts, apart from the status. */
    row: (req: PayloadRequest, doc: Doc) => Promise<Record<string, unknown>>
  }): CollectionAfterChangeHook<Doc> =>
  async ({ doc, previousDoc, operation, req }) => {
    const system = systemRequest(req, purpose)
    if (operation === 'create') {
      const outcome = await req.payload.create({
        collection: outcomes,
        data: { ...(await row(req, doc)), status: doc.status } as never,
        req: system,
        overrideAccess: false,
      })
      await req.payload.db.updateOne({ collection, id: doc.id, data: { outcome: outcome.id }, req })
      return { ...doc, outcome: outcome.id }
    }
    const outcome = relationID(doc.outcome)
    if (outcome === undefined || doc.status === previousDoc?.status) return doc
    await req.payload.update({
      collection: outcomes,
      id: outcome,
      data: { status: doc.status } as never,
      req: system,
      overrideAccess: false,
    })
    return doc
  }
