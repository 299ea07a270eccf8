/**
 * Longer than 200 lines because it is one function's table of cases (daylight saving, limits,
 * school and public holidays, every kind of schedule), each a few lines of expected dates.
 */
import { nextOccurrences } from '../../../src/lib/schedule/nextOccurrences'
import type { SchoolHoliday } from '../../../src/lib/schedule/types'
import { schedule } from './helpers'

const starts = (os: { start: string }[]) => os.map((o) => o.start)

describe('nextOccurrences: weekly and DST', () => {
  test('weekly Tuesday 10:00 is 09:00Z in winter and 08:00Z in summer (29 March 2026)', () => {
    const os = nextOccurrences(schedule(), { from: '2026-03-20T00:00:00Z', count: 3 })
    expect(os).toEqual([
      { start: '2026-03-24T09:00:00Z', end: '2026-03-24T11:00:00Z', localDate: '2026-03-24' },
      { start: '2026-03-31T08:00:00Z', end: '2026-03-31T10:00:00Z', localDate: '2026-03-31' },
      { start: '2026-04-07T08:00:00Z', end: '2026-04-07T10:00:00Z', localDate: '2026-04-07' },
    ])
  })

  test('and back to 09:00Z after 25 October 2026', () => {
    const os = nextOccurrences(schedule(), { from: new Date('2026-10-19T00:00:00Z'), count: 2 })
    expect(starts(os)).toEqual(['2026-10-20T08:00:00Z', '2026-10-27T09:00:00Z'])
  })

  test('Sunday 02:30 does not exist on 29 March 2026: it moves forward to 03:30 CEST', () => {
    const s = schedule({ weekdays: [7], startTime: '02:30', endTime: '04:00' })
    const os = nextOccurrences(s, { from: '2026-03-20T00:00:00Z', count: 3 })
    expect(os).toEqual([
      { start: '2026-03-22T01:30:00Z', end: '2026-03-22T03:00:00Z', localDate: '2026-03-22' },
      // 02:30 → 03:30 CEST = 01:30Z; 04:00 CEST = 02:00Z.
      { start: '2026-03-29T01:30:00Z', end: '2026-03-29T02:00:00Z', localDate: '2026-03-29' },
      { start: '2026-04-05T00:30:00Z', end: '2026-04-05T02:00:00Z', localDate: '2026-04-05' },
    ])
  })

  test('an activity wholly inside the DST gap does not happen that day', () => {
    const s = schedule({ weekdays: [7], startTime: '02:00', endTime: '03:00' })
    const os = nextOccurrences(s, { from: '2026-03-20T00:00:00Z', count: 2 })
    expect(os.map((o) => o.localDate)).toEqual(['2026-03-22', '2026-04-05'])
  })

  test('in the repeated hour of 25 October 2026 the winter-time instant is used', () => {
    const s = schedule({ weekdays: [7], startTime: '02:30', endTime: '04:00' })
    const [o] = nextOccurrences(s, { from: '2026-10-24T00:00:00Z', count: 1 })
    expect(o).toEqual({
      start: '2026-10-25T01:30:00Z',
      end: '2026-10-25T03:00:00Z',
      localDate: '2026-10-25',
    })
  })

  test('several weekdays come out in order; one running now is still included', () => {
    const s = schedule({ weekdays: [3, 1] })
    const os = nextOccurrences(s, { from: '2026-01-05T10:00:00Z', count: 3 })
    expect(os.map((o) => o.localDate)).toEqual(['2026-01-05', '2026-01-07', '2026-01-12'])
    // At the very end of Monday's activity it no longer counts.
    expect(nextOccurrences(s, { from: '2026-01-05T11:00:00Z', count: 1 })[0]!.localDate).toBe(
      '2026-01-07',
    )
  })
})

