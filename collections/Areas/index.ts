import { label } from '../../src/lib/vocabulary'
import { taxonomyCollection } from '../fields/taxonomyCollection'

/** A wijk or kern (Haren, Glimmen, Onnen …) within a municipality. */
export const Areas = taxonomyCollection({
  slug: 'areas',
  singular: label('Wijk of kern', 'Area'),
  plural: label('Wijken en kernen', 'Areas'),
  fields: [
    {
      name: 'municipality',
      type: 'text',
      required: true,
      label: label('Gemeente', 'Municipality'),
    },
  ],
})
