import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { defuse, toCsv, toXlsx } from '../../../src/lib/export/sheet'
import { IMPORT_COLUMNS } from '../../../src/lib/import/columns'
import { isFileProblem, readTable, type Table } from '../../../src/lib/import/file'
import { suggestMapping } from '../../../src/lib/import/mapping'
import { templateFile } from '../../../src/lib/import/template'

/** What we write (templates, exports) reads back as written, and never as a formula. */
const read = async (bytes: Uint8Array): Promise<Table> => {
  const t = await readTable(bytes)
  if (isFileProblem(t)) throw new Error(t.en)
  return t
}

describe('formula injection', () => {
  test.each(['=1+1', '+31 6 1234', '-5', '@SUM(A1)', '\t=1', '\r=1'])(
    '%j is defused in CSV',
    (text) => {
      expect(defuse(text)).toBe(`'${text}`)
    },
  )
  test.each(['Taalcafé', '1e dinsdag', '', 'a=b'])('%j stays as it is', (text) => {
    expect(defuse(text)).toBe(text)
  })
  test('CSV: every text reads back as written, or with an apostrophe when it starts like a formula', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        async (cells) => {
          const clean = cells.map((c) => c.replace(/\0/g, ''))
          fc.pre(clean.some((c) => c.trim() !== ''))
          const t = await read(toCsv([clean.map((_, i) => `Kolom ${i}`), clean]))
          expect(t.rows[0]!.cells).toEqual(clean.map((c) => String(defuse(c))))
        },
      ),
      { numRuns: 60 },
    )
  })
  test('.xlsx: a text that looks like a formula is a text cell with its exact value', async () => {
    const t = await read(await toXlsx([['Naam'], ['=HYPERLINK("https://x.test")']]))
    expect(t.rows[0]!.cells).toEqual(['=HYPERLINK("https://x.test")'])
    expect(t.formulas).toEqual([])
  })
})

describe('templates', () => {
  test.each(['organisations', 'venues', 'activities', 'openings'] as const)(
    '%s: CSV and .xlsx read back with our headers, which map onto every column',
    async (kind) => {
      for (const format of ['csv', 'xlsx'] as const) {
        const t = await read(await templateFile(kind, format))
        expect(t.headers).toEqual(IMPORT_COLUMNS[kind].map((c) => c.label.nl))
        expect(suggestMapping(t.headers, kind).missing).toEqual([])
        expect(t.rows).toHaveLength(1)
      }
    },
  )
})
