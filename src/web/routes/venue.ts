import { getVenue } from '../../data/listings'
import { VenuePage } from '../pages/VenuePage'
import { activitiesPage } from './activitiesPage'

/** `/locatie/:slug` (en: `/venue/:slug`): a place and what happens there; `.ics`: all its activities. */
export const venue = activitiesPage('venue', getVenue, (found) => found.venue.name, VenuePage)
