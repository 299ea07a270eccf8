import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { relationID } from '../../collections/access/getUserOrganisationIDs'
import { amsterdamMonth, tallyOutcomes, type TallyRow } from '../../src/lib/contact'
import { internalRequest } from '../../collections/requests'

export interface InterestCounts {
  from: string
  to: string
  rows: (TallyRow & { organisationName: string })[]
}

/** The default period of the counts: this month and the eleven before it (Amsterdam months). */
export const lastTwelveMonths = (now: Date): { from: string; to: string } => ({
  from: amsterdamMonth(now, 11),
  to: amsterdamMonth(now),
})

/** The names of the organisations with these ids, as the user may see them (by id). */
const organisationNames = async (
  payload: Payload,
  user: TypedUser | null,
  ids: string[],
  internal: PayloadRequest | undefined,
): Promise<Map<string, string>> => {
  const organisations = ids.length
    ? await payload.find({
        collection: 'organisations',
        where: { id: { in: ids } },
        pagination: false,
        depth: 0,
        overrideAccess: false,
        user,
        req: internal,
        select: { name: true },
      })
    : { docs: [] }
  return new Map(organisations.docs.map((o) => [String(o.id), o.name]))
}

/** The rows with their organisation's name (or a stand-in for a deleted or unseen one), sorted by name and kind. */
const namedRows = (rows: TallyRow[], names: Map<string, string>): InterestCounts['rows'] =>
  rows
    .map((r) => ({
      ...r,
      organisationName:
        names.get(r.organisation) ??
        (r.organisation === 'null'
          ? '(verwijderde organisatie / deleted organisation)'
          : `#${r.organisation}`),
    }))
    .sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName, 'nl') || a.kind.localeCompare(b.kind),
    )

/**
 * How many interests each organisation received per kind in the months from…to (inclusive),
 * and how they went — from the anonymous count rows, so no person is read and deleted
 * interests still count. As the user may see them (editors only).
 */
export const countInterests = async (
  payload: Payload,
  user: TypedUser | null,
  range: { from: string; to: string },
  req?: PayloadRequest,
): Promise<InterestCounts> => {
  const internal = req && internalRequest(req)
  const outcomes = await payload.find({
    collection: 'interest-outcomes',
    where: {
      and: [
        { month: { greater_than_equal: range.from } },
        { month: { less_than_equal: range.to } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    req: internal,
    select: { organisation: true, listingKind: true, month: true, status: true },
  })
  const rows = tallyOutcomes(
    outcomes.docs.map((o) => ({
      organisation: String(relationID(o.organisation) ?? null),
      kind: o.listingKind,
      month: o.month,
      status: o.status,
    })),
  )
  const ids = [...new Set(rows.map((r) => r.organisation))]
  const names = await organisationNames(payload, user, ids, internal)
  return { ...range, rows: namedRows(rows, names) }
}
