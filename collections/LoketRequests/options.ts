import { label } from '../../src/lib/vocabulary'

export const LOKET_STATUSES = [
  { value: 'new', label: label('Nieuw', 'New') },
  { value: 'in_progress', label: label('In behandeling', 'In progress') },
  { value: 'converted', label: label('Organisatie aangemaakt', 'Organisation created') },
  { value: 'declined', label: label('Afgewezen', 'Declined') },
] as const

/** Requests still waiting for the editors: these have a deadline and can be overdue. */
export const OPEN_LOKET_STATUSES = ['new', 'in_progress'] as const

/** Set by the directory plugin: the job that assigns a new request to an editor and e-mails them. */
