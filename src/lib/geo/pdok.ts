/**
 * PDOK Locatieserver v3_1 (the free geocoder of the Dutch government, BAG-based): one GET to
 * `/free`, the best match only. The caller injects `fetch` (tests never reach the network).
 */
const PDOK_BASE_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1'
export const DEFAULT_TIMEOUT_MS = 3000

const FIELDS = [
  'centroide_ll',
  'gemeentecode',
  'gemeentenaam',
  'wijkcode',
  'buurtcode',
  'postcode',
  'huisnummer',
  'straatnaam',
  'woonplaatsnaam',
  'weergavenaam',
  'score',
].join(',')

export type GeocoderErrorKind = 'unreachable' | 'timeout' | 'bad_response' | 'not_found'

export class GeocoderError extends Error {
  readonly kind: GeocoderErrorKind

  constructor(kind: GeocoderErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'GeocoderError'
    this.kind = kind
  }
}

export type FetchLike = (
  input: string,
  init?: { signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<{
  ok: boolean
  status: number
  json: () => Promise<unknown>
}>

export interface PdokQuery {
  street?: string
  houseNumber?: string
  /** Normalised, "9751 AB". */
  postcode: string
  city?: string
}

export interface PdokResult {
  lat: number
  lon: number
  /** 'adres' when the query named a street and house number, else 'postcode' (PC6 centroid). */
  type: 'adres' | 'postcode'
  gemeenteCode?: string
  gemeenteNaam?: string
  wijkCode?: string
  buurtCode?: string
  postcode?: string
  houseNumber?: string
  street?: string
  city?: string
  displayName?: string
  score?: number
}

export interface PdokOptions {
  fetch?: FetchLike
  timeoutMs?: number
  baseUrl?: string
}

/** The request URL: an address search when street and house number are known, else a postcode search. */
const isAddressQuery = (query: PdokQuery): boolean =>
  Boolean(query.street?.trim() && query.houseNumber?.trim())

export const pdokSearchUrl = (query: PdokQuery, baseUrl = PDOK_BASE_URL): string => {
  const isAddress = isAddressQuery(query)
  const q = isAddress
    ? `${query.street!.trim()} ${query.houseNumber!.trim()}, ${query.postcode} ${query.city?.trim() ?? ''}`.trim()
    : `${query.postcode} ${query.city?.trim() ?? ''}`.trim()
  const params = new URLSearchParams({
    q,
    fq: isAddress ? 'type:adres' : 'type:postcode',
    rows: '1',
    fl: FIELDS,
  })
  return `${baseUrl.replace(/\/+$/, '')}/free?${params.toString()}`
}

const POINT = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/

/** "POINT(6.6097 53.1728)" → { lon, lat }, or null. */
export const parsePoint = (value: unknown): { lon: number; lat: number } | null => {
  if (typeof value !== 'string') return null
  const m = POINT.exec(value.trim())
  if (!m) return null
  const lon = Number(m[1])
  const lat = Number(m[2])
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null
  return { lon, lat }
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim()
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined

/** Reads the first document of a Locatieserver answer; throws not_found / bad_response. */
const parsePdokResponse = (body: unknown, type: PdokResult['type'] = 'adres'): PdokResult => {
  const response = (body as { response?: { docs?: unknown } } | null)?.response
  if (!response || !Array.isArray(response.docs))
    throw new GeocoderError('bad_response', 'PDOK: no response.docs')
  const doc = response.docs[0] as Record<string, unknown> | undefined
  if (!doc) throw new GeocoderError('not_found', 'PDOK: no match')
  const point = parsePoint(doc.centroide_ll)
  if (!point)
    throw new GeocoderError(
      'bad_response',
      `PDOK: unreadable centroide_ll ${JSON.stringify(doc.centroide_ll)}`,
    )
  return {
    ...point,
    type,
    gemeenteCode: str(doc.gemeentecode),
    gemeenteNaam: str(doc.gemeentenaam),
    wijkCode: str(doc.wijkcode),
    buurtCode: str(doc.buurtcode),
    postcode: str(doc.postcode),
    houseNumber: str(doc.huisnummer),
    street: str(doc.straatnaam),
    city: str(doc.woonplaatsnaam),
    displayName: str(doc.weergavenaam),
    score: typeof doc.score === 'number' ? doc.score : undefined,
  }
}

const isTimeout = (err: unknown, signal: AbortSignal): boolean =>
  signal.aborted ||
  (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))

/**
 * Looks an address (or a bare postcode) up. The timeout covers the whole exchange, also when an
 * injected fetch ignores the abort signal.
 */
export const pdokSearch = async (
  query: PdokQuery,
  options: PdokOptions = {},
): Promise<PdokResult> => {
  const doFetch = options.fetch ?? globalThis.fetch
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const url = pdokSearchUrl(query, options.baseUrl)
  const type: PdokResult['type'] = isAddressQuery(query) ? 'adres' : 'postcode'
  const signal = AbortSignal.timeout(timeoutMs)
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new GeocoderError('timeout', `PDOK: no answer within ${timeoutMs} ms`))
    signal.addEventListener('abort', onAbort, { once: true })
  })
  aborted.catch(() => undefined)
  try {
    let res: Awaited<ReturnType<FetchLike>>
    try {
      res = await Promise.race([
        doFetch(url, { signal, headers: { accept: 'application/json' } }),
        aborted,
      ])
    } catch (err) {
      if (err instanceof GeocoderError) throw err
      if (isTimeout(err, signal))
        throw new GeocoderError('timeout', `PDOK: no answer within ${timeoutMs} ms`, { cause: err })
      throw new GeocoderError(
        'unreachable',
        `PDOK unreachable: ${(err as Error)?.message ?? err}`,
        { cause: err },
      )
    }
    if (res.status >= 500)
      throw new GeocoderError('unreachable', `PDOK answered HTTP ${res.status}`)
    if (!res.ok) throw new GeocoderError('bad_response', `PDOK answered HTTP ${res.status}`)
    let body: unknown
    try {
      body = await Promise.race([res.json(), aborted])
    } catch (err) {
      if (err instanceof GeocoderError) throw err
      throw new GeocoderError('bad_response', 'PDOK: response is not JSON', { cause: err })
    }
    return parsePdokResponse(body, type)
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort)
  }
}
