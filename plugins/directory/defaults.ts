import path from 'node:path'

import type { Payload } from 'payload'
import { z } from 'zod'

import type { DirectoryDatabase } from './types'

const DEFAULT_TILES =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png'
const DEFAULT_ATTRIBUTION = 'Kaartgegevens © Kadaster (PDOK, BRT Achtergrondkaart)'

export const directoryOptionsSchema = z
  .object({
    enabled: z.boolean().default(true),
    users: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'must be a collection slug (lower case, digits, -)')
      .default('users'),
    media: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'must be a collection slug (lower case, digits, -)')
      .default('media'),
    database: z
      .custom<DirectoryDatabase>(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          typeof (v as DirectoryDatabase).searchStore === 'function' &&
          typeof (v as DirectoryDatabase).indexWriter === 'function',
        { message: 'must be a DirectoryDatabase ({ searchStore, indexWriter, … })' },
      )
      .optional(),
    onReferenceChange: z
      .custom<(payload: Payload) => void>((v) => typeof v === 'function', {
        message: 'must be a function (payload) => void',
      })
      .optional(),
    mediaDir: z
      .string()
      .min(1)
      .default(() => path.resolve(process.cwd(), 'media')),
    importDir: z
      .string()
      .min(1)
      .default(() => path.resolve(process.cwd(), 'imports')),
    maxLimit: z.number().int().min(1).max(1000).default(100),
    moderation: z
      .object({
        verifiedPublishDirectly: z.boolean().default(true),
        notifyEditors: z.enum(['each', 'daily']).default('each'),
        digestCron: z.string().min(9).default('0 8 * * 1-5'),
      })
      .strict()
      .default({ verifiedPublishDirectly: true, notifyEditors: 'each', digestCron: '0 8 * * 1-5' }),
    freshness: z
      .object({
        remindAfterDays: z.number().int().min(1).default(150),
        hideAfterDays: z.number().int().min(1).default(180),
        cron: z.string().min(9).default('15 3 * * *'),
      })
      .strict()
      .refine((f) => f.hideAfterDays > f.remindAfterDays, {
        message: 'hideAfterDays must be later than remindAfterDays',
        path: ['hideAfterDays'],
      })
      .default({ remindAfterDays: 150, hideAfterDays: 180, cron: '15 3 * * *' }),
    map: z
      .object({
        tileURL: z
          .string()
          .regex(/^https?:\/\/\S+$/)
          .default(DEFAULT_TILES),
        attribution: z.string().min(1).default(DEFAULT_ATTRIBUTION),
      })
      .strict()
      .default({ tileURL: DEFAULT_TILES, attribution: DEFAULT_ATTRIBUTION }),
    interests: z
      .object({
        retentionDays: z.number().int().min(1).max(3650).default(90),
        logRetentionDays: z.number().int().min(1).max(3650).default(730),
        retentionCron: z.string().min(9).default('30 2 * * *'),
      })
      .strict()
      .default({ retentionDays: 90, logRetentionDays: 730, retentionCron: '30 2 * * *' }),
    loket: z
      .object({
        responseWorkingDays: z.number().int().min(1).max(60).default(5),
        retentionDays: z.number().int().min(1).max(3650).default(365),
      })
      .strict()
      .default({ responseWorkingDays: 5, retentionDays: 365 }),
    // Warm referrals: how long the organisation has to answer, when the outcome is asked, retention.
    referrals: z
      .object({
        responseWorkingDays: z.number().int().min(1).max(30).default(5),
        outcomeAfterDays: z.number().int().min(7).max(365).default(42),
        retentionDays: z.number().int().min(60).max(3650).default(180),
        cron: z.string().min(9).default('0 9 * * *'),
      })
      .strict()
      .refine((r) => r.retentionDays > r.outcomeAfterDays + 14, {
        message: 'retentionDays must leave time after outcomeAfterDays to answer',
        path: ['retentionDays'],
      })
      .default({
        responseWorkingDays: 5,
        outcomeAfterDays: 42,
        retentionDays: 180,
        cron: '0 9 * * *',
      }),
    // Rooms of venues requested through Meedoen: how long after its date a request is kept.
    rooms: z
      .object({ retentionDays: z.number().int().min(1).max(3650).default(30) })
      .strict()
      .default({ retentionDays: 30 }),
    openData: z
      .object({
        tombstoneDays: z.number().int().min(7).max(365).default(7),
        cron: z.string().min(9).default('45 3 * * *'),
      })
      .strict()
      .default({ tombstoneDays: 7, cron: '45 3 * * *' }),
    // Other directories' feeds (federation): how often they are read.
    federation: z
      .object({ cron: z.string().min(9).default('*/10 * * * *') })
      .strict()
      .default({ cron: '*/10 * * * *' }),
    // "Stuur me nieuwe plekken": when the weekly e-mails go, how long a confirmation link lasts.
    alerts: z
      .object({
        cron: z.string().min(9).default('0 8 * * 1'),
        confirmHours: z
          .number()
          .int()
          .min(1)
          .max(24 * 14)
          .default(48),
      })
      .strict()
      .default({ cron: '0 8 * * 1', confirmHours: 48 }),
  })
  .strict()
