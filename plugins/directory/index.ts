import type { Config } from 'payload'

import { createCollections } from '../../collections'
import { limitedSharp } from '../../collections/Media/limitedSharp'
import { constraintConflict } from './hooks/constraintConflict'
import { guardRestInput } from './hooks/guardRestInput'
import { HOST_SLUGS_KEY } from '../../collections/hostSlugs'
import { withHostCollections } from './hostCollections'
import { withDirectoryJobs } from './jobsConfig'
import { sanitizeOptions } from './sanitizeOptions'
import { DATABASE_KEY } from './search/backend'
import { exportEndpoints } from './export/endpoint'
import { hsdsEndpoints } from './hsds/endpoints'
import { keepValidationDetails } from './hooks/keepValidationDetails'
import { feedEndpoints } from './openactive/feedEndpoint'
import { openApiEndpoint, searchEndpoint } from './search/endpoints'
import { siteSettingsGlobal, withBehaviour, withoutBehaviour } from './wrapCollections'
import type { DirectoryPluginOptions, SanitizedDirectoryOptions } from './types'
import { COMPONENTS } from './constants'

export type {
  DirectoryDatabase,
  DirectoryPluginOptions,
  IndexWriter,
  SanitizedDirectoryOptions,
} from './types'
// What the host may use besides the plugin itself: the names of its parts, and the search.
export {
  COMPONENTS,
  DIRECTORY_QUEUE,
  isListingSlug,
  LISTING_SLUGS,
  type ListingSlug,
  REFERENCE_SLUGS,
  TASKS,
} from './constants'
export { searchEngineFor, searchStoreFor, warmSearchEngine } from './search/backend'
export { ensureSearchIndex, reindexAll } from './search/indexListings'
export { confirmAlert, type ConfirmResult, unsubscribeAlert } from './alerts/manage'
export { type LoketStatus, loketStatusOf, loketStatusToken } from './loket/status'

/** What the plugin shows above the admin dashboard: the review queue and the contact requests. */
const dashboard = (options: SanitizedDirectoryOptions) =>
  options.enabled
    ? [
        {
          path: COMPONENTS.ReviewQueue,
          serverProps: { hideAfterDays: options.freshness.hideAfterDays },
        },
        COMPONENTS.ContactDashboard,
        COMPONENTS.FederationStatus,
      ]
    : []

/**
 * The Meedoen directory as a Payload plugin: the data model (organisations, venues,
 * activities, openings, taxonomies, media, users) with its access rules, moderation,
 * the "still current" action and the daily freshness job; and the contact flows (reports,
 * interests with their retention, the employer loket) with their jobs and endpoints.
 */
export const directoryPlugin =
  (options: DirectoryPluginOptions = {}) =>
  (incoming: Config): Config => {
    const sanitized = sanitizeOptions(options)
    const ours = createCollections(sanitized).map((c) =>
      sanitized.enabled ? withBehaviour(c, sanitized) : withoutBehaviour(c),
    )
    // The host's users (extended) and uploads serve the directory when it has them.
    const collections = withHostCollections(incoming.collections ?? [], ours, sanitized)
    return {
      ...incoming,
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          // What needs the viewer comes first: on a phone the collection cards fill several screens.
          beforeDashboard: [
            ...(incoming.admin?.components?.beforeDashboard ?? []),
            ...dashboard(sanitized),
          ],
        },
      },
      collections,
      // The host's database binding, for the search and the erasure (read back in search/backend.ts).
      custom: {
        ...incoming.custom,
        [HOST_SLUGS_KEY]: { users: sanitized.users, media: sanitized.media },
        ...(sanitized.database ? { [DATABASE_KEY]: sanitized.database } : {}),
      },
      ...(incoming.sharp ? { sharp: limitedSharp(incoming.sharp) } : {}),
      hooks: {
        ...incoming.hooks,
        afterError: [
          ...(incoming.hooks?.afterError ?? []),
          ...(sanitized.enabled ? [constraintConflict, keepValidationDetails] : []),
        ],
      },
      onInit: async (payload) => {
        if (sanitized.enabled) {
          guardRestInput(payload)
          if (sanitized.database) await sanitized.database.prepare?.(payload)
          else
            payload.logger.warn(
              'directoryPlugin: no `database` option, so there is no public search (see the option in plugins/directory/types.ts)',
            )
        }
        await incoming.onInit?.(payload)
      },
      globals: [...(incoming.globals ?? []), siteSettingsGlobal(sanitized)],
      endpoints: [
        ...(incoming.endpoints ?? []),
        ...(sanitized.enabled
          ? [
              searchEndpoint,
              openApiEndpoint,
              ...hsdsEndpoints,
              ...feedEndpoints,
              ...exportEndpoints(sanitized),
            ]
          : []),
      ],
      jobs: withDirectoryJobs(incoming.jobs ?? {}, sanitized),
    }
  }
