import { describe, expect, test } from '@jest/globals'

import { isFileProblem, readTable, type Table } from '../../../src/lib/import/file'
import { suggestMapping } from '../../../src/lib/import/mapping'
import { readRows } from '../../../src/lib/import/rows'

/** Rows of real-looking sheets as our records, and every problem named by row and column. */
const sheet = async (csv: string): Promise<Table> => {
  const t = await readTable(new TextEncoder().encode(csv))
  if (isFileProblem(t)) throw new Error(t.en)
  return t
}
const rowsOf = async (
  csv: string,
  kind: 'activities' | 'openings' | 'venues' | 'organisations',
) => {
  const t = await sheet(csv)
  return readRows(t, suggestMapping(t.headers, kind).mapping, kind)
}

describe('activities', () => {
  const HEAD =
    'Nr;Naam activiteit;Aanbieder;Waar;Korte omschrijving;Dag;Tijd;Kosten;Leeftijd;Vanaf\n'

  test("a municipality's rows become activities with their schedule, cost and ages", async () => {
    const [weekly, monthly] = await rowsOf(
      HEAD +
        'A1;Taalcafé;Welzijn Haren;De Dilgt;Samen Nederlands praten.;ma en wo;10.00-12.00 uur;gratis;18+;\n' +
        'A2;Repair Café;Haren Actief;;Samen repareren.;laatste zaterdag van de maand;13:30 - 16:00;€ 2,50;;\n',
      'activities',
    )
    expect(weekly).toMatchObject({
      row: 2,
      match: { externalId: 'A1' },
      refs: { organisation: 'Welzijn Haren', venue: 'De Dilgt' },
      data: {
        title: 'Taalcafé',
        summary: 'Samen Nederlands praten.',
        schedule: { kind: 'weekly', weekdays: ['1', '3'], startTime: '10:00', endTime: '12:00' },
        cost: { kind: 'free' },
        ageMin: 18,
      },
      problems: [],
    })
    expect(monthly!.data).toMatchObject({
      schedule: { kind: 'monthly', weekdays: ['6'], weekOfMonth: '-1', startTime: '13:30' },
      cost: { kind: 'amount', amount: 2.5 },
    })
    expect(monthly!.problems).toEqual([])
  })

  test('what cannot be read is reported per cell, with the sheet’s own header and what is expected', async () => {
    const [row] = await rowsOf(
      HEAD + 'A3;Koor;Welzijn Haren;;Zingen.;maandga;om 10 uur;op aanvraag;jongeren;\n',
      'activities',
    )
    expect(row!.data.schedule).toBeUndefined()
    expect(row!.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Dag'],
      [2, 'Tijd'],
      [2, 'Kosten'],
      [2, 'Leeftijd'],
    ])
    for (const p of row!.problems) {
      expect(p.nl).toBeTruthy()
      expect(p.expected?.nl).toBeTruthy()
    }
  })

  test('every other week needs its first day; a one-off needs a date; no time is a problem', async () => {
    const rows = await rowsOf(
      'Naam activiteit;Aanbieder;Korte omschrijving;Dag;Tijd;Datum;Vanaf\n' +
        'Wandelen;Haren Actief;Lopen.;om de week op dinsdag;10-11 uur;;\n' +
        'Wandelen;Haren Actief;Lopen.;om de week op dinsdag;10-11 uur;;06-01-2027\n' +
        'Markt;Haren Actief;Kopen.;;14.00-16.00;12-06-2027;\n' +
        'Koffie;Haren Actief;Drinken.;di;;;\n',
      'activities',
    )
    expect(rows[0]!.problems.map((p) => p.column)).toEqual(['Vanaf'])
    expect(rows[1]!.data.schedule).toMatchObject({
      kind: 'biweekly',
      validFrom: '2027-01-06T12:00:00.000Z',
    })
    expect(rows[2]!.data.schedule).toMatchObject({ kind: 'once', date: '2027-06-12T12:00:00.000Z' })
    expect(rows[3]!.problems.map((p) => p.column)).toEqual(['Tijd'])
  })

  test('required texts: a row without a name or summary says so (the organisation is looked up later)', async () => {
    const [row] = await rowsOf(HEAD + ';;;;;di;10-12 uur;;;\n', 'activities')
    const columns = row!.problems.map((p) => p.column)
    expect(columns).toEqual(expect.arrayContaining(['Naam activiteit', 'Korte omschrijving']))
    expect(columns).not.toContain('Aanbieder')
  })
})

describe('openings, venues, organisations', () => {
  test('an opening: its kind by its Dutch name, days, hours, closing date', async () => {
    const [row] = await rowsOf(
      'Functie;Soort;Organisatie;Korte omschrijving;Dagen;Uren per week;Open tot\n' +
        'Gastvrouw;Vrijwilligerswerk;Welzijn Haren;Koffie schenken.;di en do;4-8;31-12-2027\n',
      'openings',
    )
    expect(row).toMatchObject({
      data: {
        kind: 'volunteer',
        days: ['2', '4'],
        hoursPerWeekMin: 4,
        hoursPerWeekMax: 8,
        validThrough: '2027-12-31T12:00:00.000Z',
      },
      problems: [],
    })
  })

  test('a venue: the postcode written as people do; a wrong one is named', async () => {
    const rows = await rowsOf(
      'Naam;Straat;Huisnummer;Postcode;Plaats\nDe Dilgt;Dilgtweg;12a;9751ng;Haren\nX;Weg;1;12345;Haren\n',
      'venues',
    )
    expect(rows[0]!.data).toEqual({
      name: 'De Dilgt',
      address: { street: 'Dilgtweg', houseNumber: '12a', postcode: '9751 NG', city: 'Haren' },
      type: 'overig',
    })
    expect(rows[1]!.problems.map((p) => p.column)).toEqual(['Postcode'])
  })

  test('an organisation: the KvK number is how it is found again', async () => {
    const [row, bad] = await rowsOf(
      'Naam;KvK;Website\nWelzijn Haren;1234 5678;welzijnharen.nl\nX;123;javascript:alert(1)\n',
      'organisations',
    )
    expect(row).toMatchObject({
      match: { kvkNumber: '12345678' },
      data: { name: 'Welzijn Haren', contact: { website: 'https://welzijnharen.nl/' } },
      problems: [],
    })
    expect(bad!.problems.map((p) => p.column)).toEqual(['KvK', 'Website'])
  })
})
