import type { CollectionConfig } from 'payload'

import { Activities } from './Activities'
import { Areas } from './Areas'
import { createMedia } from './Media'
import { Openings } from './Openings'
import { Organisations } from './Organisations'
import { Themes } from './Themes'
import { Users } from './Users'
import { Venues } from './Venues'

export const DIRECTORY_COLLECTION_SLUGS = [
  'users',
  'media',
  'organisations',
  'venues',
  'activities',
  'openings',
  'themes',
  'areas',
] as const

/** The data model, in the order the admin navigation shows it. */
export const createCollections = (args: { mediaDir: string }): CollectionConfig[] => [
  Activities,
  Openings,
  Organisations,
  Venues,
  Themes,
  Areas,
  createMedia(args.mediaDir),
  Users,
]
