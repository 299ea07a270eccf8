/**
 * Longer than 200 lines because it checks one export, the iCalendar feed, case by case and by a
 * property against nextOccurrences, with the ical.js read-back helpers at the top.
 */
import fc from 'fast-check'
import ICAL from 'ical.js'

import { buildCalendar, escapeText, HORIZON_DAYS } from '../../../src/lib/ics'
import { nextOccurrences, type Schedule, type SchoolHoliday } from '../../../src/lib/schedule'
import { schedule } from '../schedule/helpers'

/** Parses a calendar with ical.js and expands every event's occurrences (start and end in UTC ISO). */
const expand = (text: string, limit = 500) => {
  const root = ICAL.Component.fromString(text)
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  return root.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v)
    const it = event.iterator()
    const out: { start: string; end: string }[] = []
    for (let next = it.next(); next && out.length < limit; next = it.next()) {
      const details = event.getOccurrenceDetails(next)
      out.push({
        start: details.startDate.toJSDate().toISOString(),
        end: details.endDate.toJSDate().toISOString(),
      })
    }
    return { event, occurrences: out }
  })
}

const iso = (s: string) => new Date(s).toISOString()
const expected = (s: Schedule, now: Date, holidays: SchoolHoliday[] = []) =>
  nextOccurrences(s, {
    from: now,
    count: 400,
    until: new Date(now.getTime() + (HORIZON_DAYS - 1) * 86_400_000),
    holidays,
  }).map((o) => ({
    start: iso(o.start),
    end: iso(o.end),
  }))

const one = (s: Schedule, now: Date, holidays: SchoolHoliday[] = []) =>
  buildCalendar({
    name: 'Test',
    now,
    events: [{ uid: 'a-1@meedoen', title: 'Taalcafé', schedule: s, holidays }],
  })

const withinHorizon = (occ: { start: string }[], now: Date) =>
  occ.filter((o) => new Date(o.start).getTime() <= now.getTime() + (HORIZON_DAYS - 1) * 86_400_000)

