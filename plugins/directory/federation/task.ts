import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, TaskConfig } from 'payload'

import { systemRequest } from '../../../collections/requests'
import type { FederationSource } from '../../../src/payload-types'
import { DIRECTORY_QUEUE, TASKS } from '../constants'
import type { SanitizedDirectoryOptions } from '../types'
import { followSource } from './follow'
import { dropSourceListings } from './listings'

/**
 * Follows every switched-on source (or the one asked for), one after the other: a source that
 * is down, slow or sends nonsense is marked with the problem and the next one is read.
 */
export const followSourcesTask = (options: SanitizedDirectoryOptions): TaskConfig => ({
  slug: TASKS.followSources,
  label: 'Federation: read the feeds of other directories',
  inputSchema: [{ name: 'source', type: 'text' }],
  outputSchema: [
    { name: 'sources', type: 'number' },
    { name: 'problems', type: 'number' },
  ],
  schedule: [{ cron: options.federation.cron, queue: DIRECTORY_QUEUE }],
  retries: 0,
  handler: async ({ input, req }) => {
    const only = (input as { source?: string } | undefined)?.source
    const { docs } = await req.payload.find({
      collection: 'federation-sources',
      where: { and: [{ enabled: { equals: true } }, ...(only ? [{ id: { equals: only } }] : [])] },
      pagination: false,
      depth: 0,
    })
    let problems = 0
    for (const source of docs) {
      const result = await followSource(req.payload, source)
      if (result.status === 'error') problems++
    }
    return { output: { sources: docs.length, problems } }
  },
})

/**
 * An editor's change to a source: switched off or pointed at another feed, its listings leave
 * now; switched on (or new), it is read from the start at the next run of the queue.
 */
export const sourceChanged: CollectionAfterChangeHook<FederationSource> = async ({
  doc,
  previousDoc,
  req,
  context,
  operation,
}) => {
  if (context.federationJob) return doc
  const moved = operation === 'update' && previousDoc?.feedUrl !== doc.feedUrl
  const off = !doc.enabled
  const on = doc.enabled && (operation === 'create' || !previousDoc?.enabled || moved)
  if (!off && !on) return doc
  const system = systemRequest(req, 'federation')
  if (off || moved) await dropSourceListings(system, doc.id)
  await req.payload.update({
    collection: 'federation-sources',
    id: doc.id,
    data: {
      nextUrl: null,
      status: off ? 'off' : 'new',
      listingCount: off || moved ? 0 : doc.listingCount,
      lastError: null,
    },
    depth: 0,
    overrideAccess: false,
    req: system,
    context: { federationJob: true },
  })
  if (on)
    await req.payload.jobs.queue({
      task: TASKS.followSources,
      queue: DIRECTORY_QUEUE,
      input: { source: String(doc.id) },
      req,
    })
  return doc
}

/** A source removed takes its listings with it. */
export const sourceRemoved: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await dropSourceListings(systemRequest(req, 'federation'), id as number)
}
