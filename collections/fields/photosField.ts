import type { UploadField } from 'payload'

import { label } from '../../src/lib/vocabulary'

/** Photos of a listing or venue, from the media collection. */
export const photosField = (): UploadField => ({
  name: 'photos',
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  label: label("Foto's", 'Photos'),
})
