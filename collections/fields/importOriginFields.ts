import type { Field } from 'payload'

import { label } from '../../src/lib/vocabulary'

/**
 * Where an imported record came from: the id in the source's own system ("SK-0042") and the
 * source it was imported from ("Sociale kaart Haren"). A second import from the same source
 * finds the record by the pair and updates it instead of adding a copy. Written by the import
 * (as the importing user), shown read-only in the sidebar; empty for records typed in by hand.
 */
export const importOriginFields = (): Field[] => [
  {
    name: 'externalId',
    type: 'text',
    index: true,
    maxLength: 100,
    label: label('Eigen nummer (import)', 'Own id (import)'),
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.externalId) },
  },
  {
    name: 'externalSource',
    type: 'text',
    index: true,
    maxLength: 120,
    label: label('Geïmporteerd uit', 'Imported from'),
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.externalSource),
    },
  },
]
