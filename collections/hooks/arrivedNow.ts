import type { CollectionBeforeChangeHook } from 'payload'

/**
 * What the server decides about a new submission from the public: it arrived now (the sender
 * cannot backdate or postdate it, which would cheat retention and deadlines).
 */
export const arrivedNow = (): { createdAt: string; updatedAt: string } => {
  const now = new Date().toISOString()
  return { createdAt: now, updatedAt: now }
}

/**
 * After arrival, the server's own fields (arrival time, deadline) keep what they were on every
 * change, by anyone, over any API — also without access checks, since retention and deadlines
 * count from them. Payload sets `updatedAt` itself on every save.
 */
export const keepServerOwned =
  (...fields: string[]): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc }) => {
    if (operation !== 'update' || !originalDoc) return data
    const kept: Record<string, unknown> = { ...data }
    for (const field of fields) kept[field] = (originalDoc as Record<string, unknown>)[field]
    return kept
  }
