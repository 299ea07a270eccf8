import type { Field, GroupField } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { dayOnly } from './dayOnly'
import { inLanguage, type WithI18n } from './inLanguage'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
export const validateTime = (value: unknown, { req }: { req: WithI18n }) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'string' && TIME.test(value))
    ? true
    : inLanguage(req, 'Gebruik uu:mm, bijvoorbeeld 09:30.', 'Use hh:mm, for example 09:30.')

export const WEEKDAYS = [
  { value: '1', label: label('maandag', 'Monday') },
  { value: '2', label: label('dinsdag', 'Tuesday') },
  { value: '3', label: label('woensdag', 'Wednesday') },
  { value: '4', label: label('donderdag', 'Thursday') },
  { value: '5', label: label('vrijdag', 'Friday') },
  { value: '6', label: label('zaterdag', 'Saturday') },
  { value: '7', label: label('zondag', 'Sunday') },
]

/** How often it happens, and on which date, day(s) or week of the month. */
const recurrenceFields = (): Field[] => [
  {
    name: 'kind',
    type: 'select',
    required: true,
    defaultValue: 'weekly',
    label: label('Hoe vaak', 'How often'),
    options: [
      { value: 'once', label: label('Eén keer', 'Once') },
      { value: 'weekly', label: label('Elke week', 'Every week') },
      { value: 'biweekly', label: label('Om de week', 'Every other week') },
      { value: 'monthly', label: label('Eén keer per maand', 'Monthly') },
    ],
  },
  {
    name: 'date',
    type: 'date',
    label: label('Datum', 'Date'),
    admin: { ...dayOnly, condition: (_, s) => s?.kind === 'once' },
  },
  {
    name: 'weekdays',
    type: 'select',
    hasMany: true,
    options: WEEKDAYS,
    label: label('Op welke dag(en)', 'On which day(s)'),
    admin: { condition: (_, s) => s?.kind !== 'once' },
  },
  {
    name: 'weekOfMonth',
    type: 'select',
    label: label('Welke week van de maand', 'Which week of the month'),
    options: [
      { value: '1', label: label('eerste', 'first') },
      { value: '2', label: label('tweede', 'second') },
      { value: '3', label: label('derde', 'third') },
      { value: '4', label: label('vierde', 'fourth') },
      { value: '-1', label: label('laatste', 'last') },
    ],
    admin: { condition: (_, s) => s?.kind === 'monthly' },
  },
]

/** The times of day, and the period a recurring activity runs in. */
const timeFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'startTime',
        type: 'text',
        required: true,
        validate: validateTime,
        label: label('Begintijd (uu:mm)', 'Start time (hh:mm)'),
      },
      {
        name: 'endTime',
        type: 'text',
        required: true,
        validate: validateTime,
        label: label('Eindtijd (uu:mm)', 'End time (hh:mm)'),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'validFrom',
        type: 'date',
        label: label('Vanaf', 'From'),
        admin: { ...dayOnly, condition: (_, s) => s?.kind !== 'once' },
      },
      {
        name: 'validUntil',
        type: 'date',
        label: label('Tot en met', 'Until'),
        admin: { ...dayOnly, condition: (_, s) => s?.kind !== 'once' },
      },
    ],
  },
]

/** The days a recurring activity does not happen: dates, school holidays, public holidays. */
const skippedDayFields = (): Field[] => [
  {
    name: 'exceptions',
    type: 'array',
    label: label('Gaat niet door op', 'Cancelled on'),
    labels: { singular: label('datum', 'date'), plural: label('datums', 'dates') },
    admin: { condition: (_, s) => s?.kind !== 'once' },
    fields: [
      {
        name: 'date',
        type: 'date',
        required: true,
        label: label('Datum', 'Date'),
        admin: dayOnly,
      },
    ],
  },
  {
    name: 'skipSchoolHolidays',
    type: 'select',
    label: label('Niet in de schoolvakantie van regio', 'Not during school holidays of region'),
    options: [
      { value: 'noord', label: label('Noord', 'North') },
      { value: 'midden', label: label('Midden', 'Middle') },
      { value: 'zuid', label: label('Zuid', 'South') },
    ],
    admin: { condition: (_, s) => s?.kind !== 'once' },
  },
  {
    // Residents are not sent to a closed door on Christmas: public holidays are skipped unless ticked.
    name: 'onPublicHolidays',
    type: 'checkbox',
    defaultValue: false,
    label: label('Gaat door op feestdagen', 'Goes ahead on public holidays'),
    admin: {
      condition: (_, s) => s?.kind !== 'once',
      description: label(
        'Zonder vinkje slaan we Nieuwjaar, Pasen, Koningsdag, Hemelvaart, Pinksteren en Kerst over.',
        'Without a tick, New Year, Easter, King’s Day, Ascension, Whitsun and Christmas are skipped.',
      ),
    },
  },
]

/** When an activity happens: once, or recurring in Europe/Amsterdam local time. */
export const scheduleField = (): GroupField => ({
  name: 'schedule',
  type: 'group',
  label: label('Wanneer', 'When'),
  fields: [...recurrenceFields(), ...timeFields(), ...skippedDayFields()],
})
