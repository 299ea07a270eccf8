import { describe, expect, test } from '@jest/globals'

import { readHsdsId, siteOf } from '../../../src/lib/hsds/ids'
import { toHsdsSchedule } from '../../../src/lib/hsds/schedule'
import { hsdsValidator } from '../../helpers/hsdsSchemas'

/** Activity schedules as HSDS schedules: each kind, and what HSDS has no field for. */
const site = siteOf('https://meedoen.example')
const { errorsOf } = hsdsValidator()
const base = { startTime: '10:00', endTime: '12:00' }

describe('toHsdsSchedule', () => {
  test('every other Tuesday and Friday: WEEKLY, interval 2 from the first day, until the last', () => {
    const s = toHsdsSchedule(site, 7, {
      ...base,
      kind: 'biweekly',
      weekdays: ['2', '5'],
      validFrom: '2026-01-06T11:00:00.000Z',
      validUntil: '2026-06-30T10:00:00.000Z',
    })
    expect(errorsOf('schedule', s)).toEqual([])
    expect(s).toMatchObject({
      freq: 'WEEKLY',
      interval: 2,
      byday: 'TU,FR',
      dtstart: '2026-01-06',
      valid_from: '2026-01-06',
      valid_to: '2026-06-30',
      until: '2026-06-30',
      opens_at: '10:00',
      closes_at: '12:00',
    })
    expect(readHsdsId(site, s.id)).toEqual({ kind: 'schedules', id: 7 })
    expect(readHsdsId(site, s.service_id)).toEqual({ kind: 'activities', id: 7 })
  })

  test('the last Friday of the month: MONTHLY, byday -1FR', () => {
    const s = toHsdsSchedule(site, 8, {
      ...base,
      kind: 'monthly',
      weekdays: ['5'],
      weekOfMonth: '-1',
    })
    expect(errorsOf('schedule', s)).toEqual([])
    expect(s).toMatchObject({ freq: 'MONTHLY', byday: '-1FR' })
  })

  test('once: on that day only', () => {
    const s = toHsdsSchedule(site, 9, { ...base, kind: 'once', date: '2026-12-24T11:00:00.000Z' })
    expect(errorsOf('schedule', s)).toEqual([])
    expect(s).toMatchObject({
      dtstart: '2026-12-24',
      count: 1,
      valid_from: '2026-12-24',
      valid_to: '2026-12-24',
    })
    expect(s).not.toHaveProperty('freq')
  })

  test('skipped days, school holidays and public holidays are named in notes; the sentence in description', () => {
    const s = toHsdsSchedule(site, 10, {
      ...base,
      kind: 'weekly',
      weekdays: ['1'],
      exceptions: [{ date: '2026-12-28T11:00:00.000Z' }],
      skipSchoolHolidays: 'noord',
    })
    expect(s.notes).toBe(
      'Tijden in Nederlandse tijd (Europe/Amsterdam). Niet in de schoolvakanties (regio noord). Niet op feestdagen. Vervalt op: 2026-12-28.',
    )
    expect(s.description).toMatch(/^Elke maandag van 10\.00 tot 12\.00 uur/)
  })
})
