import { z } from 'zod'

import { normalisePostcode } from '../geo/postcode'
import {
  ACCESSIBILITY_FACETS,
  LISTING_KINDS,
  MAX_PAGE_SIZE,
  PARTS_OF_DAY,
  type SearchQuery,
  SORTS,
} from './types'

export interface ParamIssue {
  field: string
  message: { nl: string; en: string }
}

type Hint = { nl: string; en: string }
interface ParamDef {
  name: string
  schema: z.ZodType
  many?: boolean
  hint: Hint
  /** For the OpenAPI document. */
  openapi: Record<string, unknown>
  description: string
}

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max)
const num = (min: number, max: number) => z.coerce.number().min(min).max(max)
const id = z.string().regex(/^[\w-]{1,64}$/)
const list = (values: readonly string[]) => ({
  type: 'array',
  items: { type: 'string', enum: values },
  maxItems: 20,
})

/** Every query parameter of GET /api/directory/search: how it is checked and how it is documented. */
export const SEARCH_PARAMS: ParamDef[] = [
  {
    name: 'q',
    schema: z.string().max(200),
    hint: { nl: 'hoogstens 200 tekens', en: 'at most 200 characters' },
    openapi: { type: 'string', maxLength: 200 },
    description:
      'Words to find: Dutch word forms, accents, compounds (café finds Taalcafé, computerles finds computer lessons), everyday words for kinds of places (vrijwilligerswerk), synonyms and typos are understood; each word also as a prefix.',
  },
  {
    name: 'kind',
    many: true,
    schema: z.enum(LISTING_KINDS),
    hint: { nl: `kies uit ${LISTING_KINDS.join(', ')}`, en: `one of ${LISTING_KINDS.join(', ')}` },
    openapi: list(LISTING_KINDS),
    description: 'Activity or kind of opening; several allowed (any of them).',
  },
  {
    name: 'theme',
    many: true,
    schema: id,
    hint: { nl: 'een thema-id', en: 'a theme id' },
    openapi: { type: 'array', items: { type: 'string' } },
    description: 'Theme ids (any of them).',
  },
  {
    name: 'area',
    many: true,
    schema: id,
    hint: { nl: 'een wijk-id', en: 'an area id' },
    openapi: { type: 'array', items: { type: 'string' } },
    description: 'Area (wijk / kern) ids (any of them).',
  },
  {
    name: 'day',
    many: true,
    schema: int(1, 7),
    hint: { nl: 'gebruik 1 (maandag) tot en met 7 (zondag)', en: 'use 1 (Monday) to 7 (Sunday)' },
    openapi: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 7 } },
    description: 'ISO weekdays, 1 = Monday (any of them).',
  },
  {
    name: 'part',
    many: true,
    schema: z.enum(PARTS_OF_DAY),
    hint: { nl: 'kies uit morning, afternoon, evening', en: 'one of morning, afternoon, evening' },
    openapi: list(PARTS_OF_DAY),
    description: 'Part of the day (any of them).',
  },
  {
    name: 'free',
    schema: bool,
    hint: { nl: 'true of false', en: 'true or false' },
    openapi: { type: 'boolean' },
    description: 'Only free activities.',
  },
  {
    name: 'walkIn',
    schema: bool,
    hint: { nl: 'true of false', en: 'true or false' },
    openapi: { type: 'boolean' },
    description: 'Only activities without sign-up.',
  },
  {
    name: 'age',
    schema: int(0, 120),
    hint: { nl: 'een leeftijd van 0 tot 120', en: 'an age from 0 to 120' },
    openapi: { type: 'integer', minimum: 0, maximum: 120 },
    description: 'Age of the person: listings whose age range includes it.',
  },
  {
    name: 'access',
    many: true,
    schema: z.enum(ACCESSIBILITY_FACETS),
    hint: {
      nl: `kies uit ${ACCESSIBILITY_FACETS.join(', ')}`,
      en: `one of ${ACCESSIBILITY_FACETS.join(', ')}`,
    },
    openapi: list(ACCESSIBILITY_FACETS),
    description: 'Accessibility of the venue (all of them).',
  },
  {
    name: 'rung',
    many: true,
    schema: int(1, 6),
    hint: { nl: 'een trede van 1 tot en met 6', en: 'a rung from 1 to 6' },
    openapi: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 6 } },
    description: 'Participation-ladder rungs (any of them).',
  },
  {
    name: 'lat',
    schema: num(-90, 90),
    hint: {
      nl: 'een breedtegraad (-90 tot 90), samen met lon',
      en: 'a latitude (-90 to 90), with lon',
    },
    openapi: { type: 'number', minimum: -90, maximum: 90 },
    description: 'Latitude of "near me" (WGS84), with lon.',
  },
  {
    name: 'lon',
    schema: num(-180, 180),
    hint: {
      nl: 'een lengtegraad (-180 tot 180), samen met lat',
      en: 'a longitude (-180 to 180), with lat',
    },
    openapi: { type: 'number', minimum: -180, maximum: 180 },
    description: 'Longitude of "near me" (WGS84), with lat.',
  },
  {
    name: 'postcode',
    schema: z.string().max(12),
    hint: {
      nl: 'een Nederlandse postcode, zoals 9751 AB of 9751',
      en: 'a Dutch postcode, such as 9751 AB or 9751',
    },
    openapi: { type: 'string', example: '9751 AB' },
    description: 'Search near this postcode (its PC4 area centre) instead of lat/lon.',
  },
  {
    name: 'radius',
    schema: num(0.1, 250),
    hint: { nl: 'een straal in km van 0,1 tot 250', en: 'a radius in km from 0.1 to 250' },
    openapi: { type: 'number', minimum: 0.1, maximum: 250, default: 10 },
    description: 'Radius in kilometres around lat/lon or postcode (default 10).',
  },
  {
    name: 'sort',
    schema: z.enum(SORTS),
    hint: {
      nl: 'kies uit relevance, distance, soonest',
      en: 'one of relevance, distance, soonest',
    },
    openapi: { type: 'string', enum: SORTS, default: 'relevance' },
    description: 'Order: relevance, distance (needs a location) or soonest.',
  },
  {
    name: 'page',
    schema: int(1, 1000),
    hint: { nl: 'een paginanummer van 1 tot 1000', en: 'a page number from 1 to 1000' },
    openapi: { type: 'integer', minimum: 1, maximum: 1000, default: 1 },
    description: 'Page number.',
  },
  {
    name: 'lang',
    schema: z.enum(['nl', 'en']),
    hint: { nl: 'nl of en', en: 'nl or en' },
    openapi: { type: 'string', enum: ['nl', 'en'], default: 'nl' },
    description:
      'Language of the words in q: with en, English words also find the Dutch listings (coffee → koffie).',
  },
  {
    name: 'pageSize',
    schema: int(1, 10_000).transform((n) => Math.min(n, MAX_PAGE_SIZE)),
    hint: {
      nl: 'een aantal vanaf 1 (hoogstens 50 per pagina)',
      en: 'a number from 1 (at most 50 per page)',
    },
    openapi: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 },
    description: `Results per page; larger values are capped at ${MAX_PAGE_SIZE}.`,
  },
]

