/**
 * The names the directory's parts refer to each other by — collection slugs, admin component
 * paths, job task slugs and the job queue — in one module, so a rename happens in one place.
 * The collections may import this module (and only this one) from the plugin; the host imports
 * it through the plugin's index.
 */

// The listing collections' slugs are part of the directory's words (src/lib/vocabulary.ts), shared with the public site.
export { isListingSlug, LISTING_SLUGS, type ListingSlug } from '../../src/lib/vocabulary'

/** Reference data every public page shows: a change calls the `onReferenceChange` option. */
export const REFERENCE_SLUGS = ['themes', 'areas', 'school-holidays', 'site-settings'] as const

/** The queue of the directory's own jobs (e-mails, the daily freshness and retention runs). */
export const DIRECTORY_QUEUE = 'directory'

/** Task slugs of the directory's jobs. */
export const TASKS = {
  interest: 'directoryInterest',
  loketRequest: 'directoryLoketRequest',
  listingReport: 'directoryListingReport',
  moderationEmail: 'directoryModerationEmail',
  moderationDigest: 'directoryModerationDigest',
  retention: 'directoryRetention',
  freshness: 'directoryFreshness',
  geocodeVenue: 'directoryGeocodeVenue',
  refreshFeed: 'directoryRefreshFeed',
  importRun: 'directoryImportRun',
  followSources: 'directoryFollowSources',
  alertConfirm: 'directoryAlertConfirm',
  alerts: 'directoryAlerts',
  referral: 'directoryReferral',
  referralFollowUp: 'directoryReferralFollowUp',
  roomBooking: 'directoryRoomBooking',
} as const

/** Admin components, as Payload's import map names them (path from the project root, then the export). */
const component = (file: string, name = file) => `/plugins/directory/components/${file}#${name}`
export const COMPONENTS = {
  ConfirmCurrent: component('ConfirmCurrent'),
  ContactDashboard: component('ContactDashboard'),
  ConvertLoketRequest: component('ConvertLoketRequest'),
  DuplicateOrganisations: component('DuplicateOrganisations'),
  DueDateCell: component('DueDateCell'),
  FederationStatus: component('FederationStatus'),
  FollowNow: component('FollowNow'),
  ExportButtons: component('ExportButtons'),
  ImportRunPanel: component('ImportRunPanel'),
  ImportTemplates: component('ImportRunPanel', 'ImportTemplates'),
  OwnScopeToggle: component('OwnScopeToggle'),
  PersonData: component('PersonData'),
  ReadabilityHint: component('ReadabilityHint'),
  ReviewQueue: component('ReviewQueue'),
  ReviewStatus: component('ReviewStatus'),
  SimilarOrganisations: component('SimilarOrganisations'),
  PublishOrSubmit: component('SubmitForReview', 'PublishOrSubmit'),
  SaveDraftIfPublisher: component('SubmitForReview', 'SaveDraftIfPublisher'),
  VenueLocationWarning: component('VenueLocationWarning'),
  VenueMap: component('VenueMap'),
  VersionHistory: component('VersionHistory'),
  ViewOnSite: component('ViewOnSite'),
} as const
