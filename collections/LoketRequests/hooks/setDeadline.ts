import type { CollectionBeforeChangeHook } from 'payload'

import { addWorkingDays } from '../../../src/lib/contact'

/**
 * A new request is due `workingDays` working days after it arrives (weekends and Dutch public
 * holidays do not count), and always starts as new: what the form says about status,
 * assignment or organisation is ignored.
 */
export const setDeadline =
  (workingDays: number): CollectionBeforeChangeHook =>
  ({ data, operation }) => {
    if (operation !== 'create') return data
    const kvk = typeof data.kvkNumber === 'string' ? data.kvkNumber.replace(/[\s.]/g, '') : ''
    return { ...data, kvkNumber: kvk || null, status: 'new', assignedTo: null, organisation: null, dueAt: addWorkingDays(new Date(), workingDays).toISOString() }
  }
