import { label } from '../../src/lib/vocabulary'

/** Where an interest stands; organisations move it along, the counts keep the outcome. */
export const INTEREST_STATUSES = [
  { value: 'new', label: label('Nieuw', 'New') },
  { value: 'contacted', label: label('Contact opgenomen', 'Contacted') },
  { value: 'placed', label: label('Geplaatst / aangemeld', 'Placed / signed up') },
  { value: 'not_placed', label: label('Niet geplaatst', 'Not placed') },
] as const

export const CONTACT_CHANNELS = [
  { value: 'email', label: label('E-mail', 'E-mail') },
  { value: 'phone', label: label('Telefoon', 'Phone') },
] as const

/**
 * The privacy notice the resident agreed to, by version: stored with each interest so the
 * consent can be shown later. Change the version when the notice's text changes.
 */
export const CONSENT_VERSION = 'interesse-2026-12'

/** Set by the directory plugin: the job that e-mails the organisation about a new interest. */
