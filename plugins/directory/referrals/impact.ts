import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { relationID } from '../../../collections/access/getUserOrganisationIDs'
import { internalRequest } from '../../../collections/requests'
import { tallyImpact } from '../../../src/lib/contact'

export type ReferralImpact = ReturnType<typeof tallyImpact> & { from: string; to: string }

/**
 * What warm referrals achieved in the months from…to (inclusive): per month and per
 * neighbourhood, referrals, accepted, placed and moves up the ladder — from the anonymous
 * count rows, so no person is read and deleted referrals still count. As the user may see
 * them (editors only).
 */
export const referralImpact = async (
  payload: Payload,
  user: TypedUser | null,
  range: { from: string; to: string },
  req?: PayloadRequest,
): Promise<ReferralImpact> => {
  const internal = req && internalRequest(req)
  const as = { overrideAccess: false, user, req: internal, depth: 0, pagination: false } as const
  const outcomes = await payload.find({
    collection: 'referral-outcomes',
    where: {
      and: [
        { month: { greater_than_equal: range.from } },
        { month: { less_than_equal: range.to } },
      ],
    },
    select: { area: true, month: true, status: true, rungFrom: true, rungTo: true },
    ...as,
  })
  const ids = [
    ...new Set(outcomes.docs.map((o) => relationID(o.area)).filter((id) => id !== undefined)),
  ]
  const areas = ids.length
    ? await payload.find({
        collection: 'areas',
        where: { id: { in: ids } },
        select: { name: true },
        ...as,
      })
    : { docs: [] }
  const names = new Map(areas.docs.map((a) => [String(a.id), a.name]))
  const rows = outcomes.docs.map((o) => ({
    month: o.month,
    area: names.get(String(relationID(o.area))) ?? '',
    status: o.status,
    rungFrom: o.rungFrom,
    rungTo: o.rungTo,
  }))
  return { ...range, ...tallyImpact(rows, range) }
}
