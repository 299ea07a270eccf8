import { describe, expect, test } from '@jest/globals'

import type { UntypedLocalApi } from '../helpers/apiDrivers'
import { type ActorName, ACTOR_NAMES } from '../helpers/accessFixtures'
import { useAccessMatrix } from '../helpers/accessMatrixSuite'

/**
 * The access matrix of warm referrals: six actors × referrals × create / read / answer /
 * delete, through the Local API (overrideAccess: false) and REST; every refusal also checks
 * that nothing changed. The anonymous counts are in the contact matrix.
 */
const suite = useAccessMatrix('referral access matrix')

type Doc = Record<string, unknown>
const sys = () => suite.t.payload as unknown as UntypedLocalApi<Doc & { id: number }>
const systemRead = (id: string) =>
  sys().findByID({
    collection: 'referrals',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
const referralTo = (doc: 'pubA' | 'pubB' | 'draftA', clientName: string) => ({
  listing: { relationTo: 'openings', value: Number(suite.f.docs.openings[doc]) },
  clientName,
  contactBy: 'phone',
  phone: '06 12345678',
  consent: true,
})
/** A referral made by the fixtures' professional, as the referral form makes it. */
const referred = async (doc: 'pubA' | 'pubB', clientName: string) =>
  String(
    (
      await sys().create({
        collection: 'referrals',
        data: referralTo(doc, clientName),
        overrideAccess: false,
        user: suite.f.users.professional.user,
      })
    ).id,
  )
const EDITORS: Record<ActorName, boolean> = {
  anonymous: false,
  professional: false,
  memberA: false,
  memberB: false,
  editor: true,
  admin: true,
}

describe.each(['local', 'rest'] as const)('%s API', (api) => {
  const d = () => suite.drivers[api]

  test.each(ACTOR_NAMES)(
    '%s: may refer (professionals only) to a published open opening, never to a draft',
    async (actor) => {
      const may = actor === 'professional'
      const ok = `${api}-${actor}-ok`.slice(0, 40)
      const draft = `${api}-${actor}-draft`.slice(0, 40)
      expect((await d().create(suite.f.users[actor], 'referrals', referralTo('pubA', ok))).ok).toBe(
        may,
      )
      expect(
        (await d().create(suite.f.users[actor], 'referrals', referralTo('draftA', draft))).ok,
      ).toBe(false)
      const stored = await suite.t.payload.count({
        collection: 'referrals',
        where: { clientName: { in: [ok, draft] } },
        overrideAccess: true,
      })
      expect(stored.totalDocs).toBe(may ? 1 : 0)
    },
  )

  const SEES: Record<ActorName, { A: boolean; B: boolean }> = {
    anonymous: { A: false, B: false },
    // The referrer reads their own referrals, to whichever organisation.
    professional: { A: true, B: true },
    memberA: { A: true, B: false },
    memberB: { A: false, B: true },
    editor: { A: true, B: true },
    admin: { A: true, B: true },
  }
  const ANSWERS: Record<ActorName, { A: boolean; B: boolean }> = {
    ...SEES,
    professional: { A: false, B: false },
  }
  test.each(ACTOR_NAMES.flatMap((a) => (['A', 'B'] as const).map((o) => [a, o] as const)))(
    '%s and a referral to organisation %s: read, answer (not rewrite), delete',
    async (actor, org) => {
      const name = `${api}-${actor}-${org}`
      const id = await referred(org === 'A' ? 'pubA' : 'pubB', name)
      const reads = SEES[actor][org]
      expect((await d().findIDs(suite.f.users[actor], 'referrals')).includes(id)).toBe(reads)
      const read = await d().findByID(suite.f.users[actor], 'referrals', id)
      expect(read.ok).toBe(reads)
      if (read.ok) expect(read.doc?.phone).toBe('06 12345678')

      const answers = ANSWERS[actor][org]
      const res = await d().update(suite.f.users[actor], 'referrals', id, {
        status: 'accepted',
        clientName: 'herschreven',
        phone: '0600000000',
      })
      expect(res.ok).toBe(answers)
      expect(await systemRead(id)).toMatchObject({
        status: answers ? 'accepted' : 'sent',
        clientName: name,
        phone: '06 12345678',
      })

      expect((await d().remove(suite.f.users[actor], 'referrals', id)).ok).toBe(EDITORS[actor])
      expect(Boolean(await systemRead(id))).toBe(!EDITORS[actor])
    },
  )
})
