import type { ActivityRecord, ServiceRecord } from '../map'
import { LADDER_TERMS, LOW_THRESHOLD_TERMS } from './terms'

/**
 * A listing's fields of the Meedoen profile (src/lib/hsds/profile/service.ts describes them):
 * what it is, where an activity happens, its ladder rungs and an activity's low-threshold facets.
 */
const ladderRungs = (values?: readonly string[] | null) =>
  LADDER_TERMS.filter((t) => values?.includes(String(t.rung))).map((t) => ({
    rung: t.rung,
    label: t.label.nl,
  }))

/**
 * The facets as residents find them: `walk_in` and `free` follow the sign-up and the cost (as
 * the collection's hook and the search index have it), the others as chosen; vocabulary order.
 */
const lowThreshold = (a: ActivityRecord): string[] => {
  const facets = new Set(a.lowThreshold ?? [])
  const set = (facet: string, on: boolean) => (on ? facets.add(facet) : facets.delete(facet))
  if (a.signUp) set('walk_in', a.signUp === 'walk_in')
  set('free', a.cost.kind === 'free')
  return LOW_THRESHOLD_TERMS.map((t) => t.value).filter((v) => facets.has(v))
}

export const meedoenFields = (record: ServiceRecord) =>
  record.collection === 'activities'
    ? {
        meedoen_kind: 'activity',
        meedoen_location_kind: record.doc.locationKind ?? 'venue',
        meedoen_ladder_rungs: ladderRungs(record.doc.ladderRungs),
        meedoen_low_threshold: lowThreshold(record.doc),
      }
    : {
        meedoen_kind: record.doc.kind,
        meedoen_ladder_rungs: ladderRungs(record.doc.ladderRungs),
      }
