import type { CollectionAfterOperationHook } from 'payload'

import { systemRequest } from '../../requests'

type Doc = { id: number | string }

/** Operations whose result hands interests (with contact details) back to the caller. */
const ONE = new Set(['findByID', 'updateByID', 'deleteByID'])
const MANY = new Set(['find', 'update', 'delete'])

/**
 * Every response that carries interests to a person leaves one line in the interest log: who,
 * when, which interests. That is reading (admin list and edit views, REST, Local API with a
 * user), but also a change or a delete, one or many (`PATCH /api/interests?where=…` with `{}`
 * answers with every matching interest). An export says so; an erasure logs itself, once.
 * System reads (the e-mail job, retention) have no user and are not logged.
 */
export const logInterestReads: CollectionAfterOperationHook = async ({
  operation,
  result,
  req,
}) => {
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