describe('nextOccurrences: limits', () => {
  test('count defaults to 5 and can be set', () => {
    expect(nextOccurrences(schedule(), { from: '2026-01-01T00:00:00Z' })).toHaveLength(5)
    expect(nextOccurrences(schedule(), { from: '2026-01-01T00:00:00Z', count: 2 })).toHaveLength(2)
    expect(nextOccurrences(schedule(), { from: '2026-01-01T00:00:00Z', count: 0 })).toEqual([])
  })

  test('until includes occurrences that start at or before it', () => {
    const from = '2026-03-20T00:00:00Z'
    expect(
      starts(nextOccurrences(schedule(), { from, count: 10, until: '2026-03-31T08:00:00Z' })),
    ).toEqual(['2026-03-24T09:00:00Z', '2026-03-31T08:00:00Z'])
    expect(
      nextOccurrences(schedule(), { from, count: 10, until: new Date('2026-03-31T07:59:00Z') }),
    ).toHaveLength(1)
  })

  test('validFrom and validUntil are inclusive', () => {
    const s = schedule({ validFrom: '2026-03-10', validUntil: '2026-03-24' })
    const os = nextOccurrences(s, { from: '2026-01-01T00:00:00Z', count: 10 })
    expect(os.map((o) => o.localDate)).toEqual(['2026-03-10', '2026-03-17', '2026-03-24'])
    expect(nextOccurrences(s, { from: '2026-03-25T00:00:00Z' })).toEqual([])
  })

  test('exceptions skip those days', () => {
    const s = schedule({ exceptions: ['2026-03-31', '2026-04-14'] })
    const os = nextOccurrences(s, { from: '2026-03-20T00:00:00Z', count: 3 })
    expect(os.map((o) => o.localDate)).toEqual(['2026-03-24', '2026-04-07', '2026-04-21'])
  })

  test('the search ends even when nothing can ever match', () => {
    const forever: SchoolHoliday[] = [
      { region: 'zuid', name: 'x', firstDay: '2000-01-01', lastDay: '2100-12-31' },
    ]
    const s = schedule({ skipSchoolHolidays: 'zuid' })
    expect(nextOccurrences(s, { from: '2026-01-01T00:00:00Z', holidays: forever })).toEqual([])
  })

  test('invalid schedules and an invalid from give []', () => {
    const from = '2026-01-01T00:00:00Z'
    expect(nextOccurrences(schedule({ startTime: '12:00', endTime: '10:00' }), { from })).toEqual(
      [],
    )
    expect(nextOccurrences(schedule({ weekdays: [] }), { from })).toEqual([])
    expect(nextOccurrences(schedule(), { from: 'yesterday' })).toEqual([])
  })
})

describe('nextOccurrences: school holidays', () => {
  const holidays: SchoolHoliday[] = [
    { region: 'noord', name: 'Voorjaarsvakantie', firstDay: '2026-02-21', lastDay: '2026-03-01' },
    { region: 'zuid', name: 'Voorjaarsvakantie', firstDay: '2026-02-14', lastDay: '2026-02-22' },
  ]
  const from = '2026-02-09T00:00:00Z'
  const days = (region: 'noord' | 'zuid' | null) =>
    nextOccurrences(schedule({ skipSchoolHolidays: region }), { from, count: 4, holidays }).map(
      (o) => o.localDate,
    )

  test('skips only the holidays of the chosen region', () => {
    expect(days('noord')).toEqual(['2026-02-10', '2026-02-17', '2026-03-03', '2026-03-10'])
    expect(days('zuid')).toEqual(['2026-02-10', '2026-02-24', '2026-03-03', '2026-03-10'])
    expect(days(null)).toEqual(['2026-02-10', '2026-02-17', '2026-02-24', '2026-03-03'])
  })

  test('uses SCHOOL_HOLIDAYS_SEED when no holidays are given', () => {
    const s = schedule({ skipSchoolHolidays: 'midden' })
    const os = nextOccurrences(s, { from: '2026-07-15T00:00:00Z', count: 1 })
    expect(os[0]!.localDate).toBe('2026-09-01') // zomervakantie midden: 18 July – 30 August 2026
  })
})

