import { label } from '../../src/lib/vocabulary'
import { taxonomyCollection } from '../fields/taxonomyCollection'

export const Themes = taxonomyCollection({
  slug: 'themes',
  singular: label('Thema', 'Theme'),
  plural: label("Thema's", 'Themes'),
  fields: [
    // The English site shows this name (and English searches find the theme by it); the Dutch one when empty.
    {
      name: 'nameEn',
      type: 'text',
      maxLength: 80,
      label: label('Naam in het Engels', 'Name in English'),
    },
    { name: 'description', type: 'textarea', label: label('Uitleg', 'Description') },
  ],
})
