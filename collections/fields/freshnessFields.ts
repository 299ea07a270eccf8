import type { Field } from 'payload'

import { editorsField } from '../access/editors'
import { forEditors } from './moderationFields'
import { checkedOnField } from './checkedOnField'
import { label } from '../../src/lib/vocabulary'
import { COMPONENTS } from '../../plugins/directory/constants'

/**
 * Moderation and freshness state of a listing. Set by hooks, the "still current" action and
 * the freshness job; editors may correct them, organisation members cannot.
 */
export const freshnessFields = (): Field[] => [
  {
    name: 'confirmCurrentAction',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: COMPONENTS.ConfirmCurrent },
    },
  },
  checkedOnField(),
  {
    name: 'featured',
    type: 'checkbox',
    defaultValue: false,
    label: label('Uitgelicht', 'Featured'),
    access: { create: editorsField, update: editorsField },
    admin: { position: 'sidebar', condition: forEditors },
  },
  {
    name: 'staleHidden',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    label: label('Verborgen: te lang niet gecontroleerd', 'Hidden: not checked for too long'),
    access: { create: editorsField, update: editorsField },
    admin: {
      position: 'sidebar',
      // Members see it only when it is so: then "Nog actueel" brings the listing back.
      condition: (data, sibling, ctx) =>
        forEditors(data, sibling, ctx) || data?.staleHidden === true,
      description: label(
        'Wordt weer zichtbaar zodra iemand bevestigt dat het nog klopt.',
        'Becomes visible again once someone confirms it is still current.',
      ),
    },
  },
  {
    name: 'reminderSentAt',
    type: 'date',
    label: label('Herinnering verstuurd op', 'Reminder sent on'),
    access: { create: editorsField, update: editorsField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.reminderSentAt),
    },
  },
]
