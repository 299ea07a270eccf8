import { validateSchedule } from '../../../src/lib/schedule/validateSchedule'
import { schedule } from './helpers'

const fields = (s: Parameters<typeof validateSchedule>[0]) =>
  validateSchedule(s).map((i) => i.field)

describe('validateSchedule', () => {
  test('a complete weekly schedule has no issues', () => {
    expect(validateSchedule(schedule())).toEqual([])
  })

  test('an end time before or equal to the start time is reported on endTime', () => {
    for (const [startTime, endTime] of [
      ['12:00', '10:00'],
      ['10:00', '10:00'],
    ]) {
      expect(validateSchedule(schedule({ startTime, endTime }))).toEqual([
        {
          field: 'endTime',
          message: {
            nl: 'De eindtijd ligt vóór of op de begintijd.',
            en: 'The end time is before or equal to the start time.',
          },
        },
      ])
    }
  })

  test('times must be HH:mm between 00:00 and 23:59', () => {
    expect(fields(schedule({ startTime: '24:00', endTime: '25:00' }))).toEqual([
      'startTime',
      'endTime',
    ])
    expect(fields(schedule({ startTime: '9:00' }))).toEqual(['startTime'])
    expect(fields(schedule({ startTime: '', endTime: '' }))).toEqual(['startTime', 'endTime'])
    expect(fields(schedule({ startTime: '00:00', endTime: '23:59' }))).toEqual([])
    const issue = validateSchedule(schedule({ startTime: 'tien uur' }))[0]!
    expect(issue.message.nl).toMatch(/begintijd/)
    expect(issue.message.en).toMatch(/start time/)
  })

  test('once needs a real date', () => {
    expect(fields(schedule({ kind: 'once', weekdays: [] }))).toEqual(['date'])
    expect(fields(schedule({ kind: 'once', weekdays: [], date: '2026-02-30' }))).toEqual(['date'])
    expect(fields(schedule({ kind: 'once', weekdays: [], date: '2026-03-31' }))).toEqual([])
  })

  test('recurring kinds need at least one weekday', () => {
    for (const kind of ['weekly', 'biweekly'] as const) {
      expect(fields(schedule({ kind, weekdays: [] }))).toEqual(['weekdays'])
    }
    expect(validateSchedule(schedule({ weekdays: [] }))[0]!.message).toEqual({
      nl: 'Kies minstens één dag van de week.',
      en: 'Choose at least one day of the week.',
    })
  })

  test('monthly needs weekOfMonth and exactly one weekday', () => {
    expect(fields(schedule({ kind: 'monthly', weekdays: [6], weekOfMonth: 1 }))).toEqual([])
    expect(fields(schedule({ kind: 'monthly', weekdays: [6], weekOfMonth: -1 }))).toEqual([])
    expect(fields(schedule({ kind: 'monthly', weekdays: [6] }))).toEqual(['weekOfMonth'])
    expect(fields(schedule({ kind: 'monthly', weekdays: [1, 3], weekOfMonth: 2 }))).toEqual([
      'weekdays',
    ])
    expect(fields(schedule({ kind: 'monthly', weekdays: [], weekOfMonth: 2 }))).toEqual([
      'weekdays',
    ])
  })

  test('validUntil must not be before validFrom', () => {
    const issues = validateSchedule(schedule({ validFrom: '2026-06-30', validUntil: '2026-02-01' }))
    expect(issues).toEqual([
      {
        field: 'validUntil',
        message: {
          nl: 'De einddatum ligt vóór de begindatum.',
          en: 'The end date is before the start date.',
        },
      },
    ])
    expect(fields(schedule({ validFrom: '2026-06-30', validUntil: '2026-06-30' }))).toEqual([])
  })

  test('bad exception dates and unknown kinds are reported', () => {
    expect(fields(schedule({ exceptions: ['2026-13-01'] }))).toEqual(['exceptions'])
    expect(fields(schedule({ kind: 'daily' as never }))).toEqual(['kind'])
  })

  test('several problems are all reported', () => {
    expect(fields(schedule({ weekdays: [], startTime: '12:00', endTime: '11:00' })).sort()).toEqual(
      ['endTime', 'weekdays'],
    )
  })
})
