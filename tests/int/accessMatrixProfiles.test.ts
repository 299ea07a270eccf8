import { describe, expect, test } from '@jest/globals'

import type { UntypedLocalApi } from '../helpers/apiDrivers'
import { type ActorName, ACTOR_NAMES } from '../helpers/accessFixtures'
import { useAccessMatrix } from '../helpers/accessMatrixSuite'

/**
 * The access matrix of the who's who: six actors × profiles × create / read / update / delete
 * (their own entry and someone else's, published and hidden), through the Local API
 * (overrideAccess: false) and REST; every refusal also checks that nothing changed.
 */
const suite = useAccessMatrix('profiles access matrix')

type Doc = Record<string, unknown> & { id: number }
const sys = () => suite.t.payload as unknown as UntypedLocalApi<Doc>
const systemRead = (id: string) =>
  sys().findByID({
    collection: 'profiles',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
const entry = (name: string, published = true) => ({
  name,
  organisationName: 'Gemeente',
  jobTitle: 'klantmanager',
  email: `${name.toLowerCase()}@matrix.test`,
  published,
})
/** An entry of the given actor, made as the server would (overrideAccess), or of nobody's account. */
const entryOf = async (owner: ActorName | null, name: string, published = true) =>
  String(
    (
      await sys().create({
        collection: 'profiles',
        data: { ...entry(name, published), user: owner ? suite.f.users[owner].user?.id : null },
        overrideAccess: true,
      })
    ).id,
  )
const removeOwn = async (actor: ActorName) => {
  const user = suite.f.users[actor].user
  if (user)
    await sys().delete({
      collection: 'profiles',
      where: { user: { equals: user.id } },
      overrideAccess: true,
    })
}
const IN_CHAIN: Record<ActorName, boolean> = {
  anonymous: false,
  memberA: true,
  memberB: true,
  professional: true,
  editor: true,
  admin: true,
}
const EDITORS = (actor: ActorName) => actor === 'editor' || actor === 'admin'

describe.each(['local', 'rest'] as const)('%s API', (api) => {
  const d = () => suite.drivers[api]

  test.each(ACTOR_NAMES)(
    '%s: may make an entry (people in the chain), only as their own',
    async (actor) => {
      await removeOwn(actor)
      const other = suite.f.users.memberB.user?.id
      const made = await d().create(suite.f.users[actor], 'profiles', {
        ...entry(`${api}${actor}`),
        user: other,
      })
      expect(made.ok).toBe(IN_CHAIN[actor])
      if (made.ok) {
        const stored = await systemRead(String(made.doc?.id))
        expect(stored?.user).toBe(suite.f.users[actor].user?.id)
        // One each.
        expect(
          (await d().create(suite.f.users[actor], 'profiles', entry(`${api}${actor}2`))).ok,
        ).toBe(false)
        await removeOwn(actor)
      }
    },
  )

  test.each(
    ACTOR_NAMES.flatMap((a) => (['own', 'other', 'hidden'] as const).map((w) => [a, w] as const)),
  )('%s and an entry (%s): read, change, delete', async (actor, which) => {
    if (which === 'own' && actor === 'anonymous') return
    await removeOwn(actor)
    const owner = which === 'own' ? actor : 'memberB'
    if (which !== 'own') await removeOwn('memberB')
    const id = await entryOf(owner, `${api}-${actor}-${which}`, which !== 'hidden')
    const own = which === 'own'
    const reads =
      own || EDITORS(actor) || (IN_CHAIN[actor] && which === 'other') || actor === 'memberB'
    expect((await d().findIDs(suite.f.users[actor], 'profiles')).includes(id)).toBe(reads)
    const writes = own || EDITORS(actor) || actor === 'memberB'
    const changed = await d().update(suite.f.users[actor], 'profiles', id, {
      jobTitle: 'veranderd',
    })
    expect(changed.ok).toBe(writes)
    expect((await systemRead(id))?.jobTitle).toBe(writes ? 'veranderd' : 'klantmanager')
    expect((await d().remove(suite.f.users[actor], 'profiles', id)).ok).toBe(writes)
    expect(Boolean(await systemRead(id))).toBe(!writes)
    await sys().delete({
      collection: 'profiles',
      where: { id: { equals: id } },
      overrideAccess: true,
    })
  })
})
