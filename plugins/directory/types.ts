import type { Payload, PayloadRequest } from 'payload'

import type { SearchStore } from '../../src/lib/search/store/types'
import type { IndexDoc } from '../../src/lib/search/types'
import type { z } from 'zod'

import type { directoryOptionsSchema } from './defaults'

/** Writes to the search index, bound to a save's transaction. */
export interface IndexWriter {
  upsert(doc: IndexDoc): Promise<void>
  remove(collection: IndexDoc['collection'], id: string): Promise<void>
}

/**
 * What the plugin needs of the database beyond Payload's API (the host gives it, as only the
 * host's database code may reach into the adapter): the search store, and a few operations.
 */
export interface DirectoryDatabase {
  /** The search store of this database, outside any save (null: search is off). */
  searchStore: (payload: Payload) => SearchStore | null
  /** The store's writes inside the save's own transaction, so an index change commits or rolls back with the document. */
  indexWriter: (req: PayloadRequest) => Promise<IndexWriter | null>
  /** At start (Payload's onInit): create what the store needs if it is missing (a site without the directory's migrations). */
  prepare?: (payload: Payload) => Promise<void>
  /** Runs `work` in one transaction where that makes bulk writes much faster (rebuilding the index). */
  inBulk?: <T>(payload: Payload, work: () => Promise<T>) => Promise<T>
  /** After an erasure: make the erased rows leave the database files now, not at some later compaction. */
  forgetErased?: (payload: Payload) => Promise<void>
}

/** Options of `directoryPlugin`. Every option is optional. */
export interface DirectoryPluginOptions {
  /**
   * Turn the plugin off while keeping its collections in the schema (so the database and
   * generated types stay stable): its hooks and endpoints do nothing.
   * @default true
   */
  enabled?: boolean
  /**
   * The auth collection of the site's people. When the config already has it, the plugin adds
   * the directory's fields to it (name, roles, memberships — their field access keeps roles and
   * memberships for administrators) and leaves its access and `admin.user` alone; otherwise it
   * adds its own users collection under this slug. It must have `auth`. Every organisation
   * member becomes a logged-in user of it: check the host's own collections' access, since
   * Payload's default lets any logged-in user create, update and delete.
   * @default "users"
   */
  users?: string
  /**
   * The upload collection for photos and logos. When the config already has it, the plugin uses
   * it as it is; otherwise it adds its own (webp sizes, photos public only while shown) under this slug.
   * Photos show on the public pages only when the host's uploads are readable by anonymous visitors.
   * @default "media"
   */
  media?: string
  /**
   * Called after an editor changes reference data every page shows (themes, areas, school
   * holidays, the site settings: `REFERENCE_SLUGS`), so the host can drop what it cached of them.
   */
  onReferenceChange?: (payload: Payload) => void
  /**
   * The database binding (search store, transactions): without it there is no public search
   * (the search endpoint answers 503, and a warning is logged at start). Meedoen's host gives
   * `directoryDatabase()` from `src/db/directoryDatabase.ts` (SQLite and MongoDB); a site that
   * pushes its schema instead of running Meedoen's migrations passes
   * `directoryDatabase({ createTables: true })`, or publishing a listing fails on the missing
   * `search_docs` table.
   */
  database?: DirectoryDatabase
  /**
   * Folder where uploaded images and their webp sizes are stored (only for the plugin's own
   * uploads collection: with the host's, its own `staticDir` and sizes apply).
   * @default "<cwd>/media"
   */
  mediaDir?: string
  /**
   * Folder where uploaded import spreadsheets are kept (editors and members read their own
   * through the API; they hold what the organisations put in their sheets).
   * @default "<cwd>/imports"
   */
  importDir?: string
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
  /** Warm referrals by professionals (collection `referrals`). */
  referrals?: {
    /**
     * Working days (Monday–Friday, not Dutch public holidays) the receiving organisation has to
     * accept or decline a referral; after that the referrer and the organisation are reminded.
     * @default 5
     */
    responseWorkingDays?: number
    /**
     * Days after accepting that the organisation is asked "Is de plek gelukt?".
     * @default 42
     */
    outcomeAfterDays?: number
    /**
     * Days after which a referral (with the client's details) is deleted by the retention job.
     * Its anonymous count stays.
     * @default 180
     */
    retentionDays?: number
    /**
     * When the daily reminders and outcome questions go (cron, server time).
     * @default "0 9 * * *"
     */
    cron?: string
  }
  /** Rooms of venues requested through Meedoen (collection `room-bookings`). */
  rooms?: {
    /**
     * Days after the requested date that a room request (with the requester's details) is
     * deleted by the retention job.
     * @default 30
     */
    retentionDays?: number
  }
  /** The open-data feed (OpenActive RPDE, `/api/feeds/session-series`). */
  openData?: {
    /**
     * Days an activity that left the public site stays in the feed as a "deleted" item, so
     * every reader hears of it. RPDE asks for at least 7.
     * @default 7
     */
    tombstoneDays?: number
    /**
     * When the nightly feed refresh runs (cron, server time): it catches listings that left
     * the public site as time passed and removes old tombstones.
     * @default "45 3 * * *"
     */
    cron?: string
  }
  /** Listings of other directories (federation-sources, external-listings). */
  federation?: {
    /**
     * How often the switched-on sources' feeds are read (cron, server time).
     * @default "*\/10 * * * *"
     */
    cron?: string
  }
  /** "Stuur me nieuwe plekken": e-mail alerts for a saved search (collection `alerts`). */
  alerts?: {
    /**
     * When the weekly e-mails with new places are sent (cron, server time).
     * @default "0 8 * * 1"
     */
    cron?: string
    /**
     * How long the confirmation link of a new alert works; unconfirmed alerts are deleted after
     * a week.
     * @default 48
     */
    confirmHours?: number
  }
}

/** The options after validation, with every default filled in. */
export type SanitizedDirectoryOptions = z.output<typeof directoryOptionsSchema>
