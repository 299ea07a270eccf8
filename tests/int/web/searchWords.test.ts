import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { searchEngineFor } from '../../../plugins/directory/index'
import type { SearchQuery } from '../../../src/lib/search/types'
import { startWebServer, type WebServer } from '../../helpers/webServer'

/**
 * What residents type, on the results pages and the API of the real server with the demo data:
 * everyday words, compounds, typos, English on the English site, and "Bedoelde je" when nothing
 * is found. (Relevance over 213 judged queries is measured by `npm run bench:relevance`.)
 */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer()
}, 120_000)
afterAll(async () => server?.stop())

const page = async (path: string) => {
  const res = await fetch(`${server.url}${path}`)
  expect(res.status).toBe(200)
  return res.text()
}
const titles = (body: string) =>
  [...body.matchAll(/<h3[^>]*>\s*<a[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))
/** The engine the plugin registered (the API's answers are checked in tests/int/searchApi.test.ts). */
const search = (query: SearchQuery) => searchEngineFor(server.payload)!.search(query)

test('"vrijwilligerswerk" lists the volunteer openings first, whatever their titles say', async () => {
  const { hits } = await search({ text: 'vrijwilligerswerk', pageSize: 20 })
  const volunteer = hits.filter((h) => h.kind === 'volunteer').length
  expect(volunteer).toBeGreaterThanOrEqual(10)
  expect(hits.slice(0, volunteer).every((h) => h.kind === 'volunteer')).toBe(true)
})

test('a part of a compound, a compound, and one slip of the finger find what was meant', async () => {
  expect(titles(await page('/zoeken?q=caf%C3%A9'))).toEqual(
    expect.arrayContaining(['Taalcafé Haren', 'Naaicafé']),
  )
  expect(titles(await page('/zoeken?q=computerles'))).toEqual(
    expect.arrayContaining(['Klik & Tik: beginnen met de computer']),
  )
  expect(titles(await page('/zoeken?q=wandlen'))[0]).toMatch(/Wandel/)
})

test('the English site finds the Dutch listings for English words; the Dutch site does not translate', async () => {
  expect(titles(await page('/en/search?q=coffee'))).toEqual(
    expect.arrayContaining(['Koffieochtend in De Dilgt']),
  )
  expect((await search({ text: 'coffee', locale: 'en' })).total).toBeGreaterThan(0)
  expect((await search({ text: 'coffee' })).total).toBe(0)
})

test('"Bedoelde je …?" links to the search with the nearest known words when nothing is found', async () => {
  const { total, suggestion } = await search({ text: 'zzzqqq' })
  expect(total).toBe(0)
  expect(suggestion).toBeUndefined()
  const result = await search({ text: 'kofi' })
  expect(result).toMatchObject({ total: 0, suggestion: 'koffie' })
  const body = await page('/zoeken?q=kofi&free=true')
  expect(body).toContain('Bedoelde je <a href="/zoeken?q=koffie&amp;free=true">koffie</a>?')
  expect(body).toMatch(/We hebben niets gevonden\.<\/p> <p/)
  expect(await page('/en/search?q=kofi')).toContain(
    'Did you mean <a href="/en/search?q=koffie">koffie</a>?',
  )
})

test("editors' word groups are what search uses: a new group finds, a removed one no longer does", async () => {
  const { payload } = server
  const { refreshLexicon } = await import('../../../plugins/directory/search/lexicon')
  const seeded = await payload.count({ collection: 'search-synonyms', overrideAccess: true })
  expect(seeded.totalDocs).toBeGreaterThan(20)
  expect((await search({ text: 'zzkoffietijd' })).total).toBe(0)
  const group = await payload.create({
    collection: 'search-synonyms',
    overrideAccess: true,
    data: { words: 'zzkoffietijd, koffieochtend' },
  })
  await refreshLexicon(payload)
  expect((await search({ text: 'zzkoffietijd' })).hits.map((h) => h.title)).toContain(
    'Koffieochtend in De Dilgt',
  )
  await payload.delete({ collection: 'search-synonyms', id: group.id, overrideAccess: true })
  await refreshLexicon(payload)
  expect((await search({ text: 'zzkoffietijd' })).total).toBe(0)
  // One word is no group: refused with a message, nothing stored.
  const refused = await payload
    .create({ collection: 'search-synonyms', overrideAccess: true, data: { words: 'alleen' } })
    .catch((e: { data?: { errors?: { message: string }[] } }) => e)
  expect(
    (refused as { data?: { errors?: { path: string; message: string }[] } }).data?.errors,
  ).toEqual([
    {
      label: 'Woorden',
      path: 'words',
      message: 'Geef minstens twee woorden, gescheiden door komma’s.',
    },
  ])
  expect(
    (
      await payload.count({
        collection: 'search-synonyms',
        where: { words: { equals: 'alleen' } },
        overrideAccess: true,
      })
    ).totalDocs,
  ).toBe(0)
})
