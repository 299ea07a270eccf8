import { describe, expect, test } from '@jest/globals'

import { IMPORT_COLUMNS } from '../../../src/lib/import/columns'
import { headerKey, rememberMapping, suggestMapping } from '../../../src/lib/import/mapping'

/** The mapping step's suggestions for sheets that do not follow our template. */
describe('suggestMapping', () => {
  test("a municipality's own activity sheet", () => {
    const headers = [
      'Nr.',
      'Naam activiteit',
      'Aanbieder',
      'Waar',
      'Postcode',
      'Dag',
      'Tijd',
      'Kosten (€)',
      'Opmerkingen',
    ]
    const { mapping, missing } = suggestMapping(headers, 'activities')
    expect(mapping).toEqual([
      'externalId',
      'title',
      'organisation',
      'venue',
      null,
      'days',
      'time',
      'cost',
      null,
    ])
    expect(missing).toEqual([])
  })

  test('our own template maps onto itself, in Dutch and in English', () => {
    for (const kind of ['organisations', 'venues', 'activities', 'openings'] as const) {
      const columns = IMPORT_COLUMNS[kind]
      for (const lang of ['nl', 'en'] as const)
        expect(
          suggestMapping(
            columns.map((c) => c.label[lang]),
            kind,
          ).mapping,
        ).toEqual(columns.map((c) => c.key))
    }
  })

  test('required columns that nothing matches are named (the organisation may come from the import)', () => {
    const { missing } = suggestMapping(['Omschrijving', 'Dag'], 'activities')
    expect(missing.map((c) => c.key)).toEqual(['title'])
  })

  test("a source's remembered mapping wins, and a header it ignored stays ignored", () => {
    const headers = ['Activiteit', 'Wie', 'Tijd', 'Kosten']
    const remembered = rememberMapping(headers, ['title', 'organisation', null, 'cost'])
    expect(suggestMapping(headers, 'activities', remembered).mapping).toEqual([
      'title',
      'organisation',
      null,
      'cost',
    ])
  })

  test('one column per key: the closer header wins', () => {
    const { mapping } = suggestMapping(['Naam', 'Naam activiteit'], 'activities')
    expect(mapping).toEqual([null, 'title'])
  })

  test('header keys ignore case, accents and punctuation', () => {
    expect(headerKey('  Thema’s / Categorieën ')).toBe('thema s categorieen')
    expect(headerKey('Naam_activiteit')).toBe('naam activiteit')
  })
})
