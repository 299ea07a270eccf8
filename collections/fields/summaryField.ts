import type { TextareaField } from 'payload'

import { label } from '../../src/lib/vocabulary'

const SUMMARY_MAX = 160

export const summaryField = (): TextareaField => ({
  name: 'summary',
  type: 'textarea',
  required: true,
  maxLength: SUMMARY_MAX,
  label: label('Korte samenvatting', 'Short summary'),
  admin: {
    description: label(
      `Eén of twee zinnen in eenvoudige taal, hoogstens ${SUMMARY_MAX} tekens.`,
      `One or two sentences in plain language, at most ${SUMMARY_MAX} characters.`,
    ),
  },
})
