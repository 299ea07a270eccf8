import type { ReactNode } from 'react'
import type { TFunction } from 'i18next'

import { httpUrl } from '../../lib/httpUrl'
import type { Organisation, Venue } from '../../payload-types'
import { usePage } from '../context'
import { href } from '../../lib/paths'

export type FactRow = [label: string, value: ReactNode | undefined | null | false]

/** A definition list of the facts that are known; unknown ones are left out, not shown empty. */
export const Facts = ({ rows }: { rows: FactRow[] }) => {
  const known = rows.filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')
  if (!known.length) return null
  return (
    <dl className="facts">
      {known.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

export const Panel = ({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) => (
  <section className="panel" aria-labelledby={id}>
    <h2 id={id}>{title}</h2>
    {children}
  </section>
)

export const Badges = ({ items }: { items: string[] }) => {
  const { t } = usePage()
  return items.length ? (
    <ul className="badges" aria-label={t('detail.lowThreshold')}>
      {items.map((b) => (
        <li key={b} className="badge">
          {b}
        </li>
      ))}
    </ul>
  ) : null
}

export const addressLine = (a: Venue['address']): string =>
  `${a.street} ${a.houseNumber}, ${a.postcode} ${a.city}`

const osmLink = (v: Venue) =>
  v.location
    ? `https://www.openstreetmap.org/?mlat=${v.location[1]}&mlon=${v.location[0]}#map=17/${v.location[1]}/${v.location[0]}`
    : null

/** Where: the venue's name (linked), address and a map link. */
export const VenueSummary = ({ venue }: { venue: Venue }) => {
  const { t, locale } = usePage()
  const osm = osmLink(venue)
  return (
    <>
      <p>
        {venue.slug ? <a href={href(locale, 'venue', venue.slug)}>{venue.name}</a> : venue.name}
        <br />
        {addressLine(venue.address)}
      </p>
      {osm ? (
        <p>
          <a href={osm} rel="noopener">
            {t('detail.onMap')}
          </a>
        </p>
      ) : null}
    </>
  )
}

export interface ContactInfo {
  name?: string | null
  email?: string | null
  phone?: string | null
  website?: string | null
}

/** A contact's rows (name, phone, e-mail, website) for a facts list; links where they help. */
export const contactRows = (contact: ContactInfo | undefined, t: TFunction): FactRow[] => {
  if (!contact) return []
  const website = httpUrl(contact.website) ?? null
  return [
    [t('detail.contact'), contact.name],
    [
      t('detail.phone'),
      contact.phone ? (
        <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
      ) : null,
    ],
    [
      t('detail.email'),
      contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null,
    ],
    [
      t('detail.website'),
      website ? (
        <a href={website} rel="noopener">
          {contact.website}
        </a>
      ) : null,
    ],
  ]
}

export const ContactFacts = ({ contact }: { contact: ContactInfo | undefined }) => {
  const { t } = usePage()
  if (!contact) return null
  return <Facts rows={contactRows(contact, t)} />
}

export const OrganisationLink = ({ organisation }: { organisation: Organisation | undefined }) => {
  const { locale } = usePage()
  if (!organisation) return null
  return organisation.slug ? (
    <a href={href(locale, 'organisation', organisation.slug)}>{organisation.name}</a>
  ) : (
    <>{organisation.name}</>
  )
}

/** Professional-only fields: present only when field access returned them (professionals, editors, own organisation). */
export const ProfessionalPanel = ({
  professional,
}: {
  professional?: {
    referralNotes?: string | null
    internalContact?: string | null
    capacityNotes?: string | null
  }
}) => {
  const { t } = usePage()
  if (
    !professional ||
    !(professional.referralNotes || professional.internalContact || professional.capacityNotes)
  )
    return null
  return (
    <Panel id="professionals" title={t('detail.professionals')}>
      <Facts
        rows={[
          [t('detail.referral'), professional.referralNotes],
          [t('detail.contact'), professional.internalContact],
          [t('detail.places'), professional.capacityNotes],
        ]}
      />
    </Panel>
  )
}
