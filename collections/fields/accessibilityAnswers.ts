import type { CollectionBeforeValidateHook, GroupField, SelectField } from 'payload'

import {
  ACCESSIBILITY,
  LISTING_ACCESSIBILITY,
  label,
  type Label,
  YES_NO_UNKNOWN,
} from '../../src/lib/vocabulary'
import { inLanguage, type WithI18n } from './inLanguage'

type Options = readonly { value: string; label: Label }[]

/**
 * One accessibility question: an answer is required, and "onbekend" is one. Required by its
 * validation rather than `required: true`, which would make every Local API caller spell the
 * answers out; the server's own saves get "unknown" from `fillUnknownAnswers`.
 */
const answerField = (name: string, fieldLabel: Label, options: Options): SelectField => ({
  name,
  type: 'select',
  options: [...options],
  label: fieldLabel,
  validate: (value: unknown, { req }: { req: WithI18n }) =>
    typeof value === 'string' && options.some((o) => o.value === value)
      ? true
      : inLanguage(
          req,
          'Kies een antwoord. Weet je het niet? Kies dan "Onbekend".',
          'Choose an answer. Not sure? Then choose "Unknown".',
        ),
})

const ANSWER_HELP = label(
  'Beantwoord elke vraag. Weet je het niet, kies dan "Onbekend": dat is ook een antwoord. Bewoners zien het zo op de site.',
  'Answer every question. If you do not know, choose "Unknown": that is an answer too. Residents see it like this on the site.',
)

/** A venue's accessibility: one answer per facility (yes / no / not known), and notes. */
export const venueAccessibilityField = (): GroupField => ({
  name: 'accessibility',
  type: 'group',
  label: label('Toegankelijkheid', 'Accessibility'),
  admin: { description: ANSWER_HELP },
  fields: [
    ...ACCESSIBILITY.map((a) => answerField(a.name, a.label, YES_NO_UNKNOWN)),
    { name: 'notes', type: 'textarea', label: label('Toelichting', 'Notes') },
  ],
})

/** A listing's own accessibility: a wheelchair or walker, and how much Dutch is needed. */
export const listingAccessibilityField = (): GroupField => ({
  name: 'accessibility',
  type: 'group',
  label: label('Toegankelijkheid van wat je aanbiedt', 'Accessibility of what you offer'),
  admin: { description: ANSWER_HELP },
  fields: Object.entries(LISTING_ACCESSIBILITY).map(([name, q]) =>
    answerField(name, q.label, q.options),
  ),
})

/**
 * The server's own saves (seed, imports, federation, jobs: the Local API) may leave a question
 * unanswered: it is stored as "unknown", which is what it is. People answer in the admin or
 * over REST, where the field is required.
 */
export const fillUnknownAnswers =
  (names: readonly string[]): CollectionBeforeValidateHook =>
  ({ data, req, operation }) => {
    if (!data || req.payloadAPI !== 'local' || operation !== 'create') return data
    const given = (data.accessibility ?? {}) as Record<string, unknown>
    const filled = Object.fromEntries(names.map((n) => [n, given[n] ?? 'unknown']))
    return { ...data, accessibility: { ...given, ...filled } }
  }

export const VENUE_QUESTIONS = ACCESSIBILITY.map((a) => a.name)
export const LISTING_QUESTIONS = Object.keys(LISTING_ACCESSIBILITY)
