import type { CollectionAfterOperationHook } from 'payload'

import { systemRequest } from '../requests'

type Doc = { id: number | string }

/** Operations whose result hands personal data back to the caller. */
const ONE = new Set(['findByID', 'updateByID', 'deleteByID'])
const MANY = new Set(['find', 'update', 'delete'])

/** The collections whose reads are logged, as the log names them. */
export type PersonalRecords = 'interests' | 'referrals' | 'room-bookings'

/**
 * Every response that carries interests or referrals (with contact details) to a person leaves
 * one line in the access log: who, when, which records. That is reading (admin list and edit
 * views, REST, Local API with a user), but also a change or a delete, one or many
 * (`PATCH /api/interests?where=…` with `{}` answers with every matching interest). An export
 * says so; an erasure logs itself, once. System reads (the e-mail jobs, retention) have no
 * user and are not logged.
 */
export const logPersonalReads =
  (about: PersonalRecords): CollectionAfterOperationHook =>
  async ({ operation, result, req }) => {
    if (!req.user || req.context?.interestLogAction === 'erase') return result
    const docs: Doc[] = MANY.has(operation)
      ? ((result as { docs?: Doc[] } | undefined)?.docs ?? [])
      : ONE.has(operation) && result
        ? [result as Doc]
        : []
    if (!docs.length) return result
    await req.payload.create({
      collection: 'interest-log',
      data: {
        about,
        action: req.context?.interestLogAction === 'export' ? 'export' : 'read',
        user: req.user.id,
        count: docs.length,
        interests: docs.map((d) => d.id).join(','),
      },
      req: systemRequest(req, 'interest-log'),
      overrideAccess: false,
    })
    return result
  }
