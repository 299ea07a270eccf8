import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { restRequest } from '../helpers/apiDrivers'
import { startWebServer, type WebServer } from '../helpers/webServer'

/**
 * Erasure is erasure: after a person's interests are erased and the WAL is checkpointed, no byte
 * of their name, e-mail or phone is left in the SQLite file or its WAL (SQLite otherwise keeps
 * deleted rows readable in free pages, and so in every backup).
 */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer({ formLimit: { points: 10_000, durationSeconds: 600 } })
}, 120_000)
afterAll(async () => server?.stop())

const PERSON = {
  name: 'Zwaantje Vollebregt-Okonkwo',
  email: 'zwaantje.okonkwo@voorbeeld.nl',
  phone: '06 98765432',
  message: 'Mijn buurman Ignatius Quist komt ook mee.',
}
const traces = [PERSON.name, PERSON.email, PERSON.phone, '0698765432', 'Ignatius Quist']

const databaseFile = () => (process.env.DATABASE_URL ?? '').replace(/^file:/, '')
const run = (payload: Payload, sql: string) =>
  (
    payload.db as unknown as { client: { execute: (q: string) => Promise<unknown> } }
  ).client.execute(sql)
/** Which traces are in the database file or its WAL, byte for byte (UTF-8). */
const tracesOnDisk = async (checkpoint = true): Promise<string[]> => {
  if (checkpoint) await run(server.payload, 'PRAGMA wal_checkpoint(TRUNCATE)')
  const bytes = Buffer.concat(
    [databaseFile(), `${databaseFile()}-wal`]
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f)),
  )
  return traces.filter((trace) => bytes.includes(Buffer.from(trace, 'utf8')))
}
const post = (body: Record<string, string>) =>
  fetch(`${server.url}/plek/taalmaatje-in-haren/interesse`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  })

test("the erased person's name, e-mail, phone and message are gone from the file and the WAL", async () => {
  expect(path.isAbsolute(databaseFile())).toBe(true)
  const common = { name: PERSON.name, message: PERSON.message, consent: 'yes', website: '' }
  expect(
    (await post({ ...common, contactBy: 'email', email: PERSON.email, phone: '' })).status,
  ).toBe(303)
  expect(
    (await post({ ...common, contactBy: 'phone', email: '', phone: PERSON.phone })).status,
  ).toBe(303)
  // The e-mail jobs run too, as on the server: their rows must not keep the person either.
  await server.payload.jobs.run({ queue: 'directory', limit: 100 })
  // The check can see them: before the erasure every trace is on disk.
  expect(await tracesOnDisk()).toEqual(
    expect.arrayContaining([PERSON.name, PERSON.email, 'Ignatius Quist']),
  )

  const { user, token } = await server.payload.login({
    collection: 'users',
    data: { email: 'redactie@meedoen.test', password: 'demo-redactie' },
  })
  const editor = { name: 'editor', user: user ?? null, token }
  for (const contact of [PERSON.email, PERSON.phone]) {
    const erased = await restRequest(server.payload, editor, 'POST', '/interests/person/erase', {
      contact,
    })
    expect(erased.status).toBe(200)
    expect(erased.json.deleted).toBe(1)
  }
  // The erasure checkpoints itself: otherwise the file keeps the rows until SQLite's next
  // automatic checkpoint (the zeroed pages wait in the WAL) and the WAL keeps older copies.
  expect(await tracesOnDisk(false)).toEqual([])
  expect(await tracesOnDisk()).toEqual([])
})
