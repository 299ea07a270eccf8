import type { CollectionAfterOperationHook } from 'payload'

import { systemRequest } from '../../access/systemWrite'

/**
 * Every read of interests by a person (admin list and edit views, REST, Local API with a
 * user) leaves one line in the interest log: who, when, which interests; an export says so.
 * System reads (the e-mail job) have no user and are not logged; erasures log themselves.
 */
export const logInterestReads: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if (!req.user || (operation !== 'find' && operation !== 'findByID')) return result
  const docs = operation === 'find' ? ((result as { docs?: { id: number | string }[] }).docs ?? []) : result ? [result as { id: number | string }] : []
  if (!docs.length) return result
  await req.payload.create({
    collection: 'interest-log',
    data: { action: req.context?.interestLogAction === 'export' ? 'export' : 'read', user: req.user.id as number, count: docs.length, interests: docs.map((d) => d.id).join(',') },
    req: systemRequest(req, 'interest-log'),
    overrideAccess: false,
  })
  return result
}
