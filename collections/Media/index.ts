import type { CollectionConfig } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { mediaAccess } from './access'
import { mediaFields } from './fields'
import { limitUploads, MAX_PIXELS } from './uploadLimits'

const webp = (quality: number) => ({ format: 'webp' as const, options: { quality } })

/** Images for organisations, venues and listings; every size is stored as webp. */
export const createMedia = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  labels: { singular: label('Afbeelding', 'Image'), plural: label('Afbeeldingen', 'Images') },
  admin: { group: label('Inhoud', 'Content') },
  access: mediaAccess(),
  hooks: { beforeOperation: [limitUploads] },
  upload: {
    staticDir,
    // Also where Payload decodes the stored file itself; sizes and crops are covered by limitUploads.
    constructorOptions: { limitInputPixels: MAX_PIXELS },
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    formatOptions: webp(82),
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: webp(75) },
      { name: 'card', width: 640, height: 400, position: 'centre', formatOptions: webp(78) },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: webp(80) },
    ],
  },
  fields: mediaFields(),
})
