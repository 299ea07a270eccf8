import { documentHref } from '../paths'
import { toLocalDay, type ScheduleFields } from '../schedule/fromFields'
import type { OpeningKind } from '../vocabulary'
import { attributeId, hsdsId, type HsdsKind } from './ids'
import { meedoenFields } from './profile/fields'
import { toHsdsSchedule } from './schedule'

/**
 * Meedoen's records as HSDS 3.0 objects (Open Referral): an organisation as an `organization`,
 * an activity or an opening as a `service`. HSDS's fields in its own words, and a service's
 * `meedoen_…` fields of the Meedoen profile (./profile); Dutch texts stay Dutch (the API
 * describes a Dutch directory).
 */

interface Contact {
  email?: string | null
  phone?: string | null
  website?: string | null
}

export interface OrganisationRecord {
  id: number
  name: string
  slug?: string | null
  description?: string | null
  kvkNumber?: string | null
  contact?: Contact | null
  updatedAt: string
}

interface ListingRecord {
  id: number
  themes?: (number | { id: number })[] | null
  title: string
  slug?: string | null
  summary: string
  description?: string | null
  organisation: number | { id: number }
  contact?: Contact | null
  checkedOn?: string | null
  ladderRungs?: string[] | null
  updatedAt: string
}

export interface ActivityRecord extends ListingRecord {
  schedule: ScheduleFields
  cost: { kind: 'free' | 'amount' | 'pay_what_you_can'; amount?: number | null }
  ageMin?: number | null
  ageMax?: number | null
  locationKind?: 'venue' | 'outdoor' | 'online' | null
  signUp?: 'walk_in' | 'sign_up'
  lowThreshold?: string[] | null
}

export interface OpeningRecord extends ListingRecord {
  kind: OpeningKind
  status: 'open' | 'full' | 'closed'
  requirements?: string | null
  howToApply?: string | null
}

export type ServiceRecord =
  { collection: 'activities'; doc: ActivityRecord } | { collection: 'openings'; doc: OpeningRecord }

/** Where ids and links point: the site's address, and its part of every id (`siteOf`). */
export interface HsdsSite {
  serverURL: string
  site: string
}

const phones = (site: string, kind: HsdsKind, id: number, contact?: Contact | null) =>
  contact?.phone ? [{ id: hsdsId(site, kind, id), number: contact.phone }] : []

const page = (
  s: HsdsSite,
  collection: 'activities' | 'openings' | 'organisations',
  slug?: string | null,
) => (slug ? `${s.serverURL}${documentHref('nl', collection, slug)}` : undefined)

const euro = (amount: number) =>
  `€ ${amount.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

const feesOf = (cost: ActivityRecord['cost']): string =>
  cost.kind === 'free'
    ? 'Gratis'
    : cost.kind === 'pay_what_you_can'
      ? 'Betaal wat je kunt'
      : cost.amount
        ? euro(cost.amount)
        : 'Kosten: vraag de organisatie'

/** A moment's calendar day in the Netherlands, as YYYY-MM-DD. */
const dutchDay = (iso: string) => toLocalDay(iso) ?? iso.slice(0, 10)

const organisationID = (doc: ListingRecord) =>
  doc.organisation && typeof doc.organisation === 'object' ? doc.organisation.id : doc.organisation

export const toHsdsOrganization = (s: HsdsSite, o: OrganisationRecord) => ({
  id: hsdsId(s.site, 'organisations', o.id),
  name: o.name,
  description: o.description ?? '',
  ...(o.contact?.email ? { email: o.contact.email } : {}),
  ...(o.contact?.website ? { website: o.contact.website } : {}),
  ...(o.slug ? { uri: page(s, 'organisations', o.slug) } : {}),
  phones: phones(s.site, 'organisationPhones', o.id, o.contact),
  organization_identifiers: o.kvkNumber
    ? [
        {
          id: hsdsId(s.site, 'kvkNumbers', o.id),
          identifier_scheme: 'NL-KVK',
          identifier_type: 'KvK-nummer',
          identifier: o.kvkNumber,
        },
      ]
    : [],
})

/** The fields an activity and an opening share as a service. */
const serviceBase = (s: HsdsSite, collection: 'activities' | 'openings', doc: ListingRecord) => ({
  id: hsdsId(s.site, collection, doc.id),
  organization_id: hsdsId(s.site, 'organisations', organisationID(doc)),
  name: doc.title,
  description: [doc.summary, doc.description].filter(Boolean).join('\n\n'),
  ...(doc.slug ? { url: page(s, collection, doc.slug) } : {}),
  ...(doc.contact?.email ? { email: doc.contact.email } : {}),
  // The day (in the Netherlands) an editor or the organisation last confirmed the listing.
  ...(doc.checkedOn ? { assured_date: dutchDay(doc.checkedOn) } : {}),
  last_modified: doc.updatedAt,
  phones: phones(
    s.site,
    collection === 'activities' ? 'activityPhones' : 'openingPhones',
    doc.id,
    doc.contact,
  ),
  // Its themes, as terms of the "Meedoen-thema's" taxonomy (/api/hsds/taxonomy_terms).
  attributes: (doc.themes ?? []).map((theme) => {
    const id = theme && typeof theme === 'object' ? theme.id : theme
    return {
      id: attributeId(s.site, collection, doc.id, id),
      link_id: hsdsId(s.site, collection, doc.id),
      link_type: 'theme',
      link_entity: 'service',
      taxonomy_term_id: hsdsId(s.site, 'themes', id),
    }
  }),
})

export const toHsdsService = (s: HsdsSite, record: ServiceRecord) => {
  if (record.collection === 'activities') {
    const a = record.doc
    return {
      ...serviceBase(s, 'activities', a),
      status: 'active',
      fees_description: feesOf(a.cost),
      schedules: [toHsdsSchedule(s.site, a.id, a.schedule)],
      ...(typeof a.ageMin === 'number' ? { minimum_age: a.ageMin } : {}),
      ...(typeof a.ageMax === 'number' ? { maximum_age: a.ageMax } : {}),
      ...meedoenFields(record),
    }
  }
  const o = record.doc
  return {
    ...serviceBase(s, 'openings', o),
    // A full opening still exists (people may ask to wait); a closed one does not take anyone.
    status: o.status === 'closed' ? 'inactive' : 'active',
    ...(o.howToApply ? { application_process: o.howToApply } : {}),
    ...(o.requirements ? { eligibility_description: o.requirements } : {}),
    ...meedoenFields(record),
  }
}
