import type { DateField } from 'payload'

import { editorsField } from '../access/editors'
import { label } from '../../src/lib/vocabulary'
import { dayOnly } from './dayOnly'

/** The date a person confirmed the listing is still current; not the same as updatedAt. */
export const checkedOnField = (): DateField => ({
  name: 'checkedOn',
  type: 'date',
  index: true,
  label: label('Gecontroleerd op', 'Checked on'),
  // Set by publishing and by the "still current" action; only editors may correct it by hand.
  access: { create: editorsField, update: editorsField },
  admin: { position: 'sidebar', readOnly: true, ...dayOnly },
})
