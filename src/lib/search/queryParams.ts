import { normalisePostcode } from '../geo/postcode'
import { type Hint, SEARCH_PARAMS } from './searchParamDefs'
import type { SearchQuery } from './types'

export interface ParamIssue {
  field: string
  message: { nl: string; en: string }
}

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

type Near = Extract<ParsedSearch, { ok: true }>['near']

/** Records a problem for every parameter the search does not know. */
const checkKnown = (params: URLSearchParams, errors: ParamIssue[]): void => {
  const known = new Set(SEARCH_PARAMS.map((p) => p.name))
  for (const name of new Set(params.keys())) {
    if (!known.has(name))
      errors.push({
        field: name,
        message: { nl: `Onbekende parameter "${name}".`, en: `Unknown parameter "${name}".` },
      })
  }
}

/** Each known parameter's checked value (a list for repeatable ones); a problem for each bad one. */
const parseValues = (params: URLSearchParams, errors: ParamIssue[]): Record<string, unknown> => {
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
  return values
}

/** The place to search near, from lat/lon or a postcode (not both); a problem when either is incomplete or unknown. */
const nearOf = (
  values: Record<string, unknown>,
  errors: ParamIssue[],
  lookupPostcode: PostcodeLookup,
): Near => {
  let near: Near
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
  return near
}

/** Records a problem for a radius or a distance sort without a place (unless the place itself already had one). */
const checkNeedsPlace = (values: Record<string, unknown>, near: Near, errors: ParamIssue[]) => {
  if (near || errors.some((e) => ['lat', 'lon', 'postcode'].includes(e.field))) return
  if (values.radius !== undefined) {
    errors.push(
      issue('radius', {
        nl: 'een straal werkt alleen met lat/lon of een postcode',
        en: 'a radius needs lat/lon or a postcode',
      }),
    )
  }
  if (values.sort === 'distance') {
    errors.push(
      issue('sort', {
        nl: 'sorteren op afstand kan alleen met lat/lon of een postcode',
        en: 'sorting by distance needs lat/lon or a postcode',
      }),
    )
  }
}

/** The checked values as a SearchQuery. */
const queryOf = (values: Record<string, unknown>, near: Near): SearchQuery => ({
  text: values.q as string | undefined,
  kinds: values.kind as SearchQuery['kinds'],
  themes: values.theme as string[] | undefined,
  areas: values.area as string[] | undefined,
  weekdays: values.day as number[] | undefined,
  partsOfDay: values.part as SearchQuery['partsOfDay'],
  free: values.free as boolean | undefined,
  walkIn: values.walkIn as boolean | undefined,
  age: values.age as number | undefined,
  ageBand: values.ageBand as SearchQuery['ageBand'],
  help: values.help as SearchQuery['help'],
  accessibility: values.access as SearchQuery['accessibility'],
  rungs: values.rung as number[] | undefined,
  near: near ? { lat: near.lat, lon: near.lon, radiusKm: near.radiusKm } : undefined,
  sort: values.sort as SearchQuery['sort'],
  page: values.page as number | undefined,
  pageSize: values.pageSize as number | undefined,
  locale: values.lang as SearchQuery['locale'],
})

/**
 * Query string → a checked SearchQuery, or every problem at once (each naming its parameter,
 * in Dutch and English). Repeated parameters and comma-separated lists both work.
 */
export const parseSearchParams = (
  params: URLSearchParams,
  lookupPostcode: PostcodeLookup,
): ParsedSearch => {
  const errors: ParamIssue[] = []
  checkKnown(params, errors)
  const values = parseValues(params, errors)
  const near = nearOf(values, errors, lookupPostcode)
  checkNeedsPlace(values, near, errors)
  if (errors.length) return { ok: false, errors }
  return { ok: true, query: queryOf(values, near), near }
}
