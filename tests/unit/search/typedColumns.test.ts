import { Dictionary } from '../../../src/lib/search/engine/dictionary'
import type { CachedRow } from '../../../src/lib/search/engine/rows'
import { facetTally } from '../../../src/lib/search/engine/facets'
import { filterIds } from '../../../src/lib/search/engine/filter'
import {
  type ColumnRow,
  MORE_THEMES,
  NO_MAX_AGE,
  NO_MIN_AGE,
  THEME_SLOTS,
  TypedColumns,
} from '../../../src/lib/search/engine/typedColumns'

/** A listing as the index keeps it: its row object and its column values. */
type TestRow = CachedRow & ColumnRow & { themeCodes: number[] }

const row = (rowid: number, themeCodes: number[], over: Partial<TestRow> = {}): TestRow => ({
  rowid,
  key: `activities/${rowid}`,
  kind: 'volunteer',
  slug: null,
  kindIndex: 1,
  title: 't',
  free: 1,
  walkIn: 0,
  ageMin: null,
  ageMax: null,
  weekdays: 0b1000001,
  parts: 0b101,
  access: 0b10010,
  rungs: 0b100001,
  help: 0,
  lat: null,
  lon: null,
  next: null,
  until: null,
  titleWords: [],
  themeCodes,
  areaCodes: [],
  ...over,
})

const setUp = (rows: TestRow[]) => {
  const themes = new Dictionary()
  for (let i = 0; i < 10; i++) themes.code(`t${i}`)
  const columns = new TypedColumns()
  // As the index keeps them: the codes that do not fit the slots are kept aside on the row.
  const aside = new Map<number, number[]>()
  for (const r of rows) {
    columns.set(r.rowid, r)
    aside.set(
      r.rowid,
      r.themeCodes.filter((c) => !columns.addCode(r.rowid, 'theme', c)),
    )
  }
  const byId = new Map(rows.map((r) => [r.rowid, { ...r, themeCodes: aside.get(r.rowid) }]))
  return { themes, areas: new Dictionary(), columns, get: (id: number) => byId.get(id) }
}

test('packed facets count like the row objects, also for rows with more themes than slots and after growing', () => {
  const rows = [
    row(3, [0, 1]),
    row(5000, [2, 3, 4, 5, 6, 7, 8, 9], { free: 0, walkIn: 1, kindIndex: 0 }),
  ]
  const source = setUp(rows)
  expect(rows[1]!.themeCodes.length).toBeGreaterThan(THEME_SLOTS)
  expect(source.columns.packed[5000]! & MORE_THEMES).toBeTruthy()
  const tally = facetTally(source)
  tally.addAll(
    Int32Array.from(rows, (r) => r.rowid),
    rows.length,
  )
  const result = tally.result()
  expect(result.themes).toEqual({
    t0: 1,
    t1: 1,
    t2: 1,
    t3: 1,
    t4: 1,
    t5: 1,
    t6: 1,
    t7: 1,
    t8: 1,
    t9: 1,
  })
  expect(result.kinds.activity).toBe(1)
  expect(result.kinds.volunteer).toBe(1)
  expect([result.free, result.walkIn]).toEqual([1, 1])
  expect(result.weekdays).toMatchObject({ 1: 2, 7: 2, 2: 0 })
  expect(result.partsOfDay).toEqual({ morning: 2, afternoon: 0, evening: 2 })
  expect(result.rungs).toMatchObject({ 1: 2, 6: 2, 3: 0 })
  source.columns.clear(3)
  expect(source.columns.packed[3]).toBe(0)
})

test('the sort and radius columns hold numbers, with stand-ins for what is missing', () => {
  const { columns } = setUp([
    row(1, [], {
      ageMin: 12,
      ageMax: 27,
      lat: 53.1,
      lon: 6.5,
      next: '2026-12-03T09:00:00.000Z',
      titleWords: ['koffie', 'inloop'],
    }),
    row(2, []),
  ])
  expect([columns.ageMin[1], columns.ageMax[1], columns.lat[1], columns.lon[1]]).toEqual([
    12, 27, 53.1, 6.5,
  ])
  expect(columns.next[1]).toBe(Date.parse('2026-12-03T09:00:00.000Z'))
  expect(columns.titleLength[1]).toBe(2)
  expect([columns.ageMin[2], columns.ageMax[2], columns.next[2]]).toEqual([
    NO_MIN_AGE,
    NO_MAX_AGE,
    Infinity,
  ])
  expect(Number.isNaN(columns.lat[2])).toBe(true)
})

test('the filters over columns agree with the row values, a theme past the slots included', () => {
  const rows = [
    row(1, [0, 1], { kindIndex: 0, kind: 'activity', free: 0, ageMin: 12, ageMax: 18 }),
    row(2, [2, 3, 4, 5, 6, 7, 9], { walkIn: 1, access: 0b00011, rungs: 0b000100, help: 0b00011 }),
    row(3, [], { weekdays: 0b0000010, parts: 0b010, help: 0b00010, ageMin: 60 }),
  ]
  const source = setUp(rows)
  const pass = (q: Parameters<typeof filterIds>[0]) => {
    const ids = Int32Array.from([0, ...rows.map((r) => r.rowid), 4, 70_000])
    return Array.from(ids.subarray(0, filterIds(q, source, ids, ids.length)))
  }
  // Rows not in the cache (0, 4, past the end) never pass.
  expect(pass({})).toEqual([1, 2, 3])
  expect(pass({ kinds: ['activity'] })).toEqual([1])
  expect(pass({ kinds: ['volunteer', 'paid_job'] })).toEqual([2, 3])
  expect(pass({ free: true })).toEqual([2, 3])
  expect(pass({ walkIn: true, free: true })).toEqual([2])
  expect(pass({ age: 20 })).toEqual([2])
  expect(pass({ age: 12 })).toEqual([1, 2])
  expect(pass({ age: 61 })).toEqual([2, 3])
  // Age bands: a range fits the bands it overlaps; no range fits every band.
  expect(pass({ ageBand: 'children' })).toEqual([1, 2])
  expect(pass({ ageBand: 'young_adults' })).toEqual([1, 2])
  expect(pass({ ageBand: 'adults' })).toEqual([2])
  expect(pass({ ageBand: 'seniors' })).toEqual([2, 3])
  // What helps: all of those asked.
  expect(pass({ help: ['no_referral'] })).toEqual([2, 3])
  expect(pass({ help: ['buddy_welcome', 'no_referral'] })).toEqual([2])
  expect(pass({ help: ['buddy_welcome', 'no_referral'], ageBand: 'seniors' })).toEqual([2])
  expect(pass({ help: ['guidance'] })).toEqual([])
  expect(pass({ weekdays: [2] })).toEqual([3])
  expect(pass({ weekdays: [1, 2] })).toEqual([1, 2, 3])
  expect(pass({ partsOfDay: ['afternoon'] })).toEqual([3])
  expect(pass({ accessibility: ['stepFreeEntrance', 'accessibleToilet'] })).toEqual([2])
  expect(pass({ accessibility: ['accessibleToilet'] })).toEqual([1, 2, 3])
  expect(pass({ rungs: [3] })).toEqual([2])
  expect(pass({ themes: ['t9'] })).toEqual([2])
  expect(pass({ themes: ['t1', 't5'] })).toEqual([1, 2])
  expect(pass({ themes: ['unknown'] })).toEqual([])
  expect(pass({ areas: ['nowhere'] })).toEqual([])
})
