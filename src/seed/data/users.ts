export interface DemoUser {
  email: string
  password: string
  name: string
  roles: ('admin' | 'editor' | 'professional')[]
  memberships: { organisation: string; role: 'owner' | 'member' }[]
  /** What this login is for, printed on start. */
  purpose: string
}

/**
 * Demo logins. They exist only in demo data (seeded in development, or when SEED_DEMO_DATA is
 * true); a production database starts without them.
 */
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'beheer@meedoen.test',
    password: 'demo-beheer',
    name: 'Bram Beheer',
    roles: ['admin'],
    memberships: [],
    purpose: 'beheerder / administrator',
  },
  {
    email: 'redactie@meedoen.test',
    password: 'demo-redactie',
    name: 'Rika Redactie',
    roles: ['editor'],
    memberships: [],
    purpose: 'redacteur / editor',
  },
  {
    email: 'professional@meedoen.test',
    password: 'demo-professional',
    name: 'Pieter Consulent',
    roles: ['professional'],
    memberships: [],
    purpose: 'professional (klantmanager)',
  },
  {
    email: 'lid@welzijnharen.test',
    password: 'demo-welzijn',
    name: 'Anneke de Vries',
    roles: [],
    memberships: [{ organisation: 'welzijn-haren', role: 'owner' }],
    purpose: 'eigenaar Stichting Welzijn Haren (niet geverifieerd: redactie keurt goed)',
  },
  {
    email: 'lid@vcgroningen.test',
    password: 'demo-vrijwilligers',
    name: 'Mohamed El Amrani',
    roles: [],
    memberships: [{ organisation: 'vrijwilligerscentrale-groningen', role: 'member' }],
    purpose: 'lid Vrijwilligerscentrale Groningen (geverifieerd: publiceert zelf)',
  },
]