describe('nextOccurrences: biweekly, monthly, once', () => {
  test('biweekly without validFrom counts from the week of Monday 2026-01-05', () => {
    // Going ahead on Christmas Day, to see the rhythm (otherwise 25 December is skipped).
    const s = schedule({ kind: 'biweekly', weekdays: [4], onPublicHolidays: true })
    const os = nextOccurrences(s, { from: '2025-12-20T00:00:00Z', count: 4 })
    expect(os.map((o) => o.localDate)).toEqual([
      '2025-12-25',
      '2026-01-08',
      '2026-01-22',
      '2026-02-05',
    ])
  })

  test('biweekly with validFrom counts from the ISO week of validFrom', () => {
    const s = schedule({ kind: 'biweekly', weekdays: [1, 4], validFrom: '2026-01-14' })
    const os = nextOccurrences(s, { from: '2026-01-01T00:00:00Z', count: 4 })
    // Week of Monday 12 January is week 0: Monday the 12th is before validFrom.
    expect(os.map((o) => o.localDate)).toEqual([
      '2026-01-15',
      '2026-01-26',
      '2026-01-29',
      '2026-02-09',
    ])
  })

  test('monthly: first Saturday of the month', () => {
    const s = schedule({ kind: 'monthly', weekdays: [6], weekOfMonth: 1 })
    const os = nextOccurrences(s, { from: '2026-01-01T00:00:00Z', count: 4 })
    expect(os.map((o) => o.localDate)).toEqual([
      '2026-01-03',
      '2026-02-07',
      '2026-03-07',
      '2026-04-04',
    ])
  })

  test('monthly: last Friday, also in months with five Fridays', () => {
    const s = schedule({ kind: 'monthly', weekdays: [5], weekOfMonth: -1 })
    const os = nextOccurrences(s, { from: '2026-01-01T00:00:00Z', count: 5 })
    // January and May 2026 have five Fridays.
    expect(os.map((o) => o.localDate)).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
    ])
  })

  test('monthly: fourth Friday is not the fifth', () => {
    const s = schedule({ kind: 'monthly', weekdays: [5], weekOfMonth: 4 })
    const os = nextOccurrences(s, { from: '2026-01-01T00:00:00Z', count: 2 })
    expect(os.map((o) => o.localDate)).toEqual(['2026-01-23', '2026-02-27'])
  })

  test('once: the day itself, and nothing once it is over', () => {
    const s = schedule({ kind: 'once', date: '2026-03-31', weekdays: [] })
    const one = {
      start: '2026-03-31T08:00:00Z',
      end: '2026-03-31T10:00:00Z',
      localDate: '2026-03-31',
    }
    expect(nextOccurrences(s, { from: '2026-01-01T00:00:00Z' })).toEqual([one])
    expect(nextOccurrences(s, { from: '2026-03-31T09:30:00Z' })).toEqual([one])
    expect(nextOccurrences(s, { from: '2026-03-31T10:00:00Z' })).toEqual([])
    expect(nextOccurrences(s, { from: '2026-04-01T00:00:00Z' })).toEqual([])
    expect(
      nextOccurrences(s, { from: '2026-01-01T00:00:00Z', until: '2026-03-01T00:00:00Z' }),
    ).toEqual([])
  })
})

describe('Dutch public holidays', () => {
  const days = (s: Parameters<typeof nextOccurrences>[0], from: string, count = 6) =>
    nextOccurrences(s, { from: new Date(from), count, holidays: [] }).map((o) => o.localDate)

  test('a recurring activity skips Christmas, New Year, Easter Monday, King’s Day, Ascension and Whit Monday unless it goes ahead on them', () => {
    const friday = schedule({ weekdays: [5] })
    expect(days(friday, '2026-12-20T00:00:00Z', 3)).toEqual([
      '2027-01-08',
      '2027-01-15',
      '2027-01-22',
    ])
    expect(days({ ...friday, onPublicHolidays: true }, '2026-12-20T00:00:00Z', 2)).toEqual([
      '2026-12-25',
      '2027-01-01',
    ])
    // 2027: Easter Monday 29 March, King's Day Tuesday 27 April, Ascension 6 May, Whit Monday 17 May.
    expect(days(schedule({ weekdays: [1] }), '2027-03-28T00:00:00Z', 1)).toEqual(['2027-04-05'])
    expect(days(schedule({ weekdays: [2] }), '2027-04-26T00:00:00Z', 1)).toEqual(['2027-05-04'])
    expect(days(schedule({ weekdays: [4] }), '2027-05-05T00:00:00Z', 1)).toEqual(['2027-05-13'])
    expect(days(schedule({ weekdays: [1] }), '2027-05-16T00:00:00Z', 1)).toEqual(['2027-05-24'])
  })

  test('a one-off activity on a public holiday happens: its organiser chose that day', () => {
    expect(
      days(schedule({ kind: 'once', date: '2026-12-25', weekdays: [] }), '2026-12-01T00:00:00Z'),
    ).toEqual(['2026-12-25'])
  })
})
