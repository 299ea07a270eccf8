import type { FieldHook, GroupField, TypeWithID } from 'payload'

import { normalisePostcode } from '../../src/lib/geo/postcode'
import { inLanguage, type WithI18n } from './inLanguage'
import { label } from '../../src/lib/vocabulary'

const validatePostcode = (
  value: unknown,
  { required, req }: { required: boolean; req: WithI18n },
) => {
  if (!value && !required) return true
  return typeof value === 'string' && normalisePostcode(value)
    ? true
    : inLanguage(
        req,
        'Vul een geldige postcode in, zoals 9751 AB.',
        'Enter a valid Dutch postcode, such as 9751 AB.',
      )
}

/** A Dutch street address; the postcode is normalised to "9751 AB" before validation. */
export const addressField = ({ required }: { required: boolean }): GroupField => ({
  name: 'address',
  type: 'group',
  label: label('Adres', 'Address'),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'street', type: 'text', required, label: label('Straat', 'Street') },
        { name: 'houseNumber', type: 'text', required, label: label('Huisnummer', 'House number') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'postcode',
          type: 'text',
          required,
          label: label('Postcode', 'Postcode'),
          validate: (value: unknown, { req }: { req: WithI18n }) =>
            validatePostcode(value, { required, req }),
          hooks: {
            beforeValidate: [
              (({ value }) =>
                typeof value === 'string'
                  ? (normalisePostcode(value) ?? value)
                  : value) satisfies FieldHook<TypeWithID, string | null | undefined>,
            ],
          },
        },
        { name: 'city', type: 'text', required, label: label('Plaats', 'Town') },
      ],
    },
  ],
})
