import { amsterdamMonth } from '../../../src/lib/contact'
import type { Interest } from '../../../src/payload-types'
import { relationID } from '../../access/getUserOrganisationIDs'
import { tallyOutcome } from '../../hooks/tallyOutcome'

/** An interest's anonymous count row: organisation, kind, month and status. */
export const tallyInterest = tallyOutcome<Interest>({
  collection: 'interests',
  outcomes: 'interest-outcomes',
  purpose: 'interest-outcome',
  row: (_req, doc) => {
    // prepareInterest sets the kind of every new interest.
    if (!doc.listingKind) throw new Error(`interest ${doc.id} has no listing kind`)
    return Promise.resolve({
      organisation: relationID(doc.organisation) as number,
      listingKind: doc.listingKind,
      month: amsterdamMonth(new Date(doc.createdAt)),
    })
  },
})
