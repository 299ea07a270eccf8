import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { decodeQuotedPrintable, type SmtpPeer } from '../../helpers/smtpPeer'
import { startWebServerWithMail, type WebServer } from '../../helpers/webServer'

/**
 * The employer loket, completed: the page says what the municipality offers employers (text
 * the editors keep), and the employer follows their request by a link, without an account — the
 * link in the receipt that arrives over real SMTP, the page as an editor moves the request on.
 */
let server: WebServer
let smtp: SmtpPeer
let stop: () => Promise<void>
beforeAll(async () => {
  ;({ server, smtp, stop } = await startWebServerWithMail({
    formLimit: { points: 10_000, durationSeconds: 600 },
  }))
}, 120_000)
afterAll(async () => stop?.())

const html = async (path: string) => {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: res.status, body: await res.text(), cache: res.headers.get('cache-control') }
}
const apply = () =>
  fetch(`${server.url}/werkgevers`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      organisationName: 'Fietsenwinkel De Spaak',
      contactName: 'Joost Spaak',
      email: 'joost@despaak.test',
      kinds: 'work_experience',
      place: 'Haren',
      consent: 'yes',
      website: '',
    }),
  })

describe('the employer loket, completed', () => {
  test('the page explains what the municipality offers, in text the editors change', async () => {
    const page = (await html('/werkgevers')).body
    expect(page).toContain('Wat de gemeente voor werkgevers doet')
    expect(page).toMatch(/<li>Loonkostensubsidie: kan iemand \(nog\) niet het volle tempo aan\?/)
    expect(page).toContain('No-riskpolis')
    await server.payload.updateGlobal({
      slug: 'site-settings',
      data: {
        employers: {
          offer: 'Wij helpen je.\n\n- Een jobcoach\n- Een proefplaatsing',
          offerEn: 'We help you.',
        },
      },
      overrideAccess: true,
    })
    const changed = (await html('/werkgevers')).body
    expect(changed).toContain(
      '<p>Wij helpen je.</p><ul><li>Een jobcoach</li><li>Een proefplaatsing</li></ul>',
    )
    expect((await html('/en/employers')).body).toContain(
      '<div class="prose" lang="en"><p>We help you.</p>',
    )
  })

  test('the employer follows the request by the link from the receipt, as the editors move it on', async () => {
    const res = await apply()
    expect(res.status).toBe(303)
    const sent = (await html(res.headers.get('location')!)).body
    const follow = /href="(\/werkgevers\/aanvraag\/[^"]+)"/.exec(sent)![1]!
    expect(sent).toContain('Volg je aanvraag')

    await server.payload.jobs.run({ queue: 'directory', limit: 100 })
    const receipt = await smtp.waitFor((m) => m.to.includes('joost@despaak.test'))
    const text = decodeQuotedPrintable(receipt.raw)
    expect(text).toContain(`${follow.split('/').pop()}`)
    expect(text).toContain('Je hebt geen account nodig')

    const fresh = await html(follow)
    expect(fresh.status).toBe(200)
    expect(fresh.cache).toBe('private, no-store')
    expect(fresh.body).toContain('Fietsenwinkel De Spaak: werkervaringsplek in Haren.')
    expect(fresh.body).toMatch(/<li aria-current="step">Ontvangen<\/li>/)
    expect(fresh.body).toMatch(/neemt uiterlijk \d+ \w+ 20\d\d contact met je op/)

    const request = (
      await server.payload.find({
        collection: 'loket-requests',
        where: { organisationName: { equals: 'Fietsenwinkel De Spaak' } },
        overrideAccess: true,
      })
    ).docs[0]!
    await server.payload.update({
      collection: 'loket-requests',
      id: request.id,
      data: { status: 'in_progress', messageToEmployer: 'We bellen je dinsdag.' },
      overrideAccess: true,
    })
    const moving = (await html(follow)).body
    expect(moving).toMatch(/<li aria-current="step">In behandeling<\/li>/)
    expect(moving).toContain('Rika van de redactie behandelt je aanvraag')
    expect(moving).toContain('We bellen je dinsdag.')
    expect(moving).not.toContain('joost@despaak.test')

    // The employer hears it by e-mail too: where it stands, the message, the same link.
    await server.payload.jobs.run({ queue: 'directory', limit: 100 })
    const update = await smtp.waitFor(
      (m) => m.to.includes('joost@despaak.test') && m.raw.includes('Nieuws over je aanvraag'),
    )
    const news = decodeQuotedPrintable(update.raw)
    expect(news).toContain('is nu: in behandeling.')
    expect(news).toContain('We bellen je dinsdag.')
    expect(news).toContain(`${follow.split('/').pop()}`)
    // A save that changes neither the status nor the message (the editors' own note) sends nothing.
    const before = smtp.received.filter((m) => m.to.includes('joost@despaak.test')).length
    await server.payload.update({
      collection: 'loket-requests',
      id: request.id,
      data: { editorNote: 'Gebeld, geen gehoor.' },
      overrideAccess: true,
    })
    await server.payload.jobs.run({ queue: 'directory', limit: 100 })
    expect(smtp.received.filter((m) => m.to.includes('joost@despaak.test'))).toHaveLength(before)
  })

  test('a changed or unknown link is a 404; the sent page offers no link for one', async () => {
    const request = (
      await server.payload.find({
        collection: 'loket-requests',
        where: { organisationName: { equals: 'Fietsenwinkel De Spaak' } },
        overrideAccess: true,
      })
    ).docs[0]!
    for (const token of [
      `${request.id}.${'x'.repeat(43)}`,
      `${Number(request.id) + 1000}.${'a'.repeat(43)}`,
      'zomaar',
    ])
      expect((await html(`/werkgevers/aanvraag/${token}`)).status).toBe(404)
    expect(
      (await html(`/werkgevers/verstuurd?volg=${request.id}.${'x'.repeat(43)}`)).body,
    ).not.toContain('Volg je aanvraag')
  })
})
