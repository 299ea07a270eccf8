import type { CollectionBeforeChangeHook } from 'payload'

import type { Activity } from '../../src/payload-types'

/** Keeps the "walk-in" and "free" facets in step with the sign-up and cost fields. */
export const syncLowThreshold: CollectionBeforeChangeHook<Activity> = ({ data }) => {
  if (!data.signUp && !data.cost) return data
  const rest = (data.lowThreshold ?? []).filter((v) => v !== 'walk_in' && v !== 'free')
  return {
    ...data,
    lowThreshold: [
      ...(data.signUp === 'walk_in' ? ['walk_in'] : []),
      ...(data.cost?.kind === 'free' ? ['free'] : []),
      ...rest,
    ],
  }
}
