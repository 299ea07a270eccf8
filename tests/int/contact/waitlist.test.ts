import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { allDocs } from '../../helpers/payload'
import { startWebServer, type WebServer } from '../../helpers/webServer'

/**
 * "Zet me op de wachtlijst": a full opening of an organisation that keeps a waiting list takes
 * interests marked as waiting (same privacy as every interest); one that does not, takes none.
 */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer({ formLimit: { points: 10_000, durationSeconds: 600 } })
}, 120_000)
afterAll(async () => server?.stop())

const FULL_WITH_LIST = '/plek/trainer-jongerenboksen'
const FULL_WITHOUT = '/plek/dagbesteding-houtwerkplaats'
const post = (path: string, body: Record<string, string>) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  })
const good = { name: 'Dewi', contactBy: 'phone', phone: '06 22222222', consent: 'yes', website: '' }

describe('the waiting list of a full opening', () => {
  test('the page offers the waiting list, with the same privacy notice, and places like it', async () => {
    const page = await (await fetch(`${server.url}${FULL_WITH_LIST}`)).text()
    expect(page).toContain('<h2 id="interesse-title">Zet me op de wachtlijst</h2>')
    expect(page).toContain('Deze plek is nu vol. Zet je op de wachtlijst')
    expect(page).toContain('Na 90 dagen verwijderen we alles automatisch')
    expect(page).toContain('href="#interesse">Zet me op de wachtlijst</a>')
    expect(page).toContain('Plekken zoals deze')
    const without = await (await fetch(`${server.url}${FULL_WITHOUT}`)).text()
    expect(without).toContain('Deze plek is nu niet open')
    expect(without).not.toContain('wachtlijst')
  })

  test('sent: stored as waiting for the organisation, with the usual confirmation; the e-mail says waiting list', async () => {
    const before = (await allDocs(server.payload, 'interests', 'id')).length
    const res = await post(`${FULL_WITH_LIST}/interesse`, good)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${FULL_WITH_LIST}/interesse/verstuurd`)
    const all = await allDocs(server.payload, 'interests', 'id')
    expect(all.length).toBe(before + 1)
    expect(all.at(-1)).toMatchObject({ name: 'Dewi', waiting: true, status: 'new', email: null })
    const sent = await fetch(`${server.url}${FULL_WITH_LIST}/interesse/verstuurd`)
    expect(sent.status).toBe(200)
    const mails: { subject?: string }[] = []
    const original = server.payload.sendEmail.bind(server.payload)
    server.payload.sendEmail = async (message: { subject?: string }) => {
      mails.push(message)
      return original(message)
    }
    try {
      await server.payload.jobs.run({ queue: 'directory', limit: 100 })
    } finally {
      server.payload.sendEmail = original
    }
    expect(mails.map((m) => m.subject)).toContain('Op de wachtlijst: Trainer jongerenboksen')
  })

  test('without a waiting list, a full opening takes no interest: not the form, not REST', async () => {
    const before = (await allDocs(server.payload, 'interests', 'id')).length
    expect((await post(`${FULL_WITHOUT}/interesse`, good)).status).toBe(404)
    const opening = (
      await server.payload.find({
        collection: 'openings',
        where: { slug: { equals: 'dagbesteding-houtwerkplaats' } },
        depth: 0,
      })
    ).docs[0]!
    await expect(
      server.payload.create({
        collection: 'interests',
        data: {
          name: 'R',
          contactBy: 'email',
          email: 'r@example.nl',
          consent: true,
          listing: { relationTo: 'openings', value: opening.id },
          waiting: true,
        } as never,
        overrideAccess: false,
        user: null,
      }),
    ).rejects.toThrow('Deze plek is niet meer open.')
    expect((await allDocs(server.payload, 'interests', 'id')).length).toBe(before)
  })
})