const issue = (field: string, hint: Hint): ParamIssue => ({
  field,
  message: {
    nl: `Ongeldige waarde voor "${field}": ${hint.nl}.`,
    en: `Invalid value for "${field}": ${hint.en}.`,
  },
})

export type PostcodeLookup = (postcode: string) => { lat: number; lon: number } | null

export type ParsedSearch =
  | {
      ok: true
      query: SearchQuery
      near?: { lat: number; lon: number; radiusKm: number; from: 'coordinates' | 'postcode' }
    }
  | { ok: false; errors: ParamIssue[] }

/**
 * Query string → a checked SearchQuery, or every problem at once (each naming its parameter,
 * in Dutch and English). Repeated parameters and comma-separated lists both work.
 */
export const parseSearchParams = (
  params: URLSearchParams,
  lookupPostcode: PostcodeLookup,
): ParsedSearch => {
  const errors: ParamIssue[] = []
  const known = new Set(SEARCH_PARAMS.map((p) => p.name))
  for (const name of new Set(params.keys())) {
    if (!known.has(name))
      errors.push({
        field: name,
        message: { nl: `Onbekende parameter "${name}".`, en: `Unknown parameter "${name}".` },
      })
  }
  const values: Record<string, unknown> = {}
  for (const def of SEARCH_PARAMS) {
    const raw = params.getAll(def.name)
    if (raw.length === 0) continue
    if (!def.many && raw.length > 1) {
      errors.push(issue(def.name, def.hint))
      continue
    }
    const items = def.many
      ? raw
          .flatMap((r) => r.split(','))
          .map((s) => s.trim())
          .filter(Boolean)
      : [raw[0]!.trim()]
    if (def.many && items.length > 20) {
      errors.push(issue(def.name, def.hint))
      continue
    }
    const parsed = items.map((item) => def.schema.safeParse(item))
    if (parsed.some((p) => !p.success) || (!def.many && items[0] === '' && def.name !== 'q'))
      errors.push(issue(def.name, def.hint))
    else values[def.name] = def.many ? [...new Set(parsed.map((p) => p.data))] : parsed[0]!.data
  }

  let near: Extract<ParsedSearch, { ok: true }>['near']
  const radiusKm = (values.radius as number | undefined) ?? 10
  if ((values.lat === undefined) !== (values.lon === undefined)) {
    for (const f of ['lat', 'lon'])
      if (values[f] === undefined && !errors.some((e) => e.field === f))
        errors.push(issue(f, SEARCH_PARAMS.find((p) => p.name === f)!.hint))
  } else if (values.lat !== undefined) {
    near = { lat: values.lat as number, lon: values.lon as number, radiusKm, from: 'coordinates' }
  }
  if (typeof values.postcode === 'string') {
    const code = values.postcode
    const point =
      normalisePostcode(code) || /^\s*[1-9]\d{3}\s*$/.test(code)
        ? lookupPostcode(code.trim())
        : null
    if (near)
      errors.push({
        field: 'postcode',
        message: {
          nl: 'Geef een postcode óf lat/lon, niet allebei.',
          en: 'Give a postcode or lat/lon, not both.',
        },
      })
    else if (!point)
      errors.push(
        issue('postcode', {
          nl: 'deze postcode kennen we niet; gebruik bijvoorbeeld 9751 AB',
          en: 'unknown postcode; use for example 9751 AB',
        }),
      )
    else near = { ...point, radiusKm, from: 'postcode' }
  }
  if (
    values.radius !== undefined &&
    !near &&
    !errors.some((e) => ['lat', 'lon', 'postcode'].includes(e.field))
  ) {
    errors.push(
      issue('radius', {
        nl: 'een straal werkt alleen met lat/lon of een postcode',
        en: 'a radius needs lat/lon or a postcode',
      }),
    )
  }
  if (
    values.sort === 'distance' &&
    !near &&
    !errors.some((e) => ['lat', 'lon', 'postcode'].includes(e.field))
  ) {
    errors.push(
      issue('sort', {
        nl: 'sorteren op afstand kan alleen met lat/lon of een postcode',
        en: 'sorting by distance needs lat/lon or a postcode',
      }),
    )
  }
  if (errors.length) return { ok: false, errors }

  const query: SearchQuery = {
    text: values.q as string | undefined,
    kinds: values.kind as SearchQuery['kinds'],
    themes: values.theme as string[] | undefined,
    areas: values.area as string[] | undefined,
    weekdays: values.day as number[] | undefined,
    partsOfDay: values.part as SearchQuery['partsOfDay'],
    free: values.free as boolean | undefined,
    walkIn: values.walkIn as boolean | undefined,
    age: values.age as number | undefined,
    accessibility: values.access as SearchQuery['accessibility'],
    rungs: values.rung as number[] | undefined,
    near: near ? { lat: near.lat, lon: near.lon, radiusKm: near.radiusKm } : undefined,
    sort: values.sort as SearchQuery['sort'],
    page: values.page as number | undefined,
    pageSize: values.pageSize as number | undefined,
    locale: values.lang as SearchQuery['locale'],
  }
  return { ok: true, query, near }
}
