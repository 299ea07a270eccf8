import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { startWebServer, type WebServer } from '../../helpers/webServer'

/** "Wat past bij mij?" through the real express app on the demo data, as a browser without JavaScript uses it. */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer()
}, 120_000)
afterAll(async () => server?.stop())

const html = async (path: string, status = 200) => {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  const body = await res.text()
  expect([path, res.status]).toEqual([path, status])
  return body
}
const cards = (body: string) => body.split(/<li class="card"[^>]*>/).slice(1)
const hidden = (body: string) =>
  [...body.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map(
    (m) => `${m[1]}=${m[2]}`,
  )

describe('"Wat past bij mij?"', () => {
  test('the home page leads to the first question; each screen is one question of six', async () => {
    expect(await html('/')).toContain('href="/wat-past-bij-mij"')
    const first = await html('/wat-past-bij-mij')
    expect(first).toContain('Vraag 1 van 6')
    expect(first).toMatch(/<h1>Wat wil je graag\?<\/h1>/)
    expect(first).toContain('action="/wat-past-bij-mij"')
    expect(first).not.toContain('Vorige vraag')
    expect(hidden(first)).toEqual(['step=2'])
  })

  test('answers travel along in the address: the next screen carries them, "Vorige vraag" goes back with them', async () => {
    const third = await html('/wat-past-bij-mij?want=meet&want=help&theme=1&step=3')
    expect(third).toContain('Vraag 3 van 6')
    expect(hidden(third)).toEqual(['want=meet', 'want=help', 'theme=1', 'step=4'])
    expect(third).toContain(
      'href="/wat-past-bij-mij?want=meet&amp;want=help&amp;theme=1&amp;step=2"',
    )
    // Back on a screen, its own answer is ticked again, not carried twice.
    const first = await html('/wat-past-bij-mij?want=meet&theme=1&step=1')
    expect(first).toMatch(/id="q-want-meet" name="want" checked="" value="meet"/)
    expect(hidden(first)).toEqual(['theme=1', 'step=2'])
  })

  test('an unknown postcode shows the place question again (400), with the other answers kept', async () => {
    const body = await html('/wat-past-bij-mij?want=meet&day=2&postcode=hallo&step=7', 400)
    expect(body).toContain('Vraag 4 van 6')
    expect(body).toContain('Deze postcode kennen we niet')
    expect(body).toMatch(/aria-invalid="true"/)
    expect(hidden(body)).toEqual(['want=meet', 'day=2', 'step=5'])
    expect(body).toContain('value="HALLO"')
    const bad = await html('/wat-past-bij-mij?want=dance&day=2&step=3', 400)
    expect(bad).toContain('Vraag 1 van 6')
    expect(hidden(bad)).toEqual(['day=2', 'step=2'])
  })

  test('suggestions: each fits the hard answers and says why, in true reasons', async () => {
    const body = await html(
      '/wat-past-bij-mij?want=meet&day=2&postcode=9751AB&radius=5&help=free&step=7',
    )
    expect(body).toMatch(/<h1>Dit past bij jou<\/h1>/)
    const found = cards(body)
    expect(found.length).toBeGreaterThan(1)
    for (const card of found) {
      expect(card).toContain('Waarom dit bij je past')
      expect(card).toContain('Je wilt mensen ontmoeten.')
      expect(card).toContain('Op dinsdag.')
      const km = Number(/([\d,]+) km van je postcode/.exec(card)![1]!.replace(',', '.'))
      expect(km).toBeLessThanOrEqual(5)
      if (card.includes('Het is gratis.')) expect(card).toContain('<li class="badge">Gratis</li>')
    }
    // Free ones first: they match one more answer.
    const free = found.map((c) => c.includes('Het is gratis.'))
    expect(free).toEqual([...free].sort((a, b) => Number(b) - Number(a)))
    expect(body).toContain('href="/zoeken?day=2&amp;postcode=9751AB&amp;radius=5&amp;free=true"')
  })

  test('"Gebruik mijn locatie" instead of a postcode: the distance is from where you are', async () => {
    const where = await html('/wat-past-bij-mij?want=meet&step=4')
    expect(where).toMatch(/<button[^>]*hidden=""[^>]*data-module="use-location"/)
    const body = await html('/wat-past-bij-mij?want=meet&lat=53.17322&lon=6.60958&radius=5&step=7')
    const found = cards(body)
    expect(found.length).toBeGreaterThan(0)
    for (const card of found) {
      const km = Number(/([\d,]+) km van waar je bent\./.exec(card)![1]!.replace(',', '.'))
      expect(km).toBeLessThanOrEqual(5)
    }
    // Back on the place question, the location is kept (and a postcode would replace it).
    const back = await html('/wat-past-bij-mij?want=meet&lat=53.17322&lon=6.60958&radius=5&step=4')
    expect(back).toContain('We gebruiken je locatie.')
    expect(back).toContain('name="lat" value="53.17322"')
    expect(await html('/wat-past-bij-mij?lat=91&lon=6&step=7', 400)).toContain('Vraag 4 van 6')
  })

  test('few suggestions: ways to widen the search; English at /en/what-suits-me', async () => {
    const body = await html('/en/what-suits-me?want=work&day=7&age=16&step=7')
    expect(body).toMatch(/<h1>This suits you<\/h1>/)
    expect(body).toContain('Want to see more?')
    expect(body).toContain('href="/en/what-suits-me?want=work&amp;age=16&amp;step=7"')
    expect(body).toContain('href="/en/what-suits-me?want=work&amp;day=7&amp;step=7"')
  })
})

describe('next steps on the participation ladder', () => {
  const related = (body: string) => {
    const i = body.indexOf('class="related"')
    return i < 0 ? '' : body.slice(i, body.indexOf('</section>', i))
  }

  test('residents read the rungs in their own words; a logged-in professional reads the official labels', async () => {
    const resident = await html('/activiteit/koffieochtend-in-de-dilgt')
    expect(resident).toContain('Eerste stap: mensen ontmoeten')
    expect(resident).not.toContain('Geïsoleerd')
    // The admin's login cookie, as the admin's login form sets it.
    const { token } = await server.payload.login({
      collection: 'users',
      data: { email: 'professional@meedoen.test', password: 'demo-professional' },
    })
    const res = await fetch(`${server.url}/activiteit/koffieochtend-in-de-dilgt`, {
      headers: { cookie: `payload-token=${token}` },
    })
    const professional = await res.text()
    expect(professional).toContain('1 · Geïsoleerd')
    expect(professional).not.toContain('Eerste stap: mensen ontmoeten')
  })

  test('an activity shows "Een volgende stap": listings one rung up, nearby, each saying why', async () => {
    const section = related(await html('/activiteit/koffieochtend-in-de-dilgt'))
    expect(section).toContain('Een volgende stap')
    const found = cards(section)
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThanOrEqual(3)
    for (const card of found) expect(card).toContain('Een stap verder: Vrijwilligerswerk.')
    expect(section).not.toContain('href="/activiteit/koffieochtend-in-de-dilgt"')
  })

  test('a full opening shows places like it that still have room, not a dead end', async () => {
    const section = related(await html('/plek/trainer-jongerenboksen'))
    expect(section).toContain('Plekken zoals deze')
    const found = cards(section)
    expect(found.length).toBeGreaterThan(0)
    for (const card of found) {
      expect(card).toContain('Ook vrijwilligerswerk.')
      expect(card).not.toContain('Vol')
    }
    expect(section).not.toContain('trainer-jongerenboksen')
  })
})