describe('iCalendar export, read back with ical.js', () => {
  const now = new Date('2026-03-01T12:00:00Z')

  test('weekly at 10:00 stays at 10:00 local across both daylight-saving changes', () => {
    const s = schedule({ weekdays: [2], startTime: '10:00', endTime: '12:00' })
    const text = one(s, now)
    expect(text).toContain('BEGIN:VTIMEZONE')
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20260303T100000')
    expect(text).toContain('RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=TU')
    const { occurrences } = expand(text, 60)[0]!
    // 24 March: winter time (UTC+1); 31 March: summer time (UTC+2); 27 October: winter again.
    expect(occurrences).toContainEqual({
      start: '2026-03-24T09:00:00.000Z',
      end: '2026-03-24T11:00:00.000Z',
    })
    expect(occurrences).toContainEqual({
      start: '2026-03-31T08:00:00.000Z',
      end: '2026-03-31T10:00:00.000Z',
    })
    expect(occurrences).toContainEqual({
      start: '2026-10-20T08:00:00.000Z',
      end: '2026-10-20T10:00:00.000Z',
    })
    expect(occurrences).toContainEqual({
      start: '2026-10-27T09:00:00.000Z',
      end: '2026-10-27T11:00:00.000Z',
    })
    expect(occurrences.slice(0, 52)).toEqual(expected(s, now).slice(0, 52))
  })

  test('an activity in the night of the October change keeps its local hours', () => {
    const s = schedule({ weekdays: [7], startTime: '01:00', endTime: '04:00' })
    const { occurrences } = expand(one(s, new Date('2026-10-01T00:00:00Z')), 10)[0]!
    // Sunday 25 October 2026: 01:00 CEST = 23:00Z the day before; 04:00 CET = 03:00Z (a 4-hour night).
    expect(occurrences).toContainEqual({
      start: '2026-10-24T23:00:00.000Z',
      end: '2026-10-25T03:00:00.000Z',
    })
  })

  test('exceptions and school holidays become EXDATEs; a rule that skips holidays ends at the horizon', () => {
    const holidays: SchoolHoliday[] = [
      { region: 'noord', name: 'Meivakantie', firstDay: '2026-04-25', lastDay: '2026-05-03' },
    ]
    const s = schedule({
      weekdays: [2, 4],
      exceptions: ['2026-03-12'],
      skipSchoolHolidays: 'noord',
    })
    const text = one(s, now, holidays)
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=TU,TH;UNTIL=\d{8}T\d{6}Z/)
    expect(text).toMatch(/EXDATE;TZID=Europe\/Amsterdam:20260312T100000,/)
    const { occurrences } = expand(text)[0]!
    expect(occurrences.map((o) => o.start)).not.toContain('2026-04-28T08:00:00.000Z')
    expect(occurrences.map((o) => o.start)).not.toContain('2026-03-12T09:00:00.000Z')
    expect(withinHorizon(occurrences, now)).toEqual(expected(s, now, holidays))
  })

  test('public holidays are left out (as EXDATEs, beyond the horizon too) unless the activity goes ahead on them', () => {
    // Fridays: 25 December 2026 and 1 January 2027 are public holidays; so is Christmas 2027 (a Saturday: no).
    const friday = schedule({ weekdays: [5], startTime: '18:00', endTime: '20:00' })
    const dates = expand(one(friday, new Date('2026-12-01T12:00:00Z')), 300)[0]!.occurrences.map(
      (o) => o.start.slice(0, 10),
    )
    expect(dates).toContain('2026-12-18')
    expect(dates).not.toContain('2026-12-25')
    expect(dates).not.toContain('2027-01-01')
    // King's Day 2028 is a Thursday, beyond the one-year horizon: still left out of a Thursday rule.
    const thursday = expand(
      one(schedule({ weekdays: [4] }), new Date('2026-12-01T12:00:00Z')),
      400,
    )[0]!.occurrences.map((o) => o.start.slice(0, 10))
    expect(thursday).toContain('2028-04-20')
    expect(thursday).not.toContain('2028-04-27')
    const open = expand(
      one({ ...friday, onPublicHolidays: true }, new Date('2026-12-01T12:00:00Z')),
      10,
    )[0]!.occurrences.map((o) => o.start.slice(0, 10))
    expect(open).toContain('2026-12-25')
  })

  test('a one-off activity is one event without a rule; a past one gives no event', () => {
    const s = schedule({
      kind: 'once',
      date: '2026-06-13',
      weekdays: [],
      startTime: '14:00',
      endTime: '17:00',
    })
    const text = one(s, now)
    expect(text.slice(text.indexOf('BEGIN:VEVENT'))).not.toContain('RRULE')
    expect(expand(text)[0]!.occurrences).toEqual([
      { start: '2026-06-13T12:00:00.000Z', end: '2026-06-13T15:00:00.000Z' },
    ])
    expect(one(s, new Date('2026-07-01T00:00:00Z'))).not.toContain('BEGIN:VEVENT')
  })

  test('every kind of line break in a text becomes \\n', () => {
    expect(escapeText('a\r\nb\rc\nd;e,f\\g')).toBe('a\\nb\\nc\\nd\\;e\\,f\\\\g')
  })

  test('text is escaped and long lines are folded at 75 octets without breaking characters', () => {
    const title =
      'Koffie, thee; en een praatje\nmet de buren — café “De Brug” in Glimmen 😊 '.repeat(3)
    const text = buildCalendar({
      name: 'Buurthuis',
      now,
      events: [
        {
          uid: 'x@meedoen',
          title,
          location: 'Kerkstraat 1, 9751 AB Haren',
          schedule: schedule({ weekdays: [1] }),
          holidays: [],
        },
      ],
    })
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const { event } = expand(text, 1)[0]!
    expect(event.summary).toBe(title)
    expect(event.location).toBe('Kerkstraat 1, 9751 AB Haren')
  })

  test('property: for random schedules, what calendars show equals nextOccurrences (within the horizon)', () => {
    const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), {
      minLength: 1,
      maxLength: 3,
    }) as fc.Arbitrary<Schedule['weekdays']>
    const time = fc.tuple(fc.integer({ min: 6, max: 20 }), fc.constantFrom(0, 15, 30, 45))
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(
        fc.constantFrom('weekly', 'biweekly', 'monthly'),
        weekdays,
        fc.constantFrom(1, 2, 3, 4, -1),
        time,
        fc.array(day, { maxLength: 4 }),
        fc.option(day, { nil: null }),
        fc.boolean(),
        fc.integer({ min: 0, max: 360 }),
        (kind, days, nth, [h, m], exceptions, validUntil, skip, offset) => {
          const pad = (n: number) => String(n).padStart(2, '0')
          const s = schedule({
            kind: kind as Schedule['kind'],
            weekdays: days,
            weekOfMonth: kind === 'monthly' ? nth : null,
            startTime: `${pad(h)}:${pad(m)}`,
            endTime: `${pad(h + 2)}:${pad(m)}`,
            exceptions,
            validUntil,
            skipSchoolHolidays: skip ? 'midden' : null,
          })
          const at = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000)
          const holidays: SchoolHoliday[] = [
            {
              region: 'midden',
              name: 'Zomervakantie',
              firstDay: '2026-07-18',
              lastDay: '2026-08-30',
            },
            {
              region: 'midden',
              name: 'Kerstvakantie',
              firstDay: '2026-12-19',
              lastDay: '2027-01-03',
            },
          ]
          const events = expand(one(s, at, holidays))
          const got = events.length ? withinHorizon(events[0]!.occurrences, at) : []
          expect(got).toEqual(expected(s, at, holidays))
        },
      ),
      { numRuns: 60 },
    )
  })
})
