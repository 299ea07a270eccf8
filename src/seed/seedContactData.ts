import type { Payload } from 'payload'

import { addWorkingDays } from '../lib/contact'

const DAY = 24 * 60 * 60 * 1000

/** Fictional people and employers, so the demo admin shows the contact flows at work. */
const INTERESTS = [
  {
    listing: 'Taalmaatje in Haren',
    name: 'Noor',
    contactBy: 'email',
    email: 'noor@voorbeeld.test',
    message: 'Ik heb op woensdagmiddag tijd.',
    status: 'new',
  },
  {
    listing: 'Taalmaatje in Haren',
    name: 'Ahmed',
    contactBy: 'phone',
    phone: '06 12345678',
    status: 'contacted',
  },
  {
    listing: 'Klik & Tik: beginnen met de computer',
    name: 'Gerda',
    contactBy: 'phone',
    phone: '050 765 43 21',
    message: 'Ik heb nog nooit een computer gebruikt.',
    status: 'new',
  },
] as const

const LOKET = [
  {
    organisationName: 'Bakkerij De Korenbloem',
    contactName: 'Petra Mulder',
    email: 'petra@korenbloem.test',
    kinds: ['work_experience', 'learn_work'],
    place: 'Haren',
    hoursPerWeek: 20,
    placesCount: 2,
    message: 'We zoeken iemand die vroeg wil beginnen en van bakken houdt.',
    ageDays: 0,
  },
  {
    organisationName: 'Hoveniersbedrijf Groen & Co',
    contactName: 'Sem de Boer',
    email: 'sem@groenenco.test',
    phone: '050 111 22 33',
    kinds: ['participation'],
    place: '9752 AB',
    ageDays: 12,
  },
] as const

/**
 * Demo interests and loket requests, sent the way residents and employers send them (as an
 * anonymous visitor, so every rule and hook applies); one loket request is past its deadline.
 */
export const seedContactData = async (
  payload: Payload,
  now = new Date(),
): Promise<{ interests: number; loket: number }> => {
  for (const i of INTERESTS) {
    const collection = i.listing.startsWith('Klik') ? 'activities' : 'openings'
    const listing = (
      await payload.find({
        collection,
        where: { title: { equals: i.listing } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
    if (!listing) continue
    const { listing: _title, status, ...data } = i
    const made = await payload.create({
      collection: 'interests',
      data: {
        ...data,
        listing: { relationTo: collection, value: listing.id } as never,
        consent: true,
        status: 'new',
      },
      overrideAccess: false,
      user: null,
    })
    if (status !== 'new')
      await payload.update({
        collection: 'interests',
        id: made.id,
        data: { status },
        overrideAccess: true,
      })
  }
  for (const { ageDays, ...data } of LOKET) {
    const made = await payload.create({
      collection: 'loket-requests',
      data: { ...data, kinds: [...data.kinds], consent: true, status: 'new' },
      overrideAccess: false,
      user: null,
    })
    if (ageDays) {
      const createdAt = new Date(now.getTime() - ageDays * DAY)
      await payload.db.updateOne({
        collection: 'loket-requests',
        id: made.id,
        data: {
          createdAt: createdAt.toISOString(),
          dueAt: addWorkingDays(createdAt, 5).toISOString(),
        },
      })
    }
  }
  return { interests: INTERESTS.length, loket: LOKET.length }
}
