import { Dictionary, type CachedRow } from '../../../src/lib/search/sqlite/columns'
import { FacetColumns, MORE_THEMES, SLOTS } from '../../../src/lib/search/sqlite/facetColumns'
import { facetTally } from '../../../src/lib/search/sqlite/facets'

const row = (rowid: number, themeCodes: number[], over: Partial<CachedRow> = {}): CachedRow => ({
  rowid, kind: 'volunteer', kindIndex: 1, title: 't', free: 1, walkIn: 0, ageMin: null, ageMax: null,
  weekdays: 0b1000001, parts: 0b101, access: 0b10010, rungs: 0b100001, lat: null, lon: null, next: null,
  themes: themeCodes.map(String), areas: [], titleWords: [], titleText: '', themeCodes, areaCodes: [], ...over,
})

test('packed facets count like the row objects, also for rows with more themes than slots and after growing', () => {
  const themes = new Dictionary()
  for (let i = 0; i < 10; i++) themes.code(`t${i}`)
  const facets = new FacetColumns()
  const rows = [row(3, [0, 1]), row(5000, [2, 3, 4, 5, 6, 7], { free: 0, walkIn: 1, kindIndex: 0 })]
  for (const r of rows) {
    facets.set(r.rowid, r)
    for (const c of r.themeCodes) facets.addCode(r.rowid, 'theme', c)
  }
  expect(rows[1]!.themeCodes.length).toBeGreaterThan(SLOTS)
  expect(facets.packed[5000]! & MORE_THEMES).toBeTruthy()
  const tally = facetTally({ themes, areas: new Dictionary(), facets })
  for (const r of rows) tally.add(r)
  const result = tally.result()
  expect(result.themes).toEqual({ t0: 1, t1: 1, t2: 1, t3: 1, t4: 1, t5: 1, t6: 1, t7: 1 })
  expect(result.kinds.activity).toBe(1)
  expect(result.kinds.volunteer).toBe(1)
  expect([result.free, result.walkIn]).toEqual([1, 1])
  expect(result.weekdays).toMatchObject({ 1: 2, 7: 2, 2: 0 })
  expect(result.partsOfDay).toEqual({ morning: 2, afternoon: 0, evening: 2 })
  expect(result.rungs).toMatchObject({ 1: 2, 6: 2, 3: 0 })
  facets.clear(3)
  expect(facets.packed[3]).toBe(0)
})
