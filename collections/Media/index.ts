import type { CollectionConfig, FieldAccess, FieldHook, Where } from 'payload'

import type { Media } from '../../src/payload-types'
import { relationID } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'
import { label } from '../../src/lib/vocabulary'
import { publicMediaIDs } from './publicMedia'
import { limitUploads, MAX_PIXELS } from './uploadLimits'

const webp = (quality: number) => ({ format: 'webp' as const, options: { quality } })

/** Images for organisations, venues and listings; every size is stored as webp. */
export const createMedia = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  labels: { singular: label('Afbeelding', 'Image'), plural: label('Afbeeldingen', 'Images') },
  admin: { group: label('Inhoud', 'Content') },
  access: {
    // Not every upload is public: only what public pages use, and one's own (to pick in the admin).
    read: async ({ req }) => {
      if (isEditorUser(req.user)) return true
      const ids = await publicMediaIDs(req.payload)
      const used: Where = ids.length ? { id: { in: ids } } : { id: { exists: false } }
      return req.user ? { or: [used, { createdBy: { equals: req.user.id } }] } : used
    },
    create: ({ req }) => Boolean(req.user),
    update: ({ req }) => {
      if (isEditorUser(req.user)) return true
      return req.user ? { createdBy: { equals: req.user.id } } : false
    },
    delete: ({ req }) => {
      if (isEditorUser(req.user)) return true
      return req.user ? { createdBy: { equals: req.user.id } } : false
    },
  },
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
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: label('Beschrijving voor wie de afbeelding niet ziet', 'Alt text'),
      admin: {
        description: label(
          'Wat staat er op de foto? Nodig voor mensen die een schermlezer gebruiken.',
          'What is in the picture? Needed by people using a screen reader.',
        ),
      },
    },
    { name: 'credit', type: 'text', label: label('Fotograaf of bron', 'Photographer or source') },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Geüpload door', 'Uploaded by'),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: {
        beforeChange: [
          (({ req, operation, value }) => (operation === 'create' ? (req.user?.id ?? value) : value)) satisfies FieldHook<Media, Media['createdBy']>,
        ],
      },
      // Who uploaded what is for the editors and the uploader, not for every visitor.
      access: {
        update: () => false,
        read: (({ req, doc }) =>
          isEditorUser(req.user) || (Boolean(req.user) && relationID(doc?.createdBy) === req.user?.id)) satisfies FieldAccess<Media>,
      },
    },
  ],
})
