import type { FetchLike } from '../../../src/lib/geo/pdok'

/** A realistic Locatieserver v3_1 answer (fields as requested through `fl`). */
export const pdokBody = (overrides: Record<string, unknown> = {}) => ({
  response: {
    numFound: 1,
    start: 0,
    maxScore: 18.3,
    numFoundExact: true,
    docs: [
      {
        straatnaam: 'Kerklaan',
        huisnummer: 12,
        postcode: '9751NN',
        woonplaatsnaam: 'Haren',
        gemeentecode: '0014',
        gemeentenaam: 'Groningen',
        wijkcode: 'WK001480',
        buurtcode: 'BU00148000',
        weergavenaam: 'Kerklaan 12, 9751NN Haren',
        centroide_ll: 'POINT(6.60958 53.17322)',
        score: 18.3,
        ...overrides,
      },
    ],
  },
})

export const KERKLAAN = {
  street: 'Kerklaan',
  houseNumber: '12',
  postcode: '9751 NN',
  city: 'Haren',
}

export interface FakeFetch extends FetchLike {
  calls: string[]
}

/** A fetch answering every call with `respond(url)`; records the URLs. */
export const fakeFetch = (
  respond: (url: string) => Promise<{ ok: boolean; status: number; json: () => Promise<unknown> }>,
): FakeFetch => {
  const calls: string[] = []
  const fn = (async (url: string) => {
    calls.push(url)
    return respond(url)
  }) as FakeFetch
  fn.calls = calls
  return fn
}

export const okJson = (body: unknown) => () =>
  Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(body) })

/** Like Node's fetch when the host cannot be reached. */
export const unreachable = (): Promise<never> =>
  Promise.reject(
    new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.pdok.nl'), { code: 'ENOTFOUND' }),
    }),
  )

/** A fetch that never answers until its signal aborts. */
export const hangingFetch = (): FakeFetch => {
  const calls: string[] = []
  const fn = ((url: string, init?: { signal?: AbortSignal }) => {
    calls.push(url)
    return new Promise((_, reject) => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- like fetch, rejects with the signal's reason as it is
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true })
    })
  }) as FakeFetch
  fn.calls = calls
  return fn
}
