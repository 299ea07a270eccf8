import { describe, expect, test } from '@jest/globals'

import { planRows, type Lookups } from '../../../src/lib/import/plan'
import { changedFields, sameValue } from '../../../src/lib/import/plan/compare'
import type { ImportRow } from '../../../src/lib/import/rows'

describe('sameValue: importing the same thing twice is no change', () => {
  test.each([
    [null, '', true],
    [undefined, [], true],
    [3, '3', true],
    [{ id: 3, name: 'x' }, 3, true],
    [['2', '1'], ['1', '2'], true],
    [['1'], ['1', '2'], false],
    ['2027-01-01T12:00:00.000Z', '2027-01-01T12:00:00Z', true],
    [{ kind: 'amount', amount: 2.5, note: 'x' }, { kind: 'amount', amount: 2.5 }, true],
    [{ kind: 'amount', amount: 2.5 }, { kind: 'amount', amount: 3 }, false],
    ['Taal', 'taal', false],
    [null, 'x', false],
  ])('%j vs %j → %s', (stored, wanted, same) => {
    expect(sameValue(stored, wanted)).toBe(same)
  })

  test('only the fields the row has are compared', () => {
    expect(changedFields({ title: 'A', description: 'kept' }, { title: 'A' })).toEqual([])
    expect(
      changedFields({ title: 'A', cost: { kind: 'free' } }, { title: 'B', cost: { kind: 'free' } }),
    ).toEqual(['title'])
  })
})

const row = (
  n: number,
  data: Record<string, unknown>,
  refs: ImportRow['refs'] = {},
  match: ImportRow['match'] = {},
): ImportRow => ({
  row: n,
  kind: 'activities',
  data,
  refs,
  match,
  problems: [],
  warnings: [],
})

const LOOKUPS: Lookups = {
  organisations: [
    { id: 1, name: 'Stichting Welzijn Haren', kvkNumber: '12345678' },
    { id: 2, name: 'Vrijwilligerscentrale' },
  ],
  venues: [
    { id: 10, name: 'De Dilgt', organisations: [1] },
    { id: 11, name: 'De Dilgt', organisations: [2] },
    { id: 12, name: 'Het Anker', organisations: [2] },
  ],
  themes: [{ id: 20, name: 'Taal', slug: 'taal' }],
  existing: [
    {
      id: 100,
      externalId: 'SK-1',
      externalSource: 'Kaart',
      slug: 'taalcafe',
      organisations: [1],
      values: { title: 'Taalcafé', organisation: 1 },
    },
    {
      id: 101,
      slug: 'breiclub',
      organisations: [2],
      values: { title: 'Breiclub', organisation: 2 },
    },
  ],
}
const column = (key: string) => key

describe('planRows', () => {
  const scope = { kind: 'activities' as const, source: 'Kaart', organisations: 'any' as const }

  test('names become ids; the venue of the row’s own organisation wins a shared name', () => {
    const [p] = planRows(
      [
        row(
          2,
          { title: 'Nieuw' },
          { organisation: 'stichting welzijn haren', venue: 'de dilgt', themes: ['taal'] },
        ),
      ],
      LOOKUPS,
      scope,
      column,
    )
    expect(p).toEqual(expect.objectContaining({ action: 'create', problems: [] }))
    expect(p!.data).toEqual(
      expect.objectContaining({
        organisation: 1,
        venue: 10,
        locationKind: 'venue',
        themes: [20],
        externalSource: 'Kaart',
      }),
    )
  })

  test('a KvK number names an organisation too; "online" is a place', () => {
    const [p] = planRows(
      [row(2, { title: 'X' }, { organisation: '1234 5678', venue: 'Online' })],
      LOOKUPS,
      scope,
      column,
    )
    expect(p!.data).toEqual(expect.objectContaining({ organisation: 1, locationKind: 'online' }))
  })

  test('matching: external id within its source, else the slug within the organisation', () => {
    const rows = [
      row(
        2,
        { title: 'Taalcafé' },
        { organisation: 'Stichting Welzijn Haren', venue: 'Online' },
        { externalId: 'SK-1' },
      ),
      row(3, { title: 'Breiclub' }, { organisation: 'Vrijwilligerscentrale', venue: 'Het Anker' }),
      row(4, { title: 'Breiclub' }, { organisation: 'Stichting Welzijn Haren', venue: 'Online' }),
    ]
    const planned = planRows(rows, LOOKUPS, scope, column)
    expect(planned.map((p) => [p.action, p.id])).toEqual([
      ['update', 100],
      ['update', 101],
      ['create', undefined],
    ])
    // Another source's SK-1 is another record.
    const other = planRows(rows.slice(0, 1), LOOKUPS, { ...scope, source: 'Andere lijst' }, column)
    expect(other[0]!.action).toBe('update') // still found by its slug within the organisation
    expect(other[0]!.id).toBe(100)
  })

  test('a row twice in the file, an unknown name and a member’s other organisation are problems', () => {
    const rows = [
      row(
        2,
        { title: 'A' },
        { organisation: 'Vrijwilligerscentrale', venue: 'Het Anker' },
        { externalId: '7' },
      ),
      row(
        3,
        { title: 'B' },
        { organisation: 'Vrijwilligerscentrale', venue: 'Het Anker' },
        { externalId: '7' },
      ),
      row(4, { title: 'C' }, { organisation: 'Niemand', venue: 'Nergens', themes: ['Koken'] }),
    ]
    const planned = planRows(rows, LOOKUPS, { ...scope, organisations: [1] }, column)
    expect(planned.map((p) => p.action)).toEqual(['invalid', 'invalid', 'invalid'])
    expect(planned[0]!.problems[0]!.nl).toContain('niet jouw organisatie')
    expect(planned[1]!.problems.map((p) => p.nl)).toContain('Deze regel is dezelfde als regel 2.')
    expect(planned[2]!.problems.map((p) => p.column)).toEqual(['organisation', 'venue', 'themes'])
  })

  test('the import’s own organisation fills rows that name none; without it they are problems', () => {
    const r = row(2, { title: 'Z' }, { venue: 'Online' })
    expect(
      planRows([r], LOOKUPS, { ...scope, defaultOrganisation: 2 }, column)[0]!.data.organisation,
    ).toBe(2)
    expect(planRows([r], LOOKUPS, scope, column)[0]!.problems[0]!.nl).toBe(
      'Er staat geen organisatie.',
    )
  })
})
