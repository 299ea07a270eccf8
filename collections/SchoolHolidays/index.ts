import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { COMPONENTS } from '../../plugins/directory/constants'
import { label } from '../../src/lib/vocabulary'
import { inLanguage } from '../fields/inLanguage'
import { throwIfIssues } from '../fields/rangeError'
import { dayOnly } from '../fields/dayOnly'

/**
 * School holidays per region, published yearly by the national government. Kept as data that
 * editors correct in a minute each year; schedules read them at run time.
 */
export const SchoolHolidays: CollectionConfig = {
  slug: 'school-holidays',
  labels: {
    singular: label('Schoolvakantie', 'School holiday'),
    plural: label('Schoolvakanties', 'School holidays'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'region', 'firstDay', 'lastDay', 'confidence'],
    group: label('Indeling', 'Taxonomies'),
    components: { beforeListTable: [COMPONENTS.ExportButtons] },
    description: label(
      'Controleer elk jaar de data op rijksoverheid.nl. Perioden met "geschat" zijn nog niet bevestigd.',
      'Check the dates on rijksoverheid.nl every year. Periods marked "estimated" are not yet confirmed.',
    ),
  },
  defaultSort: 'firstDay',
  access: { read: anyone, create: editors, update: editors, delete: editors },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Naam', 'Name') },
    {
      name: 'region',
      type: 'select',
      required: true,
      index: true,
      label: label('Regio', 'Region'),
      options: [
        { value: 'noord', label: label('Noord', 'North') },
        { value: 'midden', label: label('Midden', 'Middle') },
        { value: 'zuid', label: label('Zuid', 'South') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'firstDay',
          type: 'date',
          required: true,
          label: label('Eerste dag', 'First day'),
          admin: dayOnly,
        },
        {
          name: 'lastDay',
          type: 'date',
          required: true,
          label: label('Laatste dag', 'Last day'),
          admin: dayOnly,
        },
      ],
    },
    {
      name: 'confidence',
      type: 'select',
      required: true,
      defaultValue: 'estimated',
      label: label('Zekerheid', 'Confidence'),
      options: [
        { value: 'official', label: label('Officieel bevestigd', 'Officially confirmed') },
        { value: 'estimated', label: label('Geschat: nog controleren', 'Estimated: check this') },
      ],
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeChange: [
      ({ data, req }) => {
        throwIfIssues(
          req,
          'school-holidays',
          data.firstDay && data.lastDay && data.firstDay > data.lastDay
            ? [
                {
                  path: 'lastDay',
                  message: inLanguage(
                    req,
                    'De laatste dag ligt vóór de eerste dag.',
                    'The last day is before the first day.',
                  ),
                },
              ]
            : [],
        )
        return data
      },
    ],
  },
}
