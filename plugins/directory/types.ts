import type { Payload } from 'payload'
import type { z } from 'zod'

import type { directoryOptionsSchema } from './defaults'

/** Options of `directoryPlugin`. Every option is optional. */
export interface DirectoryPluginOptions {
  /**
   * Turn the plugin off while keeping its collections in the schema (so the database and
   * generated types stay stable): its hooks and endpoints do nothing.
   * @default true
   */
  enabled?: boolean
  /**
   * Called after an editor changes reference data every page shows (themes, areas, school
   * holidays, the site settings: `REFERENCE_SLUGS`), so the host can drop what it cached of them.
   */
  onReferenceChange?: (payload: Payload) => void
  /**
   * Folder where uploaded images and their webp sizes are stored.
   * @default "<cwd>/media"
   */
  mediaDir?: string
  /**
   * Largest page size REST and GraphQL clients may ask for; `pagination=false` is refused too.
   * The Local API (trusted server code) is not capped.
   * @default 100
   */
  maxLimit?: number
  moderation?: {
    /**
     * Members of organisations that editors marked verified may publish without review.
     * @default true
     */
    verifiedPublishDirectly?: boolean
    /**
     * How editors hear about submissions: an e-mail for `each` one, or one `daily` digest of
     * everything awaiting review (sent at `digestCron` when anything waits).
     * @default "each"
     */
    notifyEditors?: 'each' | 'daily'
    /**
     * When the daily digest goes out (cron, server time); only used with `notifyEditors: 'daily'`.
     * @default "0 8 * * 1-5"
     */
    digestCron?: string
  }
  freshness?: {
    /**
     * Days after `checkedOn` when organisation members get a reminder e-mail.
     * @default 150
     */
    remindAfterDays?: number
    /**
     * Days after `checkedOn` when a listing is hidden from the public.
     * @default 180
     */
    hideAfterDays?: number
    /**
     * When the freshness job runs (cron, server time).
     * @default "15 3 * * *"
     */
    cron?: string
  }
  /** The base map of the venue map in the admin. */
  map?: {
    /**
     * Tile URL template with {z}, {x} and {y}.
     * @default PDOK's BRT Achtergrondkaart
     */
    tileURL?: string
    /**
     * @default "Kaartgegevens © Kadaster (PDOK, BRT Achtergrondkaart)"
     */
    attribution?: string
  }
  interests?: {
    /**
     * Days after which an interest ("ik heb interesse", with the resident's name and contact)
     * is deleted by the daily retention job.
     * @default 90
     */
    retentionDays?: number
    /**
     * Days the log of who read, exported or erased interests is kept.
     * @default 730
     */
    logRetentionDays?: number
    /**
     * When the retention job runs (cron, server time).
     * @default "30 2 * * *"
     */
    retentionCron?: string
  }
  loket?: {
    /**
     * Working days (Monday–Friday, not Dutch public holidays) the editors have to answer an
     * employer's loket request.
     * @default 5
     */
    responseWorkingDays?: number
    /**
     * Days after its last change that a handled request (converted or declined), with the
     * employer's contact details, is deleted by the retention job. Open requests stay.
     * @default 365
     */
    retentionDays?: number
  }
}

/** The options after validation, with every default filled in. */
export type SanitizedDirectoryOptions = z.output<typeof directoryOptionsSchema>
