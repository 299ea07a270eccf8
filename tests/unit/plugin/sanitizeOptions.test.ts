import path from 'node:path'

import { sanitizeOptions } from '../../../plugins/directory/sanitizeOptions'
import type { DirectoryPluginOptions } from '../../../plugins/directory/types'

describe('sanitizeOptions', () => {
  test('fills every default', () => {
    expect(sanitizeOptions()).toEqual({
      enabled: true,
      users: 'users',
      media: 'media',
      mediaDir: path.resolve(process.cwd(), 'media'),
      importDir: path.resolve(process.cwd(), 'imports'),
      maxLimit: 100,
      moderation: {
        verifiedPublishDirectly: true,
        notifyEditors: 'each',
        digestCron: '0 8 * * 1-5',
      },
      map: {
        tileURL:
          'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
        attribution: 'Kaartgegevens © Kadaster (PDOK, BRT Achtergrondkaart)',
      },
      freshness: { remindAfterDays: 150, hideAfterDays: 180, cron: '15 3 * * *' },
      interests: { retentionDays: 90, logRetentionDays: 730, retentionCron: '30 2 * * *' },
      loket: { responseWorkingDays: 5, retentionDays: 365 },
      openData: { tombstoneDays: 7, cron: '45 3 * * *' },
      federation: { cron: '*/10 * * * *' },
      alerts: { cron: '0 8 * * 1', confirmHours: 48 },
      referrals: {
        responseWorkingDays: 5,
        outcomeAfterDays: 42,
        retentionDays: 180,
        cron: '0 9 * * *',
      },
      rooms: { retentionDays: 30 },
    })
  })

  test('refuses tombstones kept less than the seven days RPDE asks for', () => {
    expect(() => sanitizeOptions({ openData: { tombstoneDays: 6 } })).toThrow(/tombstoneDays/)
    // A referral must live long enough for the outcome question to be answered.
    expect(() =>
      sanitizeOptions({ referrals: { outcomeAfterDays: 60, retentionDays: 70 } }),
    ).toThrow(/retentionDays/)
  })

  test('keeps given values and never changes the caller object', () => {
    const options: DirectoryPluginOptions = Object.freeze({ mediaDir: '/tmp/m', maxLimit: 25 })
    const sanitized = sanitizeOptions(options)
    expect(sanitized).toMatchObject({ enabled: true, mediaDir: '/tmp/m', maxLimit: 25 })
    expect(sanitized).not.toBe(options)
    expect(options).toEqual({ mediaDir: '/tmp/m', maxLimit: 25 })
  })

  test('refuses wrong types, out-of-range numbers and unknown options, naming each', () => {
    const bad = { maxLimit: 0, enabled: 'yes', colour: 'red' } as unknown as DirectoryPluginOptions
    expect(() => sanitizeOptions(bad)).toThrow(/maxLimit/)
    expect(() => sanitizeOptions(bad)).toThrow(/enabled/)
    expect(() => sanitizeOptions(bad)).toThrow(/colour/)
  })

  test('refuses a hide period that is not after the reminder period', () => {
    expect(() =>
      sanitizeOptions({ freshness: { remindAfterDays: 200, hideAfterDays: 180 } }),
    ).toThrow(/hideAfterDays/)
  })
})
