import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { allDocs } from '../../helpers/payload'
import { startWebServer, type WebServer } from '../../helpers/webServer'

/**
 * "Vraag deze ruimte aan" on the site: the room's page with its facts and the times already
 * taken, the form's problems named with what was typed kept, a request stored and confirmed,
 * and a taken time refused (409) once the venue accepted another request for it.
 */
let server: WebServer
let roomPath = ''
beforeAll(async () => {
  server = await startWebServer({ formLimit: { points: 10_000, durationSeconds: 600 } })
  const venue = (
    await server.payload.find({
      collection: 'venues',
      where: { slug: { equals: 'huis-van-de-wijk-de-dilgt' } },
      overrideAccess: true,
    })
  ).docs[0]!
  roomPath = `/locatie/huis-van-de-wijk-de-dilgt/ruimte/${venue.rooms![0]!.id}`
}, 120_000)
afterAll(async () => server?.stop())

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
const post = (body: Record<string, string>) =>
  fetch(`${server.url}${roomPath}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  })
const good = {
  date: inDays(14),
  start: '19:00',
  end: '21:30',
  purpose: 'Buurtoverleg over de speeltuin',
  people: '15',
  groupName: 'Bewoners Dilgtweg',
  contactName: 'Hans',
  email: 'hans@dilgtweg.test',
  phone: '',
  consent: 'yes',
  website: '',
}

describe('asking for a room on the site', () => {
  test('the venue page links the room that takes requests; its page shows the facts and what is taken', async () => {
    const venue = await (await fetch(`${server.url}/locatie/huis-van-de-wijk-de-dilgt`)).text()
    expect(venue).toContain(`href="${roomPath}">Vraag deze ruimte aan`)
    expect(venue.match(/Vraag deze ruimte aan/g)).toHaveLength(1)
    const page = await (await fetch(`${server.url}${roomPath}`)).text()
    expect(page).toContain('Grote zaal in Huis van de Wijk De Dilgt')
    expect(page).toContain('<dt>Zonder drempels bereikbaar</dt><dd>Ja</dd>')
    expect(page).toContain('Keuken, Koffie en thee, Beamer of scherm, Wifi')
    expect(page).toContain('Gratis voor bewonersinitiatieven')
    expect(page).toContain('De komende weken is nog niets bezet.')
    expect(
      (await fetch(`${server.url}/locatie/huis-van-de-wijk-de-dilgt/ruimte/bestaat-niet`)).status,
    ).toBe(404)
  })

  test('problems are named at their fields with what was typed kept; nothing is stored', async () => {
    const before = (await allDocs(server.payload, 'room-bookings')).length
    const res = await post({ ...good, date: '', people: 'veel', consent: '' })
    expect(res.status).toBe(400)
    const page = await res.text()
    expect(page).toContain('href="#room-date">Kies een datum.')
    expect(page).toContain('href="#room-people">Vul het aantal mensen in')
    expect(page).toContain('value="Buurtoverleg over de speeltuin"')
    const tooMany = await post({ ...good, people: '61' })
    expect(tooMany.status).toBe(400)
    expect(await tooMany.text()).toContain('Er passen hoogstens 60 mensen in deze ruimte.')
    expect((await allDocs(server.payload, 'room-bookings')).length).toBe(before)
  })

  test('a request is stored and confirmed; once the venue accepts it, the time shows as taken and a second request for it is refused', async () => {
    const res = await post(good)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${roomPath}/verstuurd`)
    expect(await (await fetch(`${server.url}${roomPath}/verstuurd`)).text()).toContain(
      'Huis van de Wijk De Dilgt heeft je aanvraag voor Grote zaal gekregen.',
    )
    const stored = (await allDocs(server.payload, 'room-bookings', 'id')).at(-1)!
    expect(stored).toMatchObject({
      groupName: 'Bewoners Dilgtweg',
      status: 'requested',
      phone: null,
    })
    await server.payload.update({
      collection: 'room-bookings',
      id: stored.id,
      data: { status: 'accepted' },
      overrideAccess: true,
    })
    const page = await (await fetch(`${server.url}${roomPath}`)).text()
    expect(page).toMatch(/<li>\d+ \w+ 20\d\d, 19\.00–21\.30<\/li>/)
    const second = await post({ ...good, start: '20:00', end: '22:00', groupName: 'Koor' })
    expect(second.status).toBe(409)
    const again = await second.text()
    expect(again).toContain('Deze ruimte is dan al bezet. Kies een andere tijd.')
    expect(again).toContain('value="Koor"')
  })
})
