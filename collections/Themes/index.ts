import { label } from '../fields/label'
import { taxonomyCollection } from '../fields/taxonomyCollection'

export const Themes = taxonomyCollection({
  slug: 'themes',
  singular: label('Thema', 'Theme'),
  plural: label("Thema's", 'Themes'),
  fields: [{ name: 'description', type: 'textarea', label: label('Uitleg', 'Description') }],
})
