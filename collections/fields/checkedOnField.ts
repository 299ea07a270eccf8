import type { DateField } from 'payload'

import { label } from './label'

/** The date a person confirmed the listing is still current; not the same as updatedAt. */
export const checkedOnField = (): DateField => ({
  name: 'checkedOn',
  type: 'date',
  index: true,
  label: label('Gecontroleerd op', 'Checked on'),
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayOnly' } },
})
