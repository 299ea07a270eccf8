import type { CollectionConfig } from 'payload'

import { listingAccess } from '../access/listingAccess'
import { checkedOnField } from '../fields/checkedOnField'
import { label } from '../fields/label'
import { ladderRungsField } from '../fields/ladderRungsField'
import { areasField, organisationField, themesField, venueField } from '../fields/relations'
import { slugField } from '../fields/slugField'
import { summaryField } from '../fields/summaryField'
import { keepOwnOrganisation } from '../hooks/keepOwnOrganisation'

export const OPENING_KINDS = [
  { value: 'volunteer', label: label('Vrijwilligerswerk', 'Volunteering') },
  { value: 'work_experience', label: label('Werkervaringsplek', 'Work-experience place') },
  { value: 'learn_work', label: label('Leerwerkplek', 'Learn-and-work place') },
  { value: 'participation', label: label('Participatieplek', 'Participation place') },
  { value: 'day_activity', label: label('Dagbesteding', 'Day activity') },
  { value: 'internship', label: label('Stage', 'Internship') },
  { value: 'neighbourhood_job', label: label('Buurtbaan', 'Neighbourhood job') },
  { value: 'paid_job', label: label('Betaalde baan', 'Paid job') },
] as const

export type OpeningKind = (typeof OPENING_KINDS)[number]['value']

/** A place to contribute: volunteering, a work-and-learning place or a job. */
export const Openings: CollectionConfig = {
  slug: 'openings',
  labels: { singular: label('Plek', 'Opening'), plural: label('Plekken', 'Openings') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'organisation', 'status', '_status'],
    group: label('Aanbod', 'Directory'),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: listingAccess.read,
    create: listingAccess.create,
    update: listingAccess.updateOrDelete,
    delete: listingAccess.updateOrDelete,
    readVersions: listingAccess.readVersions,
  },
  hooks: { beforeChange: [keepOwnOrganisation] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [...OPENING_KINDS],
      label: label('Soort plek', 'Kind of opening'),
    },
    { name: 'title', type: 'text', required: true, label: label('Titel', 'Title') },
    slugField('openings'),
    summaryField(),
    { name: 'description', type: 'textarea', label: label('Wat ga je doen', 'What you will do') },
    organisationField(),
    venueField(),
    {
      type: 'row',
      fields: [
        { name: 'hoursPerWeekMin', type: 'number', min: 0, max: 60, label: label('Uren per week, vanaf', 'Hours per week, from') },
        { name: 'hoursPerWeekMax', type: 'number', min: 0, max: 60, label: label('Uren per week, tot', 'Hours per week, up to') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'placesTotal', type: 'number', min: 0, label: label('Aantal plekken', 'Places in total') },
        { name: 'placesAvailable', type: 'number', min: 0, label: label('Plekken vrij', 'Places available') },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      label: label('Stand van zaken', 'Status'),
      options: [
        { value: 'open', label: label('Open', 'Open') },
        { value: 'full', label: label('Vol', 'Full') },
        { value: 'closed', label: label('Gesloten', 'Closed') },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'validThrough',
      type: 'date',
      index: true,
      label: label('Geldig tot en met', 'Valid through'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'support',
      type: 'select',
      hasMany: true,
      label: label('Begeleiding', 'Support offered'),
      options: [
        { value: 'begeleiding', label: label('Vaste begeleider', 'Regular supervisor') },
        { value: 'job_coach', label: label('Jobcoach', 'Job coach') },
        { value: 'training', label: label('Training of cursus', 'Training') },
      ],
    },
    { name: 'whatYouLearn', type: 'textarea', label: label('Wat je leert', 'What you learn') },
    { name: 'certificate', type: 'text', label: label('Certificaat of diploma', 'Certificate') },
    { name: 'requirements', type: 'textarea', label: label('Wat we vragen', 'Requirements') },
    themesField(),
    areasField('areas'),
    ladderRungsField(),
    checkedOnField(),
  ],
}
