import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorUser } from '../access/roles'
import { label } from '../fields/label'

const webp = (quality: number) => ({ format: 'webp' as const, options: { quality } })

/** Images for organisations, venues and listings; every size is stored as webp. */
export const createMedia = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  labels: { singular: label('Afbeelding', 'Image'), plural: label('Afbeeldingen', 'Images') },
  admin: { group: label('Inhoud', 'Content') },
  access: {
    read: anyone,
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
  upload: {
    staticDir,
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
      admin: { readOnly: true, position: 'sidebar' },
      hooks: {
        beforeChange: [({ req, operation, value }) => (operation === 'create' ? (req.user?.id ?? value) : value)],
      },
      access: { update: () => false },
    },
  ],
})
