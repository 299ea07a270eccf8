import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { addWorkingDays } from '../../../src/lib/contact'
import { inLanguage } from '../../fields/inLanguage'
import { arrivedNow } from '../../hooks/arrivedNow'
import { normaliseKvk } from '../../../src/lib/kvk'

/**
 * A new request is due `workingDays` working days after it arrives (weekends and Dutch public
 * holidays do not count), and always starts as new: what the form says about status,
 * assignment, organisation, the editors' note or its arrival time is ignored; consent is required.
 */
export const setDeadline =
  (workingDays: number): CollectionBeforeChangeHook =>
  ({ data, operation, req }) => {
    if (operation !== 'create') return data
    if (data.consent !== true) {
      throw new APIError(
        inLanguage(req, 'Geef toestemming voor contact.', 'Please give consent to be contacted.'),
        400,
        null,
        true,
      )
    }
    const kvk = typeof data.kvkNumber === 'string' ? normaliseKvk(data.kvkNumber) : ''
    return {
      ...data,
      ...arrivedNow(),
      kvkNumber: kvk || null,
      status: 'new',
      assignedTo: null,
      organisation: null,
      editorNote: null,
      messageToEmployer: null,
      dueAt: addWorkingDays(new Date(), workingDays).toISOString(),
    }
  }
