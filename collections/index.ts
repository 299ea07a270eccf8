import type { CollectionConfig } from 'payload'

import { createActivities } from './Activities'
import { FeedItems } from './FeedItems'
import { createImportRuns } from './ImportRuns'
import { ExternalListings, FederationSources } from './Federation'
import { Areas } from './Areas'
import type { ModerationOptions } from './hooks/moderateListing'
import { InterestLog } from './InterestLog'
import { InterestOutcomes } from './InterestOutcomes'
import { createInterests } from './Interests'
import { createLoketRequests } from './LoketRequests'
import { createMedia } from './Media'
import { createOpenings } from './Openings'
import { ListingReports } from './ListingReports'
import { createOrganisations } from './Organisations'
import { SchoolHolidays } from './SchoolHolidays'
import { SearchChanges } from './SearchChanges'
import { SearchSynonyms } from './SearchSynonyms'
import { Themes } from './Themes'
import { Users } from './Users'
import { createVenues } from './Venues'
import { createAlerts } from './Alerts'
import { createReferrals, type ReferralOptions } from './Referrals'
import { ReferralOutcomes } from './ReferralOutcomes'
import { Profiles } from './Profiles'
import { createRoomBookings } from './RoomBookings'
import { RoomSlots } from './RoomSlots'

export const DIRECTORY_COLLECTION_SLUGS = [
  'users',
  'media',
  'organisations',
  'venues',
  'activities',
  'openings',
  'themes',
  'areas',
  'school-holidays',
  'search-synonyms',
  'search-changes',
  'feed-items',
  'import-runs',
  'federation-sources',
  'external-listings',
  'listing-reports',
  'interests',
  'interest-outcomes',
  'interest-log',
  'loket-requests',
  'referrals',
  'referral-outcomes',
  'profiles',
  'room-bookings',
  'room-slots',
] as const

/** The data model, in the order the admin navigation shows it. */
export const createCollections = (args: {
  mediaDir: string
  importDir: string
  moderation: ModerationOptions
  freshness: { hideAfterDays: number }
  interests: { retentionDays: number }
  loket: { responseWorkingDays: number }
  alerts: { confirmHours: number }
  referrals: ReferralOptions
  rooms: { retentionDays: number }
}): CollectionConfig[] => [
  createActivities(args.moderation, args.freshness),
  createOpenings(args.moderation, args.freshness),
  createOrganisations(args.moderation),
  createVenues(args.moderation),
  Themes,
  Areas,
  SchoolHolidays,
  SearchSynonyms,
  SearchChanges,
  FeedItems,
  createInterests(args.interests),
  createLoketRequests(args.loket),
  createReferrals(args.referrals),
  Profiles,
  createRoomBookings(args.rooms),
  RoomSlots,
  createAlerts(args.alerts),
  ListingReports,
  InterestOutcomes,
  ReferralOutcomes,
  InterestLog,
  createImportRuns(args.importDir),
  FederationSources,
  ExternalListings,
  createMedia(args.mediaDir),
  Users,
]
