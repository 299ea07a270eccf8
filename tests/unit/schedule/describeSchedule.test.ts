import { describeSchedule, formatOccurrence } from '../../../src/lib/schedule/describeSchedule'
import { schedule } from './helpers'

describe('describeSchedule', () => {
  test('weekly, with school holidays skipped', () => {
    const s = schedule({ skipSchoolHolidays: 'noord' })
    expect(describeSchedule(s)).toBe(
      'Elke dinsdag van 10.00 tot 12.00 uur, niet in de schoolvakantie',
    )
    expect(describeSchedule(s, 'en')).toBe(
      'Every Tuesday from 10:00 to 12:00, not during school holidays',
    )
  })

  test('weekly on two and three days, in weekday order', () => {
    const two = schedule({ weekdays: [3, 1], startTime: '19:30', endTime: '21:00' })
    expect(describeSchedule(two)).toBe('Elke maandag en woensdag van 19.30 tot 21.00 uur')
    expect(describeSchedule(two, 'en')).toBe('Every Monday and Wednesday from 19:30 to 21:00')
    const three = schedule({ weekdays: [1, 3, 5] })
    expect(describeSchedule(three)).toBe(
      'Elke maandag, woensdag en vrijdag van 10.00 tot 12.00 uur',
    )
    expect(describeSchedule(three, 'en')).toBe(
      'Every Monday, Wednesday and Friday from 10:00 to 12:00',
    )
  })

  test('biweekly', () => {
    const s = schedule({ kind: 'biweekly', weekdays: [4], startTime: '14:00', endTime: '16:30' })
    expect(describeSchedule(s)).toBe('Om de week op donderdag van 14.00 tot 16.30 uur')
    expect(describeSchedule(s, 'en')).toBe('Every other week on Thursday from 14:00 to 16:30')
  })

  test('monthly: nth and last', () => {
    const first = schedule({ kind: 'monthly', weekdays: [6], weekOfMonth: 1 })
    expect(describeSchedule(first)).toBe(
      'Elke eerste zaterdag van de maand van 10.00 tot 12.00 uur',
    )
    expect(describeSchedule(first, 'en')).toBe(
      'Every first Saturday of the month from 10:00 to 12:00',
    )
    const last = schedule({ kind: 'monthly', weekdays: [5], weekOfMonth: -1 })
    expect(describeSchedule(last)).toBe('Elke laatste vrijdag van de maand van 10.00 tot 12.00 uur')
    expect(describeSchedule(last, 'en')).toBe('Every last Friday of the month from 10:00 to 12:00')
    const third = schedule({ kind: 'monthly', weekdays: [7], weekOfMonth: 3 })
    expect(describeSchedule(third, 'en')).toBe(
      'Every third Sunday of the month from 10:00 to 12:00',
    )
  })

  test('once', () => {
    const s = schedule({ kind: 'once', date: '2026-03-31', weekdays: [], validFrom: '2026-01-01' })
    expect(describeSchedule(s)).toBe('Op dinsdag 31 maart 2026 van 10.00 tot 12.00 uur')
    expect(describeSchedule(s, 'en')).toBe('On Tuesday 31 March 2026 from 10:00 to 12:00')
  })

  test('validity period', () => {
    expect(describeSchedule(schedule({ validFrom: '2026-02-01' }))).toBe(
      'Elke dinsdag van 10.00 tot 12.00 uur (vanaf 1 februari 2026)',
    )
    expect(describeSchedule(schedule({ validUntil: '2026-06-30' }))).toBe(
      'Elke dinsdag van 10.00 tot 12.00 uur (tot en met 30 juni 2026)',
    )
    const both = schedule({
      validFrom: '2026-02-01',
      validUntil: '2026-06-30',
      skipSchoolHolidays: 'zuid',
    })
    expect(describeSchedule(both)).toBe(
      'Elke dinsdag van 10.00 tot 12.00 uur, niet in de schoolvakantie (van 1 februari tot en met 30 juni 2026)',
    )
    expect(describeSchedule(schedule({ validFrom: '2026-02-01' }), 'en')).toBe(
      'Every Tuesday from 10:00 to 12:00 (from 1 February 2026)',
    )
    expect(describeSchedule(schedule({ validUntil: '2026-06-30' }), 'en')).toBe(
      'Every Tuesday from 10:00 to 12:00 (until 30 June 2026)',
    )
    expect(
      describeSchedule(schedule({ validFrom: '2026-02-01', validUntil: '2026-06-30' }), 'en'),
    ).toBe('Every Tuesday from 10:00 to 12:00 (from 1 February to 30 June 2026)')
    expect(describeSchedule(schedule({ validFrom: '2025-09-01', validUntil: '2026-06-30' }))).toBe(
      'Elke dinsdag van 10.00 tot 12.00 uur (van 1 september 2025 tot en met 30 juni 2026)',
    )
  })

  test('Dutch is the default locale', () => {
    expect(describeSchedule(schedule())).toBe(describeSchedule(schedule(), 'nl'))
  })
})

describe('formatOccurrence', () => {
  const summer = {
    start: '2026-03-31T08:00:00Z',
    end: '2026-03-31T10:00:00Z',
    localDate: '2026-03-31',
  }
  const winter = {
    start: '2026-12-01T18:30:00Z',
    end: '2026-12-01T20:00:00Z',
    localDate: '2026-12-01',
  }

  test('shows the local day and times in Amsterdam', () => {
    expect(formatOccurrence(summer, 'nl')).toBe('di 31 mrt, 10.00–12.00')
    expect(formatOccurrence(summer, 'en')).toBe('Tue 31 Mar, 10:00–12:00')
    expect(formatOccurrence(winter, 'nl')).toBe('di 1 dec, 19.30–21.00')
    expect(formatOccurrence(winter, 'en')).toBe('Tue 1 Dec, 19:30–21:00')
  })

  test('a time just after midnight local is on the local day', () => {
    const o = {
      start: '2026-05-15T22:30:00Z',
      end: '2026-05-15T23:00:00Z',
      localDate: '2026-05-16',
    }
    expect(formatOccurrence(o, 'nl')).toBe('za 16 mei, 00.30–01.00')
  })
})
