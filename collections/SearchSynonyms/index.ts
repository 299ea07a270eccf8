import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { inLanguage, type WithI18n } from '../fields/inLanguage'
import { COMPONENTS } from '../../plugins/directory/constants'
import { label } from '../../src/lib/vocabulary'

/** "koffie, koffiedrinken, inloop" → ["koffie", "koffiedrinken", "inloop"]. */
export const synonymWords = (value: unknown): string[] =>
  typeof value === 'string'
    ? [
        ...new Set(
          value
            .split(/[,;\n]/)
            .map((w) => w.trim().toLowerCase())
            .filter(Boolean),
        ),
      ]
    : []

/**
 * Words residents use for the same thing, maintained by editors: searching any word of a group
 * also finds listings with the others ("bieb" finds "bibliotheek"). Started with a Dutch list
 * when the collection is empty; read by the search, never shown on the site.
 */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  labels: {
    singular: label('Woordgroep', 'Word group'),
    plural: label('Zoekwoorden', 'Search words'),
  },
  admin: {
    useAsTitle: 'words',
    defaultColumns: ['words', 'updatedAt'],
    group: label('Indeling', 'Taxonomies'),
    components: { beforeListTable: [COMPONENTS.ExportButtons] },
    description: label(
      'Woorden die voor bewoners hetzelfde betekenen. Zoekt iemand één ervan, dan vindt de zoekfunctie ook aanbod met de andere.',
      'Words that mean the same to residents. Searching one of them also finds listings with the others.',
    ),
  },
  access: { read: editors, create: editors, update: editors, delete: editors },
  fields: [
    {
      name: 'words',
      type: 'text',
      required: true,
      maxLength: 500,
      label: label('Woorden', 'Words'),
      admin: {
        description: label(
          'Gescheiden door komma’s, bijvoorbeeld: bieb, bibliotheek',
          'Separated by commas, for example: bieb, bibliotheek',
        ),
      },
      validate: (value: unknown, { req }: { req: WithI18n }) =>
        synonymWords(value).length >= 2 && synonymWords(value).every((w) => w.length <= 60)
          ? true
          : inLanguage(
              req,
              'Geef minstens twee woorden, gescheiden door komma’s.',
              'Give at least two words, separated by commas.',
            ),
    },
  ],
}
