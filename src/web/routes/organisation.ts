import { getOrganisation, mergedOrganisationSlug } from '../../data/listings'
import { OrganisationPage } from '../pages/OrganisationPage'
import { activitiesPage } from './activitiesPage'

/** `/organisatie/:slug` (en: `/organisation/:slug`): who they are and what they offer; `.ics`: their activities. */
export const organisation = activitiesPage(
  'organisation',
  getOrganisation,
  (found) => found.organisation.name,
  OrganisationPage,
  mergedOrganisationSlug,
)
