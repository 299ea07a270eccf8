import type { Payload } from 'payload'

import type { IDs } from './buildListings'
import { DEMO_USERS } from './data/users'

/** The demo logins, each with their roles and memberships of the demo organisations; how many. */
export const seedDemoUsers = async (payload: Payload, organisations: IDs): Promise<number> => {
  for (const u of DEMO_USERS) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: u.email,
        password: u.password,
        name: u.name,
        roles: u.roles,
        memberships: u.memberships.map((m) => ({
          organisation: organisations.get(m.organisation) as number,
          role: m.role,
        })),
      },
    })
  }
  return DEMO_USERS.length
}
