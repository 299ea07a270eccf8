import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import type { Profile } from '../../src/payload-types'

import { label } from '../../src/lib/vocabulary'
import { serverOwnedField } from '../access/systemWrite'
import { validatePhone } from '../fields/contactField'
import { inLanguage } from '../fields/inLanguage'
import { areasField, themesField } from '../fields/relations'
import { profileAccess } from './access'

/**
 * A new entry is the author's own, whatever was sent: one per person (a second is refused in
 * plain words; the unique index guards parallel saves too). The name starts as the account's.
 */
const ownEntry: CollectionBeforeChangeHook<Profile> = async ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  if (operation !== 'create' || !req.user) return { ...data, user: originalDoc?.user ?? data.user }
  const existing = await req.payload.count({
    collection: 'profiles',
    where: { user: { equals: req.user.id } },
    req,
  })
  if (existing.totalDocs > 0)
    throw new APIError(
      inLanguage(
        req,
        'Je hebt al een gegevenskaart in Wie is wie. Pas die aan.',
        'You already have an entry in the who’s who. Edit that one.',
      ),
      400,
      null,
      true,
    )
  return { ...data, user: req.user.id, name: data.name || req.user.name }
}

/**
 * Wie is wie: professionals and organisation members who make themselves known to each other —
 * name, organisation, role, how to reach them, their neighbourhoods and what they can help with.
 * Read only by people in the chain (professionals, members, editors); each person keeps their
 * own entry; never public.
 */
export const Profiles: CollectionConfig = {
  slug: 'profiles',
  labels: {
    singular: label('Gegevenskaart', 'Directory entry'),
    plural: label('Wie is wie', "Who's who"),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisationName', 'jobTitle', 'areas', 'published'],
    group: label('Contact', 'Contact'),
    description: label(
      'Collega’s in de keten: sociaal werk, de sociale dienst, dagbesteding, werkgevers. Alleen zichtbaar voor professionals, leden van organisaties en de redactie; nooit op de openbare site. Je beheert je eigen kaart.',
      'Colleagues in the chain: social work, social services, day activities, employers. Visible only to professionals, organisation members and the editors; never on the public site. You keep your own entry.',
    ),
  },
  access: profileAccess,
  hooks: { beforeChange: [ownEntry] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: label('Naam', 'Name') },
    {
      type: 'row',
      fields: [
        {
          name: 'organisationName',
          type: 'text',
          required: true,
          maxLength: 120,
          label: label('Organisatie', 'Organisation'),
          admin: {
            description: label(
              'Bijvoorbeeld: Gemeente Groningen, sociale dienst',
              'For example: City of Groningen, social services',
            ),
          },
        },
        {
          name: 'jobTitle',
          type: 'text',
          required: true,
          maxLength: 80,
          label: label('Functie', 'Role'),
          admin: {
            description: label(
              'Bijvoorbeeld: klantmanager, sociaal werker, jobcoach',
              'For example: client manager, social worker, job coach',
            ),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          type: 'text',
          validate: validatePhone,
          label: label('Telefoon (mobiel)', 'Phone (mobile)'),
        },
        { name: 'email', type: 'email', required: true, label: label('E-mail', 'E-mail') },
      ],
    },
    { ...areasField('areas'), label: label('Wijken waar je werkt', 'Neighbourhoods you work in') },
    { ...themesField(), label: label('Onderwerpen', 'Themes') },
    {
      name: 'helpWith',
      type: 'textarea',
      maxLength: 500,
      label: label('Waar kun je mee helpen?', 'What can you help with?'),
    },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: true,
      label: label('Zichtbaar voor collega’s', 'Visible to colleagues'),
      admin: { position: 'sidebar' },
    },
    serverOwnedField(
      {
        name: 'user',
        type: 'relationship',
        relationTo: 'users',
        unique: true,
        label: label('Account', 'Account'),
      },
      { shown: true },
    ),
  ],
}
