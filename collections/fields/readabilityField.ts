import type { UIField } from 'payload'

import { COMPONENTS } from '../../plugins/directory/constants'

/**
 * Under a description: its readability in Dutch (Flesch-Douma) while it is typed, with the
 * hardest sentences marked, so a text is made plainer before it is submitted.
 */
export const readabilityField = (): UIField => ({
  name: 'readability',
  type: 'ui',
  admin: { components: { Field: COMPONENTS.ReadabilityHint } },
})
