import type { Field } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { fixed } from '../access/fixed'
import { serverOwnedField } from '../access/systemWrite'

const BY_THE_SERVER = { purpose: 'alerts' } as const

/** What the resident sent (fixed once sent), and what the server keeps up. */
export const alertFields = (): Field[] => [
  {
    name: 'email',
    type: 'email',
    required: true,
    label: label('E-mail', 'E-mail'),
    access: { update: fixed },
  },
  {
    name: 'query',
    type: 'text',
    required: true,
    maxLength: 1000,
    label: label('Zoekopdracht', 'Search'),
    access: { update: fixed },
  },
  {
    name: 'locale',
    type: 'select',
    defaultValue: 'nl',
    options: [
      { value: 'nl', label: label('Nederlands', 'Dutch') },
      { value: 'en', label: label('Engels', 'English') },
    ],
    label: label('Taal', 'Language'),
    access: { update: fixed },
  },
  {
    name: 'consent',
    type: 'checkbox',
    label: label('Toestemming', 'Consent'),
    access: { update: fixed },
  },
  serverOwnedField(
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      options: [
        { value: 'pending', label: label('Nog niet bevestigd', 'Not confirmed yet') },
        { value: 'active', label: label('Actief', 'Active') },
      ],
      label: label('Stand', 'State'),
    },
    { ...BY_THE_SERVER, shown: true },
  ),
  serverOwnedField(
    { name: 'confirmedAt', type: 'date', label: label('Bevestigd op', 'Confirmed on') },
    { ...BY_THE_SERVER, shown: true },
  ),
  serverOwnedField(
    { name: 'lastSentAt', type: 'date', label: label('Laatst verstuurd', 'Last sent') },
    { ...BY_THE_SERVER, shown: true },
  ),
  // For finding one person's data (export, erase): the address in one comparable form.
  serverOwnedField({ name: 'contactKey', type: 'text', index: true }, BY_THE_SERVER),
  // What the links in its e-mails are signed with (src/lib/alerts/tokens.ts).
  serverOwnedField({ name: 'nonce', type: 'text' }, BY_THE_SERVER),
  // The listings it has already reported (keys), so each e-mail has only new ones.
  serverOwnedField({ name: 'seen', type: 'json' }, BY_THE_SERVER),
]
