import type { Field } from 'payload'

import { editorsField } from '../access/editors'
import { serverOwnedField } from '../access/systemWrite'
import { isEditorUser, type MaybeUser } from '../access/roles'
import { label } from '../../src/lib/vocabulary'
import { COMPONENTS } from '../../plugins/directory/constants'

/** Sidebar fields only editors act on: members read the review in plain words instead. */
export const forEditors = (
  _data: unknown,
  _sibling: unknown,
  { user }: { user?: unknown },
): boolean => isEditorUser(user as MaybeUser)

const REVIEW_STATES = [
  { value: 'none', label: label('Geen beoordeling nodig', 'Nothing to review') },
  { value: 'awaiting_review', label: label('Wacht op de redactie', 'Awaiting review') },
  { value: 'changes_requested', label: label('Wijzigingen gevraagd', 'Changes requested') },
] as const

/**
 * Where the document is in review, in plain words, at the top of the form (so a phone shows it
 * first, not below every field): "Wacht op beoordeling sinds …", the editors' comment.
 */
export const reviewStatusField = (): Field => ({
  name: 'reviewStatus',
  type: 'ui',
  admin: { components: { Field: COMPONENTS.ReviewStatus } },
})

/** The review itself, in the sidebar: its state for editors, the rest hidden and written by the server. */
const reviewFields = (): Field[] => [
  {
    name: 'reviewState',
    type: 'select',
    index: true,
    defaultValue: 'none',
    label: label('Beoordeling', 'Review'),
    options: [...REVIEW_STATES],
    access: { create: editorsField, update: editorsField },
    admin: { position: 'sidebar', condition: forEditors },
  },
  {
    name: 'submittedAt',
    type: 'date',
    label: label('Ingediend op', 'Submitted on'),
    access: { create: editorsField, update: editorsField },
    admin: { position: 'sidebar', readOnly: true, hidden: true },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('Ingediend door', 'Submitted by'),
    access: { create: editorsField, update: editorsField },
    admin: { position: 'sidebar', readOnly: true, hidden: true },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    maxLength: 2000,
    label: label('Opmerking van de redactie', 'Comment from the editors'),
    access: { create: editorsField, update: editorsField },
    admin: { position: 'sidebar', hidden: true },
  },
]

/** Who saved each version (the user, their name, whether an editor): never in the form. */
const editedByFields = (): Field[] => [
  // Who saved this version, set by the moderation hook only: the sidebar's history shows it.
  serverOwnedField({
    name: 'editedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('Gewijzigd door', 'Changed by'),
  }),
  // The same person by name, kept with each version: members may not read other users.
  serverOwnedField({
    name: 'editedByName',
    type: 'text',
    label: label('Gewijzigd door', 'Changed by'),
  }),
  serverOwnedField({
    name: 'editedByEditor',
    type: 'checkbox',
    label: label('Door de redactie', 'By the editors'),
  }),
]

/**
 * Where a document is in review: members submit, editors publish or ask for changes with a
 * comment the member reads. Written by the moderation hook and the "request changes"
 * endpoint; editors may correct the state by hand, members only read it.
 */
export const moderationFields = (): Field[] => [
  {
    name: 'viewOnSite',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: COMPONENTS.ViewOnSite } },
  },
  ...reviewFields(),
  ...editedByFields(),
  {
    name: 'history',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: COMPONENTS.VersionHistory } },
  },
]
