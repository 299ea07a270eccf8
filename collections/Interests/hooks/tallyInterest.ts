import type { CollectionAfterChangeHook } from 'payload'

import { relationID } from '../../access/getUserOrganisationIDs'
import { systemRequest } from '../../access/systemWrite'

/**
 * The anonymous count row of an interest (made with it, see prepareInterest) follows its
 * status, in the same transaction; the counts editors see come from these rows.
 */
export const tallyInterest: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const outcome = relationID(doc.outcome)
  if (operation !== 'update' || outcome === undefined || doc.status === previousDoc?.status) return doc
  await req.payload.update({ collection: 'interest-outcomes', id: outcome, data: { status: doc.status }, req: systemRequest(req, 'interest-outcome'), overrideAccess: false })
  return doc
}
