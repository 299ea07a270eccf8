import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { serverOwnedField, systemWrites } from '../access/systemWrite'
import { httpUrl } from '../../src/lib/httpUrl'
import { label } from '../../src/lib/vocabulary'
import { COMPONENTS } from '../../plugins/directory/constants'

/** Written only by the federation job (collections/requests.ts, purpose 'federation'), shown. */
const FOLLOWED = { purpose: 'federation', shown: true } as const

/**
 * Another directory whose listings this site shows: another Meedoen (its activity feed) or any
 * RPDE feed of OpenActive session series. Editors add, switch off and remove sources; the job
 * follows each feed and keeps its listings as external listings.
 */
export const FederationSources: CollectionConfig = {
  slug: 'federation-sources',
  labels: {
    singular: label('Bron van elders', 'Outside source'),
    plural: label('Bronnen van elders', 'Outside sources'),
  },
  admin: {
    group: label('Aanbod', 'Directory'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'enabled', 'status', 'listingCount', 'lastSuccessAt'],
    description: label(
      'Aanbod van een andere gemeente of organisatie dat ook hier te vinden is, met de naam van de bron erbij. Het wordt niet bewerkt en niet opnieuw gedeeld.',
      "Listings of another municipality or organisation that can be found here too, with the source's name. They are not edited and not shared again.",
    ),
  },
  access: {
    read: editors,
    create: editors,
    // The job writes the source's state (status, next page) with its own system request.
    update: (args) => Boolean(editors(args)) || args.req.context?.systemWrite === 'federation',
    delete: editors,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 80,
      label: label('Naam (zo zien bezoekers de bron)', 'Name (as visitors see it)'),
      admin: {
        description: label('Bijvoorbeeld "Meedoen Assen".', 'For example "Meedoen Assen".'),
      },
    },
    {
      name: 'feedUrl',
      type: 'text',
      required: true,
      maxLength: 500,
      label: label('Adres van de feed', 'Feed address'),
      validate: (value: unknown) =>
        (typeof value === 'string' && httpUrl(value) !== undefined) ||
        'Geef een webadres dat begint met https:// (of http://).',
      admin: {
        description: label(
          'Van een andere Meedoen: https://…/api/feeds/session-series. Of een andere OpenActive RPDE-feed van SessionSeries.',
          'Of another Meedoen: https://…/api/feeds/session-series. Or any other OpenActive RPDE feed of SessionSeries.',
        ),
      },
    },
    {
      name: 'siteUrl',
      type: 'text',
      maxLength: 500,
      label: label('Website van de bron', "The source's website"),
      validate: (value: unknown) =>
        !value ||
        (typeof value === 'string' && httpUrl(value) !== undefined) ||
        'Geef een webadres dat begint met https:// (of http://).',
    },
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: true,
      label: label('Aanbod van deze bron tonen', "Show this source's listings"),
    },
    {
      name: 'followNow',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: COMPONENTS.FollowNow } },
    },
    serverOwnedField(
      {
        name: 'status',
        type: 'select',
        defaultValue: 'new',
        label: label('Stand', 'State'),
        options: [
          { value: 'new', label: label('Nog niet gelezen', 'Not read yet') },
          { value: 'ok', label: label('Bijgewerkt', 'Up to date') },
          { value: 'error', label: label('Probleem', 'Problem') },
          { value: 'off', label: label('Uitgezet', 'Switched off') },
        ],
      },
      FOLLOWED,
    ),
    serverOwnedField(
      { name: 'lastError', type: 'textarea', label: label('Laatste probleem', 'Last problem') },
      FOLLOWED,
    ),
    serverOwnedField(
      { name: 'lastCheckedAt', type: 'date', label: label('Laatst gelezen', 'Last read') },
      FOLLOWED,
    ),
    serverOwnedField(
      { name: 'lastSuccessAt', type: 'date', label: label('Laatst gelukt', 'Last success') },
      FOLLOWED,
    ),
    serverOwnedField(
      { name: 'listingCount', type: 'number', label: label('Aanbod', 'Listings') },
      FOLLOWED,
    ),
    serverOwnedField(
      { name: 'skipped', type: 'number', label: label('Overgeslagen items', 'Items skipped') },
      FOLLOWED,
    ),
    serverOwnedField({ name: 'nextUrl', type: 'text' }, { purpose: 'federation' }),
  ],
}

/**
 * A listing of another directory as this site shows it: read-only, with its source, and its
 * page there. Public while its source is switched on; written only by the federation job.
 */
export const ExternalListings: CollectionConfig = {
  slug: 'external-listings',
  labels: {
    singular: label('Aanbod van elders', 'Outside listing'),
    plural: label('Aanbod van elders', 'Outside listings'),
  },
  admin: {
    group: label('Aanbod', 'Directory'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'source', 'organisationName', 'updatedAt'],
  },
  access: {
    read: () => true,
    create: systemWrites('federation'),
    update: systemWrites('federation'),
    delete: systemWrites('federation'),
  },
  fields: [
    {
      name: 'source',
      type: 'relationship',
      relationTo: 'federation-sources',
      required: true,
      index: true,
      label: label('Bron', 'Source'),
    },
    // "<source id>:<feed item id>": one listing per item of each source.
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    // The source's name as visitors see it ("Van Meedoen Assen"); sources are the editors' to read.
    { name: 'sourceName', type: 'text', required: true, label: label('Van', 'From') },
    { name: 'title', type: 'text', required: true, label: label('Titel', 'Title') },
    { name: 'organisationName', type: 'text', label: label('Organisatie', 'Organisation') },
    { name: 'url', type: 'text', label: label('Pagina bij de bron', 'Page at the source') },
    { name: 'modified', type: 'text', admin: { hidden: true } },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: label("Thema's", 'Themes'),
    },
    // What the feed says, as read (src/lib/federation/fromSessionSeries.ts).
    { name: 'data', type: 'json', required: true, admin: { hidden: true } },
  ],
}
