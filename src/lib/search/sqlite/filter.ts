import type { SearchQuery } from '../types'
import { accessBits, partBits, rungBits, weekdayBits } from './bits'
import type { CachedRow } from './columns'

/** The attribute filters of a query as one predicate over cached rows. */
export const rowFilter = (q: SearchQuery): ((r: CachedRow) => boolean) => {
  const kinds = q.kinds?.length ? new Set<string>(q.kinds) : null
  const days = q.weekdays?.length ? weekdayBits(q.weekdays) : 0
  const parts = q.partsOfDay?.length ? partBits(q.partsOfDay) : 0
  const rungs = q.rungs?.length ? rungBits(q.rungs) : 0
  const access = q.accessibility?.length ? accessBits(q.accessibility) : 0
  const themes = q.themes?.length ? q.themes : null
  const areas = q.areas?.length ? q.areas : null
  const age = q.age
  return (r) =>
    (!kinds || kinds.has(r.kind)) &&
    (!q.free || r.free === 1) &&
    (!q.walkIn || r.walkIn === 1) &&
    (age === undefined || ((r.ageMin === null || r.ageMin <= age) && (r.ageMax === null || r.ageMax >= age))) &&
    (!days || (r.weekdays & days) !== 0) &&
    (!parts || (r.parts & parts) !== 0) &&
    (!rungs || (r.rungs & rungs) !== 0) &&
    (!access || (r.access & access) === access) &&
    (!themes || themes.some((t) => r.themes.includes(t))) &&
    (!areas || areas.some((a) => r.areas.includes(a)))
}

/** Whether any attribute filter is set (without one, every candidate passes). */
export const hasFilters = (q: SearchQuery): boolean =>
  Boolean(q.kinds?.length || q.free || q.walkIn || q.age !== undefined || q.weekdays?.length || q.partsOfDay?.length ||
    q.rungs?.length || q.accessibility?.length || q.themes?.length || q.areas?.length)
