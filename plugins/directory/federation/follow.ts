import { commitTransaction, initTransaction, killTransaction, type Payload } from 'payload'

import { systemRequestFor } from '../../../collections/requests'
import { readRpdePage } from '../../../src/lib/federation/rpdePage'
import { fold } from '../../../src/lib/geo/fold'
import type { FederationSource } from '../../../src/payload-types'
import { publicSchoolHolidays } from '../search/indexListings'
import { FETCH_LIMITS, fetchJson } from './fetchPage'
import { applyItem, type FollowContext } from './listings'

/** Pages read per source per run: a huge feed is caught up over several runs, never in one. */
const PAGES_PER_RUN = 20

const systemReq = (payload: Payload) => systemRequestFor(payload, 'federation')

/** The source's state, as its job writes it (the editors' dashboard shows it). */
const saveSource = async (
  payload: Payload,
  id: FederationSource['id'],
  data: Partial<FederationSource>,
) =>
  payload.update({
    collection: 'federation-sources',
    id,
    data,
    depth: 0,
    overrideAccess: false,
    req: await systemReq(payload),
    context: { federationJob: true },
  })

export interface FollowResult {
  status: 'ok' | 'error'
  pages: number
  counts: Record<'updated' | 'deleted' | 'unchanged' | 'skipped', number>
  problem?: string
}

/** What every item of a run is matched against: the themes by name or slug, the holidays, now. */
const followContext = async (
  payload: Payload,
  source: FederationSource,
): Promise<FollowContext> => {
  const { docs: themes } = await payload.find({
    collection: 'themes',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true },
  })
  return {
    source,
    themes: new Map(
      themes.flatMap((t) => [
        [fold(t.name), t.id] as const,
        ...(t.slug ? [[fold(t.slug), t.id] as const] : []),
      ]),
    ),
    holidays: await publicSchoolHolidays(payload),
    now: new Date(),
  }
}

/** One page in one transaction: its items, and where to read on. A problem, or nothing. */
const storePage = async (
  payload: Payload,
  context: FollowContext,
  items: Parameters<typeof applyItem>[2][],
  next: string,
  counts: FollowResult['counts'],
): Promise<string | undefined> => {
  const req = await systemReq(payload)
  await initTransaction(req)
  try {
    for (const item of items) counts[await applyItem(req, context, item)]++
    await payload.update({
      collection: 'federation-sources',
      id: context.source.id,
      data: { nextUrl: next },
      depth: 0,
      overrideAccess: false,
      req,
      context: { federationJob: true },
    })
    await commitTransaction(req)
    return undefined
  } catch (error) {
    await killTransaction(req)
    return `Een pagina kon niet worden opgeslagen: ${error instanceof Error ? error.message : String(error)}`
  }
}

/** The run's outcome on the source: its state, when it was read, how many listings it has. */
const recordRun = async (payload: Payload, source: FederationSource, result: FollowResult) => {
  const { totalDocs } = await payload.count({
    collection: 'external-listings',
    where: { source: { equals: source.id } },
  })
  const now = new Date().toISOString()
  await saveSource(payload, source.id, {
    status: result.status,
    lastCheckedAt: now,
    listingCount: totalDocs,
    skipped: (source.skipped ?? 0) + result.counts.skipped,
    ...(result.status === 'ok'
      ? { lastSuccessAt: now, lastError: null }
      : { lastError: result.problem }),
  })
}

/**
 * Reads a source's feed from where it left off (RPDE: the `next` of the last page read), page by
 * page, each page in one transaction with where to go on, until the last page (no items) or
 * the run's page budget. A page that fails stops the run and is read again next time; what was
 * read before it stays. The source is never trusted: every page and item is checked first.
 */
export const followSource = async (
  payload: Payload,
  source: FederationSource,
  limits = FETCH_LIMITS,
): Promise<FollowResult> => {
  const context = await followContext(payload, source)
  const result: FollowResult = {
    status: 'ok',
    pages: 0,
    counts: { updated: 0, deleted: 0, unchanged: 0, skipped: 0 },
  }
  let url = source.nextUrl || source.feedUrl
  for (; result.pages < PAGES_PER_RUN; result.pages++) {
    const fetched = await fetchJson(url, limits)
    const page = 'problem' in fetched ? fetched : readRpdePage(fetched.json)
    const next = 'problem' in page ? url : new URL(page.next, url).href
    const problem =
      'problem' in page
        ? page.problem
        : await storePage(payload, context, page.items, next, result.counts)
    if (problem !== undefined || 'problem' in page) {
      result.status = 'error'
      result.problem = problem
      break
    }
    // RPDE's last page: no items, and its `next` is where to ask again later.
    if (!page.items.length || next === url) break
    url = next
  }
  await recordRun(payload, source, result)
  return result
}
