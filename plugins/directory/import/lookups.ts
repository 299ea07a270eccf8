import slugify from '@sindresorhus/slugify'
import type { PayloadRequest, Where } from 'payload'

import { internalRequest } from '../../../collections/requests'
import type { ImportKind } from '../../../src/lib/import/columns'
import type { ExistingRecord, ID, Lookups } from '../../../src/lib/import/plan'
import type { ImportRow } from '../../../src/lib/import/rows'

type Doc = Record<string, unknown> & { id: ID }

/** Every document of a collection the user may read (drafts as their newest version), as stored. */
const readAll = async (req: PayloadRequest, collection: ImportKind | 'themes', where?: Where) => {
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    draft: collection !== 'themes',
    pagination: false,
    overrideAccess: false,
    req: internalRequest(req),
  })
  return docs as unknown as Doc[]
}

const ids = (value: unknown): ID[] =>
  (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]).map((v) =>
    v && typeof v === 'object' ? (v as { id: ID }).id : (v as ID),
  )

const CHUNK = 500

/** The records rows may be: from this source, or with a row's KvK number or slug. */
const existingFor = async (
  req: PayloadRequest,
  kind: ImportKind,
  source: string,
  rows: ImportRow[],
): Promise<ExistingRecord[]> => {
  const slugs = [
    ...new Set(
      rows
        .map((r) => (r.data.title ?? r.data.name) as string | undefined)
        .filter((n): n is string => Boolean(n))
        .map((n) => slugify(n)),
    ),
  ]
  const kvks = [...new Set(rows.map((r) => r.match.kvkNumber).filter(Boolean))] as string[]
  const found = new Map<string, Doc>()
  const add = (docs: Doc[]) => docs.forEach((d) => found.set(String(d.id), d))
  add(await readAll(req, kind, { externalSource: { equals: source } }))
  for (let i = 0; i < slugs.length; i += CHUNK)
    add(await readAll(req, kind, { slug: { in: slugs.slice(i, i + CHUNK) } }))
  if (kind === 'organisations')
    for (let i = 0; i < kvks.length; i += CHUNK)
      add(await readAll(req, kind, { kvkNumber: { in: kvks.slice(i, i + CHUNK) } }))
  return [...found.values()].map((d) => ({
    id: d.id,
    externalId: d.externalId as string | null,
    externalSource: d.externalSource as string | null,
    kvkNumber: (d.kvkNumber as string | null) ?? null,
    slug: d.slug as string | null,
    organisations: ids(kind === 'venues' ? d.organisations : d.organisation),
    values: d,
  }))
}

/** What a dry run looks names and records up in, as the user (`req.user`) may read them. */
export const loadLookups = async (
  req: PayloadRequest,
  kind: ImportKind,
  source: string,
  rows: ImportRow[],
): Promise<Lookups> => {
  const needsPlaces = kind !== 'organisations'
  const listing = kind === 'activities' || kind === 'openings'
  const [organisations, venues, themes, existing] = await Promise.all([
    needsPlaces ? readAll(req, 'organisations') : [],
    listing ? readAll(req, 'venues') : [],
    listing ? readAll(req, 'themes') : [],
    existingFor(req, kind, source, rows),
  ])
  return {
    organisations: organisations.map((o) => ({
      id: o.id,
      name: String(o.name),
      kvkNumber: o.kvkNumber as string | null,
    })),
    venues: venues.map((v) => ({
      id: v.id,
      name: String(v.name),
      organisations: ids(v.organisations),
    })),
    themes: themes.map((t) => ({ id: t.id, name: String(t.name), slug: t.slug as string | null })),
    existing,
  }
}
