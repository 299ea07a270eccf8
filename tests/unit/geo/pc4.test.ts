import { describe, expect, test } from '@jest/globals'

import { lookupPc4, parsePc4Csv, PC4_ATTRIBUTION, pc4Table } from '../../../src/lib/geo/pc4'
import { normalisePostcode, postcodeArea } from '../../../src/lib/geo/postcode'

describe('postcode normalisation', () => {
  test.each(['9751ab', ' 9751 AB ', '9751AB', '9751  ab'])('%j → "9751 AB"', (input) => {
    expect(normalisePostcode(input)).toBe('9751 AB')
  })

  test.each(['0751 AB', '9751 SS', '975 AB', '97511AB', ''])('%j is not a postcode', (input) => {
    expect(normalisePostcode(input)).toBeNull()
  })

  test('PC4 area', () => {
    expect(postcodeArea('9751ab')).toBe('9751')
    expect(postcodeArea('9751')).toBe('9751')
  })
})

describe('PC4 centroid table (GeoNames, CC BY 4.0)', () => {
  test('loads the bundled CSV once', () => {
    expect(pc4Table().size).toBeGreaterThan(4000)
    expect(pc4Table()).toBe(pc4Table())
    expect(PC4_ATTRIBUTION).toMatch(/GeoNames/)
  })

  test('9751 AB Haren ≈ 53.17 N, 6.61 E', () => {
    const hit = lookupPc4('9751 AB', 'Haren')
    expect(hit).not.toBeNull()
    expect(hit!.lat).toBeCloseTo(53.17, 1)
    expect(hit!.lon).toBeCloseTo(6.61, 1)
    expect(lookupPc4(' 9751ab ')).toEqual(hit)
  })

  test('a PC4 in two places: the one named by the town (case and accents ignored), else the first', () => {
    expect(lookupPc4('1222 AA', 'hilversum')?.place).toBe('Hilversum')
    expect(lookupPc4('1222 AA', 'HÍLVERSUM')?.place).toBe('Hilversum')
    expect(lookupPc4('1222 AA', 'Bussum')?.place).toBe('Bussum')
    expect(lookupPc4('1222 AA', 'Nergenshuizen')?.place).toBe('Bussum')
    expect(lookupPc4('1222 AA')?.place).toBe('Bussum')
  })

  test('unknown or invalid postcodes give null', () => {
    expect(lookupPc4('nope')).toBeNull()
    expect(lookupPc4('1000 AA')).toBeNull()
  })

  test('parses rows, skipping bad ones', () => {
    const table = parsePc4Csv(
      'pc4,place,lat,lon\n1011,Amsterdam,52.371,4.9041\nxx,Bad,1,2\n1011,Elders,52,4\n\n',
    )
    expect(table.get('1011')).toEqual([
      { place: 'Amsterdam', lat: 52.371, lon: 4.9041 },
      { place: 'Elders', lat: 52, lon: 4 },
    ])
    expect(table.size).toBe(1)
  })
})
