import type { Field, FieldAccess, FieldHook } from 'payload'

import type { Media } from '../../src/payload-types'
import { relationID } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'
import { label } from '../../src/lib/vocabulary'

/** The image's description for screen readers, its credit, and who uploaded it. */
export const mediaFields = (): Field[] => [
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
        (({ req, operation, value }) =>
          operation === 'create' ? (req.user?.id ?? value) : value) satisfies FieldHook<
          Media,
          Media['createdBy']
        >,
      ],
    },
    // Who uploaded what is for the editors and the uploader, not for every visitor.
    access: {
      update: () => false,
      read: (({ req, doc }) =>
        isEditorUser(req.user) ||
        (Boolean(req.user) &&
          relationID(doc?.createdBy) === req.user?.id)) satisfies FieldAccess<Media>,
    },
  },
]
