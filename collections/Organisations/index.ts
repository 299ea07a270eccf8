import type { CollectionConfig } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { COMPONENTS } from '../../plugins/directory/constants'
import { moderatedAdmin } from '../fields/moderatedAdmin'
import { moderate, type ModerationOptions, requireDraftSave } from '../hooks/moderateListing'
import { previewPath } from '../../src/lib/paths'
import { organisationAccess } from './access'
import { organisationFields } from './fields'
import { keepReferenced } from './keepReferenced'

/**
 * Who offers activities and openings. Members edit their own profile; for an unverified
 * organisation that is a submission the editors review, as for its listings. Editors the rest.
 */
export const createOrganisations = (moderation: ModerationOptions): CollectionConfig => ({
  slug: 'organisations',
  labels: {
    singular: label('Organisatie', 'Organisation'),
    plural: label('Organisaties', 'Organisations'),
  },
  admin: {
    ...moderatedAdmin('id'),
    components: {
      ...moderatedAdmin('id').components,
      // For editors, above the list: organisations that may be entered twice, to merge.
      beforeListTable: [
        COMPONENTS.DuplicateOrganisations,
        ...(moderatedAdmin('id').components?.beforeListTable ?? []),
      ],
    },
    useAsTitle: 'name',
    preview: (doc) => (doc?.id ? previewPath('organisations', doc.id as number) : null),
    defaultColumns: ['name', 'type', 'verified', '_status', 'reviewState'],
    group: label('Aanbod', 'Directory'),
  },
  // Drafts are validated: for members a draft is a submission, which an editor must be able to publish.
  versions: { drafts: { validate: true }, maxPerDoc: 20 },
  hooks: {
    beforeDelete: [keepReferenced],
    beforeOperation: [
      requireDraftSave(moderation, ({ id }) => (id === undefined ? undefined : [id])),
    ],
    beforeChange: [
      moderate(
        moderation,
        (_data, original) => (original?.id === undefined ? undefined : [original.id]),
        false,
      ),
    ],
  },
  access: organisationAccess(moderation),
  fields: organisationFields(),
})
