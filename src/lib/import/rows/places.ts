import { normalisePostcode } from '../../geo/postcode'
import { httpUrl } from '../../httpUrl'
import { ORGANISATION_TYPES, VENUE_TYPES } from '../../vocabulary'
import { choice, contact, isEmpty, text } from './cells'
import type { RowReader } from './types'
import { isKvk, normaliseKvk } from '../../kvk'

export const readOrganisation = (r: RowReader) => {
  const name = text(r, 'name', 120, true)
  if (name) r.out.data.name = name
  const kvk = normaliseKvk(r.cell('kvkNumber'))
  if (kvk && !isKvk(kvk))
    r.problem(
      'kvkNumber',
      {
        nl: `Geen KvK-nummer: "${r.cell('kvkNumber')}".`,
        en: `Not a KvK number: "${r.cell('kvkNumber')}".`,
      },
      { nl: '8 cijfers', en: '8 digits' },
    )
  else if (kvk) {
    r.out.data.kvkNumber = kvk
    r.out.match.kvkNumber = kvk
  }
  r.out.data.type = choice(r, 'type', ORGANISATION_TYPES) ?? 'vereniging'
  const description = text(r, 'description', 4000)
  if (description) r.out.data.description = description
  const site = r.cell('website')
  const website = site ? httpUrl(site) : undefined
  if (site && !website)
    r.problem(
      'website',
      { nl: `Geen webadres: "${site}".`, en: `Not a web address: "${site}".` },
      { nl: 'een adres zoals www.organisatie.nl', en: 'an address such as www.organisation.nl' },
    )
  contact(r, { website })
}

export const readVenue = (r: RowReader) => {
  for (const [key, max] of [
    ['name', 120],
    ['street', 120],
    ['houseNumber', 12],
    ['city', 80],
  ] as const) {
    const value = text(r, key, max, true)
    if (value && key === 'name') r.out.data.name = value
    else if (value) r.out.data.address = { ...(r.out.data.address as object), [key]: value }
  }
  const raw = r.cell('postcode')
  const postcode = raw ? normalisePostcode(raw) : null
  const expected = { nl: 'een postcode zoals 9751 AB', en: 'a postcode such as 9751 AB' }
  if (!raw) isEmpty(r, 'postcode', expected)
  else if (!postcode)
    r.problem(
      'postcode',
      { nl: `Geen postcode: "${raw}".`, en: `Not a postcode: "${raw}".` },
      expected,
    )
  else r.out.data.address = { ...(r.out.data.address as object), postcode }
  r.out.data.type = choice(r, 'type', VENUE_TYPES) ?? 'overig'
  const organisation = text(r, 'organisation', 120)
  if (organisation) r.out.refs.organisation = organisation
}
