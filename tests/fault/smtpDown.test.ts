import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { _internal_jobSystemGlobals, type Payload } from 'payload'

import { TASKS } from '../../plugins/directory/constants'
import { restRequest } from '../helpers/apiDrivers'
import { startPayload, type TestPayload } from '../helpers/payload'
import { decodeQuotedPrintable, smtpPeer, type SmtpPeer, subjectOf } from '../helpers/smtpPeer'

/**
 * Fault: the SMTP server is down for an hour. The e-mails residents' and employers' messages
 * queue are retried by the job queue (with backoff) and all arrive once it is back: none is
 * dropped after a few quick failures. Real SMTP peer (smtp-server), real nodemailer; the job
 * queue's clock is moved forward instead of waiting an hour.
 */
let t: TestPayload
let smtp: SmtpPeer
let payload: Payload
beforeAll(async () => {
  smtp = await smtpPeer()
  process.env.SMTP_URL = smtp.url
  t = await startPayload()
  payload = t.payload
  const { seedReferenceData } = await import('../../src/seed/seedReferenceData')
  const { seedDemoData } = await import('../../src/seed/seedDemoData')
  await seedReferenceData(payload)
  await seedDemoData(payload)
}, 120_000)
afterAll(async () => {
  _internal_jobSystemGlobals.getCurrentDate = () => new Date()
  delete process.env.SMTP_URL
  await smtp?.stop()
  await t?.stop()
})

const pending = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: 'directory' } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
  ).docs as {
    id: number
    taskSlug?: string
    hasError?: boolean
    totalTried?: number
  }[]

test('forgot-password while SMTP is down answers 503, and works as soon as SMTP is back (no waiting for the request interval)', async () => {
  const ask = () =>
    restRequest(payload, { name: 'anonymous', user: null }, 'POST', '/users/forgot-password', {
      email: 'redactie@meedoen.test',
    })
  const down = await ask()
  expect(down.status).toBe(503)
  expect(JSON.stringify(down.json)).toContain(
    'De e-mail kan nu niet worden verstuurd. Probeer het zo nog eens.',
  )
  await smtp.start()
  expect((await ask()).status).toBe(200)
  const mail = await smtp.waitFor((m) => m.to.includes('redactie@meedoen.test'))
  expect(decodeQuotedPrintable(mail.raw)).toMatch(/\/admin\/reset\/[0-9a-f]{40}/)
  await smtp.stop()
  smtp.received.length = 0
})

test('an hour without SMTP: every queued e-mail is retried and delivered when the server is back', async () => {
  const { createInterest, createLoketRequest } = await import('../../src/data/contact')
  const opening = (
    await payload.find({
      collection: 'openings',
      where: { title: { equals: 'Taalmaatje in Haren' } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!
  await createInterest(
    payload,
    { collection: 'openings', id: opening.id },
    { name: 'Sanne', contactBy: 'email', email: 'sanne@voorbeeld.nl' },
  )
  await createLoketRequest(payload, {
    organisationName: 'Bakkerij Van Dam',
    contactName: 'Els',
    email: 'els@bakkerijvandam.nl',
    kinds: ['internship'],
    place: 'Haren',
  })
  // The e-mail jobs queued so far (scheduled jobs such as the nightly freshness run may join
  // later; the open-data feed's refresh, queued by the demo data, sends no e-mail).
  const emailJobs = new Set(
    (await pending()).filter((j) => j.taskSlug !== TASKS.refreshFeed).map((j) => j.id),
  )
  const queued = emailJobs.size
  expect(queued).toBeGreaterThanOrEqual(2)
  const waitingEmails = async () => (await pending()).filter((j) => emailJobs.has(j.id))

  // Down: the job runner tries every minute for an hour (the server's cron runs every minute).
  const start = Date.now()
  let failedRuns = 0
  for (let minute = 0; minute <= 60; minute++) {
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(start + minute * 60_000)
    const result = await payload.jobs.run({ queue: 'directory', limit: 100, silent: true })
    if (result.jobStatus && Object.keys(result.jobStatus).length) failedRuns++
  }
  expect(smtp.received).toHaveLength(0)
  const waiting = await waitingEmails()
  expect(waiting).toHaveLength(queued)
  expect(waiting.filter((j) => j.hasError)).toEqual([])
  // Retried, but with growing pauses rather than every minute.
  expect(Math.max(...waiting.map((j) => j.totalTried ?? 0))).toBeGreaterThanOrEqual(3)
  expect(failedRuns).toBeLessThan(30)

  // Back: within the next retry pause every e-mail goes out, once.
  await smtp.start()
  for (let minute = 61; minute <= 200 && (await waitingEmails()).length; minute += 5) {
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(start + minute * 60_000)
    await payload.jobs.run({ queue: 'directory', limit: 100, silent: true })
  }
  expect(await waitingEmails()).toEqual([])
  expect(smtp.received.length).toBeGreaterThanOrEqual(queued)
  const subjects = smtp.received.map((m) => subjectOf(m.raw))
  expect(subjects).toContain('Nieuwe interesse: Taalmaatje in Haren')
  expect(
    subjects.some((s) => s.startsWith('Werkgeversloket: Bakkerij Van Dam (reageren vóór')),
  ).toBe(true)
})
