import type { Payload } from 'payload'

/** Fictional colleagues in the who's who: each entry made by its own demo account. */
const PROFILES = [
  {
    email: 'professional@meedoen.test',
    organisationName: 'Gemeente Groningen, Werk en Inkomen',
    jobTitle: 'klantmanager',
    phone: '06 11 22 33 44',
    areas: ['Haren-centrum', 'Haren-Zuid'],
    themes: ['Werk en leren', 'Taal'],
    helpWith: 'Werkervaringsplekken, loonkostensubsidie, de stap naar betaald werk.',
  },
  {
    email: 'lid@welzijnharen.test',
    organisationName: 'Stichting Welzijn Haren',
    jobTitle: 'sociaal werker',
    phone: '06 55 66 77 88',
    areas: ['Haren-centrum'],
    themes: ['Ontmoeten'],
    helpWith: 'Eenzaamheid, vrijwilligerswerk in de wijk, het huis van de wijk.',
  },
  {
    email: 'lid@vcgroningen.test',
    organisationName: 'Vrijwilligerscentrale Groningen',
    jobTitle: 'vrijwilligersconsulent',
    areas: ['Binnenstad', 'Selwerd'],
    themes: ['Taal'],
    helpWith: 'Passend vrijwilligerswerk zoeken, ook met begeleiding of een taalmaatje.',
  },
] as const

const idsByName = async (
  payload: Payload,
  collection: 'areas' | 'themes',
  names: readonly string[],
) =>
  (
    await payload.find({
      collection,
      where: { name: { in: [...names] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs.map((d) => d.id)

/**
 * The chain at work in the demo: colleagues in the who's who, and one warm referral from the
 * demo professional to an opening of Welzijn Haren, waiting for the member's answer. Made as
 * the people themselves make them, so every rule and hook applies.
 */
export const seedChainData = async (
  payload: Payload,
): Promise<{ profiles: number; referrals: number }> => {
  const userOf = async (email: string) =>
    (
      await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
  let profiles = 0
  for (const { email, areas, themes, ...entry } of PROFILES) {
    const user = await userOf(email)
    if (!user) continue
    await payload.create({
      collection: 'profiles',
      data: {
        ...entry,
        name: user.name,
        email,
        areas: await idsByName(payload, 'areas', areas),
        themes: await idsByName(payload, 'themes', themes),
      },
      overrideAccess: false,
      user,
    })
    profiles++
  }
  const professional = await userOf('professional@meedoen.test')
  const opening = (
    await payload.find({
      collection: 'openings',
      where: { title: { equals: 'Gastvrouw of gastheer bij de koffieochtend' } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]
  if (!professional || !opening) return { profiles, referrals: 0 }
  await payload.create({
    collection: 'referrals',
    data: {
      listing: { relationTo: 'openings', value: opening.id },
      clientName: 'Marieke',
      contactBy: 'phone',
      phone: '06 98765432',
      support: 'Een vast aanspreekpunt en rustig beginnen.',
      note: 'Wil graag weer onder de mensen komen; is goed met gasten.',
      currentRung: '2',
      consent: true,
      status: 'sent',
    },
    overrideAccess: false,
    user: professional,
  })
  return { profiles, referrals: 1 }
}
