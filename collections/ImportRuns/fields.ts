import type { Field } from 'payload'

import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { isEditorUser, type MaybeUser } from '../access/roles'
import { serverOwnedField } from '../access/systemWrite'
import { label } from '../../src/lib/vocabulary'
import { COMPONENTS } from '../../plugins/directory/constants'

const IMPORT_KINDS = [
  { value: 'activities', label: label('Activiteiten', 'Activities') },
  { value: 'openings', label: label('Plekken', 'Openings') },
  { value: 'venues', label: label('Locaties', 'Venues') },
  { value: 'organisations', label: label('Organisaties', 'Organisations') },
]

const IMPORT_STATES = [
  {
    value: 'checked',
    label: label('Gecontroleerd, nog niet geïmporteerd', 'Checked, not imported'),
  },
  { value: 'running', label: label('Bezig met importeren', 'Importing') },
  { value: 'done', label: label('Geïmporteerd', 'Imported') },
  { value: 'failed', label: label('Niet gelukt', 'Failed') },
]

/** Written by the import's own steps (its endpoints and job, see collections/requests.ts) only. */
const BY_THE_IMPORT = { purpose: 'import-run' } as const

/** What the person fills in (kind, source, organisation), and the panel. */
const filledIn = (): Field[] => [
  {
    name: 'kind',
    type: 'select',
    required: true,
    options: IMPORT_KINDS,
    label: label('Wat zit erin', 'What it holds'),
    access: { update: () => false },
  },
  {
    name: 'source',
    type: 'text',
    required: true,
    maxLength: 120,
    label: label('Bron', 'Source'),
    access: { update: () => false },
    admin: {
      description: label(
        'Waar het bestand vandaan komt, bijvoorbeeld "Sociale kaart Haren". Importeer je later weer uit dezelfde bron, dan onthouden we de kolommen en werken we bij wat er al staat.',
        'Where the file comes from, for example "Sociale kaart Haren". Import from the same source again and the columns are remembered and what is there is updated.',
      ),
    },
  },
  {
    name: 'organisation',
    type: 'relationship',
    relationTo: 'organisations',
    label: label(
      'Organisatie (als een regel er geen noemt)',
      'Organisation (for rows naming none)',
    ),
    access: { update: () => false },
    defaultValue: ({ user }: { user?: unknown }) => {
      const own = getUserOrganisationIDs(user as MaybeUser)
      return own.length === 1 && !isEditorUser(user as MaybeUser) ? own[0] : undefined
    },
    filterOptions: ({ user }) =>
      !user || isEditorUser(user) ? true : { id: { in: getUserOrganisationIDs(user) } },
  },
  {
    name: 'templates',
    type: 'ui',
    admin: { components: { Field: COMPONENTS.ImportTemplates } },
  },
  {
    name: 'panel',
    type: 'ui',
    admin: { components: { Field: COMPONENTS.ImportRunPanel } },
  },
]

/** What the import writes: its state in the sidebar, and (out of the form) what its steps keep. */
const writtenByTheImport = (): Field[] => [
  serverOwnedField(
    {
      name: 'status',
      type: 'select',
      options: IMPORT_STATES,
      defaultValue: 'checked',
      label: label('Stand', 'State'),
    },
    { ...BY_THE_IMPORT, shown: true },
  ),
  serverOwnedField(
    { name: 'rowCount', type: 'number', label: label('Regels', 'Rows') },
    { shown: true },
  ),
  serverOwnedField(
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Gestart door', 'Started by'),
    },
    { shown: true },
  ),
  serverOwnedField({ name: 'readAs', type: 'text' }, BY_THE_IMPORT),
  serverOwnedField({ name: 'headers', type: 'json' }, BY_THE_IMPORT),
  serverOwnedField({ name: 'mapping', type: 'json' }, BY_THE_IMPORT),
  // Header → column, for the next import from this source.
  serverOwnedField({ name: 'remembered', type: 'json' }, BY_THE_IMPORT),
  serverOwnedField(
    {
      name: 'mode',
      type: 'select',
      options: [
        { value: 'all', label: label('Het hele bestand', 'The whole file') },
        { value: 'valid', label: label('Alleen de goede regels', 'Only the valid rows') },
      ],
    },
    BY_THE_IMPORT,
  ),
  serverOwnedField({ name: 'progress', type: 'json' }, BY_THE_IMPORT),
  serverOwnedField({ name: 'report', type: 'json' }, BY_THE_IMPORT),
]

export const importRunFields = (): Field[] => [...filledIn(), ...writtenByTheImport()]
