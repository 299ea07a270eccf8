import type { HolidayRegion, SchoolHoliday } from './types'

/**
 * Dutch school holidays per region, as a starting point for the editors.
 *
 * Source: the national government publishes them at rijksoverheid.nl/onderwerpen/schoolvakanties.
 * These were typed in from memory and cross-checked against a few schools' own calendars, NOT
 * copied from the source: editors must check them there and correct them where needed.
 * - 'official': dates the government has published for that school year (2025-2026).
 * - 'estimated': our best guess (2026-2027); schools' calendars suggest them, the government's
 *   list has not been checked. Replace them with the published dates.
 *
 * Each holiday runs from Saturday (firstDay) to Sunday (lastDay), both days included.
 * Schools may add extra days (a second meivakantie week is common): those are not in here.
 */
const all = (
  name: string,
  firstDay: string,
  lastDay: string,
  confidence: SchoolHoliday['confidence'],
): SchoolHoliday[] =>
  (['noord', 'midden', 'zuid'] as HolidayRegion[]).map((region) => ({
    region,
    name,
    firstDay,
    lastDay,
    confidence,
  }))

const one = (
  region: HolidayRegion,
  name: string,
  firstDay: string,
  lastDay: string,
  confidence: SchoolHoliday['confidence'],
): SchoolHoliday => ({ region, name, firstDay, lastDay, confidence })

export const SCHOOL_HOLIDAYS_SEED: SchoolHoliday[] = [
  // School year 2025-2026
  one('noord', 'Herfstvakantie', '2025-10-18', '2025-10-26', 'official'),
  one('midden', 'Herfstvakantie', '2025-10-18', '2025-10-26', 'official'),
  one('zuid', 'Herfstvakantie', '2025-10-11', '2025-10-19', 'official'),
  ...all('Kerstvakantie', '2025-12-20', '2026-01-04', 'official'),
  // Noord a week later than midden and zuid (zuid's week holds carnaval, 15–17 February 2026).
  one('noord', 'Voorjaarsvakantie', '2026-02-21', '2026-03-01', 'official'),
  one('midden', 'Voorjaarsvakantie', '2026-02-14', '2026-02-22', 'official'),
  one('zuid', 'Voorjaarsvakantie', '2026-02-14', '2026-02-22', 'official'),
  ...all('Meivakantie', '2026-04-25', '2026-05-03', 'official'),
  one('noord', 'Zomervakantie', '2026-07-04', '2026-08-16', 'official'),
  one('midden', 'Zomervakantie', '2026-07-18', '2026-08-30', 'official'),
  one('zuid', 'Zomervakantie', '2026-07-11', '2026-08-23', 'official'),

  // School year 2026-2027: estimated, check rijksoverheid.nl.
  one('noord', 'Herfstvakantie', '2026-10-10', '2026-10-18', 'estimated'),
  one('midden', 'Herfstvakantie', '2026-10-17', '2026-10-25', 'estimated'),
  one('zuid', 'Herfstvakantie', '2026-10-17', '2026-10-25', 'estimated'),
  ...all('Kerstvakantie', '2026-12-19', '2027-01-03', 'estimated'),
  one('noord', 'Voorjaarsvakantie', '2027-02-20', '2027-02-28', 'estimated'),
  one('midden', 'Voorjaarsvakantie', '2027-02-20', '2027-02-28', 'estimated'),
  // Carnaval 2027 is 7–9 February.
  one('zuid', 'Voorjaarsvakantie', '2027-02-06', '2027-02-14', 'estimated'),
  ...all('Meivakantie', '2027-04-24', '2027-05-02', 'estimated'),
  one('noord', 'Zomervakantie', '2027-07-10', '2027-08-22', 'estimated'),
  one('midden', 'Zomervakantie', '2027-07-17', '2027-08-29', 'estimated'),
  one('zuid', 'Zomervakantie', '2027-07-03', '2027-08-15', 'estimated'),
]
