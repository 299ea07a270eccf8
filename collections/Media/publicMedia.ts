import type { FlattenedField, Payload, Where } from 'payload'

/** Where documents point at media: `photos`, `logo`, also inside groups and named tabs. */
const mediaPaths = (fields: FlattenedField[], prefix = ''): string[] =>
  fields.flatMap((f) => {
    if (
      (f.type === 'upload' || f.type === 'relationship') &&
      [f.relationTo].flat().includes('media')
    )
      return [`${prefix}${f.name}`]
    if (f.type === 'group' || f.type === 'tab')
      return mediaPaths(f.flattenedFields, `${prefix}${f.name}.`)
    return []
  })

const idsAt = (doc: unknown, path: string): unknown[] => {
  const value = path
    .split('.')
    .reduce<unknown>(
      (o, key) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined),
      doc,
    )
  return [value]
    .flat()
    .map((v) => (v && typeof v === 'object' ? (v as { id?: unknown }).id : v))
    .filter((v) => v !== null && v !== undefined)
}

const TTL = 10_000
const cache = new WeakMap<Payload, { at: number; ids: Promise<unknown[]> }>()

/**
 * The media a visitor of the public site may see: those used by what the public may read
 * (published, not hidden listings, venues, organisations; the site settings). Read as an
 * anonymous visitor, so the documents' own access rules decide. Every image request asks
 * this, so the answer is kept for a few seconds, and forgotten as soon as a document that
 * shows images changes (`forgetPublicMedia`, from the plugin's hooks).
 */
export const publicMediaIDs = (payload: Payload): Promise<unknown[]> => {
  const cached = cache.get(payload)
  if (cached && Date.now() - cached.at < TTL) return cached.ids
  const ids = collectPublicMediaIDs(payload)
  cache.set(payload, { at: Date.now(), ids })
  ids.catch(() => cache.delete(payload))
  return ids
}

/** A document that may show images changed (published, unpublished, photos changed): ask again. */
export const forgetPublicMedia = (payload: Payload): void => {
  cache.delete(payload)
}

const collectPublicMediaIDs = async (payload: Payload): Promise<unknown[]> => {
  const found = new Set<unknown>()
  for (const { config } of Object.values(payload.collections)) {
    const paths = config.slug === 'media' ? [] : mediaPaths(config.flattenedFields)
    if (!paths.length) continue
    const where: Where = { or: paths.map((p) => ({ [p]: { exists: true } })) }
    const select = Object.fromEntries(paths.map((p) => [p.split('.')[0] ?? p, true] as const))
    const { docs } = await payload
      .find({
        collection: config.slug,
        where,
        select,
        depth: 0,
        pagination: false,
        overrideAccess: false,
      })
      // A collection the public may not read at all shows none of its images.
      .catch((error: { status?: number }) => {
        if (error.status === 403) return { docs: [] }
        throw error
      })
    for (const doc of docs) for (const p of paths) idsAt(doc, p).forEach((id) => found.add(id))
  }
  for (const global of payload.globals.config) {
    const paths = mediaPaths(global.flattenedFields)
    if (!paths.length) continue
    const doc = await payload
      .findGlobal({ slug: global.slug, depth: 0, overrideAccess: false })
      .catch(() => undefined)
    for (const p of paths) idsAt(doc, p).forEach((id) => found.add(id))
  }
  return [...found]
}
