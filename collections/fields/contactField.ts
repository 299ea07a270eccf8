import type { GroupField } from 'payload'

import { inLanguage, type WithI18n } from './inLanguage'
import { label } from '../../src/lib/vocabulary'

const PHONE = /^[+0-9][0-9 ()-]{5,19}$/

export const validatePhone = (value: unknown, { req }: { req: WithI18n }) =>
  !value || (typeof value === 'string' && PHONE.test(value.trim()))
    ? true
    : inLanguage(
        req,
        'Vul een telefoonnummer in met alleen cijfers, spaties of +.',
        'Enter a phone number with digits, spaces or +.',
      )

/** A contact person or desk for one listing. */
export const contactField = (
  name = 'contact',
  title = label('Contactpersoon', 'Contact person'),
): GroupField => ({
  name,
  type: 'group',
  label: title,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: label('Naam', 'Name') },
        { name: 'email', type: 'email', label: label('E-mail', 'E-mail') },
        { name: 'phone', type: 'text', validate: validatePhone, label: label('Telefoon', 'Phone') },
      ],
    },
  ],
})
