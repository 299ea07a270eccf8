import type { PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'
import { combineWhereConstraints, mergeListSearchAndWhere } from 'payload/shared'

import { inLanguage } from '../../../collections/fields/inLanguage'
import { checkSort, checkWhere } from '../hooks/checkQuery'

/** What the admin list shows, as one query: its filter, search box, sort and base filter. */
export interface ListQuery {
  where: Where
  sort?: string
}

const MAX_SEARCH = 200

const parsedWhere = (raw: unknown): unknown => {
  if (typeof raw !== 'string') return raw
  try {
    return raw ? JSON.parse(raw) : undefined
  } catch {
    return null
  }
}

/**
 * The admin list's own query string (`where` as qs nests it, `sort`, `search`, and `scope` for
 * members) as the list view turns it into a query: the search box as `like` on the list's
 * searchable fields (Payload's own `mergeListSearchAndWhere`), with the collection's base filter
 * (a member's own organisations unless `scope=all`). A query Payload would refuse is a message
 * for a 400, checked as REST checks its own queries (hooks/checkQuery.ts).
 */
export const listQueryOf = async (
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
): Promise<ListQuery | string> => {
  const query: Record<string, unknown> = req.query ?? {}
  const where = parsedWhere(query.where)
  const collection = {
    req,
    payload: req.payload,
    slug: config.slug,
    fields: config.flattenedFields,
  }
  const problem = checkWhere(collection, where) ?? checkSort(collection, query.sort)
  if (problem) return problem
  const { search } = query
  if (search !== undefined && (typeof search !== 'string' || search.length > MAX_SEARCH))
    return inLanguage(
      req,
      `search: tekst van hoogstens ${MAX_SEARCH} tekens.`,
      `search: text of at most ${MAX_SEARCH} characters.`,
    )
  const sort =
    typeof query.sort === 'string' && query.sort
      ? query.sort
      : typeof config.defaultSort === 'string'
        ? config.defaultSort
        : undefined
  const baseFilter = config.admin.baseFilter ?? config.admin.baseListFilter
  const base = await baseFilter?.({ req, limit: 0, page: 1, sort: sort ?? '' })
  return {
    where: mergeListSearchAndWhere({
      collectionConfig: config,
      search: search?.trim() ?? '',
      where: combineWhereConstraints([where as Where | undefined, base ?? undefined]),
    }),
    sort,
  }
}
