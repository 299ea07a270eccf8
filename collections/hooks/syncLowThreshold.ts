import type { CollectionBeforeChangeHook } from 'payload'

/** Keeps the "walk-in" and "free" facets in step with the sign-up and cost fields. */
export const syncLowThreshold: CollectionBeforeChangeHook = ({ data }) => {
  if (!data.signUp && !data.cost) return data
  const rest = ((data.lowThreshold as string[] | undefined) ?? []).filter((v) => v !== 'walk_in' && v !== 'free')
  return {
    ...data,
    lowThreshold: [
      ...(data.signUp === 'walk_in' ? ['walk_in'] : []),
      ...(data.cost?.kind === 'free' ? ['free'] : []),
      ...rest,
    ],
  }
}
