import { z } from 'zod'

import {
  ACCESSIBILITY_FACETS,
  AGE_BANDS,
  HELP_FACETS,
  LISTING_KINDS,
  MAX_PAGE_SIZE,
  PARTS_OF_DAY,
  SORTS,
} from './types'

const BAND_VALUES = AGE_BANDS.map((b) => b.value)

/**
 * The query parameters of GET /api/directory/search, one definition each: the schema a value
 * must pass, the hint an error gives (in Dutch and English) and what the OpenAPI document says.
 * parseSearchParams (queryParams.ts) checks a query string against them.
 */

export type Hint = { nl: string; en: string }
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
    name: 'ageBand',
    schema: z.enum(BAND_VALUES as [string, ...string[]]),
    hint: { nl: `kies uit ${BAND_VALUES.join(', ')}`, en: `one of ${BAND_VALUES.join(', ')}` },
    openapi: { type: 'string', enum: BAND_VALUES },
    description: `Age band: listings whose age range overlaps it (or have none). ${AGE_BANDS.map((b) => `${b.value} ${b.min}–${b.max}`).join(', ')}.`,
  },
  {
    name: 'help',
    many: true,
    schema: z.enum(HELP_FACETS),
    hint: { nl: `kies uit ${HELP_FACETS.join(', ')}`, en: `one of ${HELP_FACETS.join(', ')}` },
    openapi: list(HELP_FACETS),
    description:
      'What helps taking part (all of them): buddy_welcome (bring a buddy), no_referral, dutch_practice, prikkelarm (low-stimulus), guidance (an opening with a supervisor or job coach).',
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
