import type { GroupField } from 'payload'

import { professionalRead, professionalWrite } from '../access/professionalFieldAccess'
import { label } from '../../src/lib/vocabulary'

/** Information for professionals who refer clients; hidden from residents by field access. */
export const professionalField = (): GroupField => ({
  name: 'professional',
  type: 'group',
  label: label('Alleen voor professionals', 'For professionals only'),
  admin: {
    description: label(
      'Bewoners zien dit niet. Professionals, de redactie en je eigen organisatie wel.',
      'Residents do not see this. Professionals, editors and your own organisation do.',
    ),
  },
  access: { read: professionalRead, create: professionalWrite, update: professionalWrite },
  fields: [
    {
      name: 'referralNotes',
      type: 'textarea',
      label: label('Verwijzing en toelating', 'Referral notes'),
    },
    {
      name: 'internalContact',
      type: 'text',
      label: label('Intern contact (naam, telefoon)', 'Internal contact'),
    },
    {
      name: 'capacityNotes',
      type: 'textarea',
      label: label('Capaciteit en wachttijd', 'Capacity notes'),
    },
  ],
})
