import type { CollectionAfterChangeHook } from 'payload'

import { amsterdamMonth } from '../../../src/lib/contact'
import type { Interest } from '../../../src/payload-types'
import { relationID } from '../../access/getUserOrganisationIDs'
import { systemRequest } from '../../requests'

/**
 * The anonymous count row of an interest: made once the interest itself is stored (so a
 * refused interest never counts, with or without transactions), holding no person and no
 * link back, so it outlives the interest; then it follows the interest's status. The
 * interest's hidden link to it is set on the adapter, as the row is the server's, not the
 * sender's or the member's.
 */
export const tallyInterest: CollectionAfterChangeHook<Interest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const system = systemRequest(req, 'interest-outcome')
  if (operation === 'create') {
    // prepareInterest sets the kind of every new interest.
    const { listingKind } = doc
    if (!listingKind) throw new Error(`interest ${doc.id} has no listing kind`)
    const outcome = await req.payload.create({
      collection: 'interest-outcomes',
      data: {
        organisation: relationID(doc.organisation) as number,
        listingKind,
        month: amsterdamMonth(new Date(doc.createdAt)),
        status: doc.status,
      },
      req: system,
      overrideAccess: false,
    })
    await req.payload.db.updateOne({
      collection: 'interests',
      id: doc.id,
      data: { outcome: outcome.id },
      req,
    })
    return { ...doc, outcome: outcome.id }
  }
  const outcome = relationID(doc.outcome)
  if (outcome === undefined || doc.status === previousDoc?.status) return doc
  await req.payload.update({
    collection: 'interest-outcomes',
    id: outcome,
    data: { status: doc.status },
    req: system,
    overrideAccess: false,
  })
  return doc
}
