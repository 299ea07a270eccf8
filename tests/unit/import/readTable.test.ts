import { describe, expect, test } from '@jest/globals'
import { zipSync } from 'fflate'
import writeXlsxFile from 'write-excel-file/node'

import { FILE_LIMITS, isFileProblem, readTable, type Table } from '../../../src/lib/import/file'

/** Real-world spreadsheet files as a municipality's export gives them, and the bad ones. */
const bytes = (text: string) => new TextEncoder().encode(text)
const table = async (input: Uint8Array): Promise<Table> => {
  const result = await readTable(input)
  if (isFileProblem(result)) throw new Error(result.en)
  return result
}
const problem = async (input: Uint8Array) => {
  const result = await readTable(input)
  if (!isFileProblem(result)) throw new Error('read a file that should have been refused')
  return result.nl
}

describe('CSV', () => {
  test('Dutch Excel: UTF-8 with BOM, `;`, a quoted newline and a quoted `;`', async () => {
    const t = await table(
      bytes('\uFEFFNaam activiteit;Dag;Kosten\r\nTaalcafé;"ma en\nwo";"€ 2,50; per keer"\r\n'),
    )
    expect(t.headers).toEqual(['Naam activiteit', 'Dag', 'Kosten'])
    expect(t.rows).toEqual([{ row: 2, cells: ['Taalcafé', 'ma en\nwo', '€ 2,50; per keer'] }])
    expect(t.readAs).toBe('CSV, ;, utf-8')
  })

  test('Windows-1252 (Excel "CSV (;)"): é, € and curly quotes are read as such', async () => {
    const t = await table(
      Uint8Array.from([...bytes('Naam;Kosten\n'), 0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20, 0x32]),
    )
    expect(t.rows[0]!.cells).toEqual(['Café', '€ 2'])
    expect(t.readAs).toBe('CSV, ;, windows-1252')
  })

  test('UTF-16 with its mark (Excel "Unicode text"), tab-separated', async () => {
    const text = 'Naam\tPostcode\nBuurthuis\t9751 AB\n'
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const t = await table(utf16)
    expect(t.headers).toEqual(['Naam', 'Postcode'])
    expect(t.rows[0]!.cells).toEqual(['Buurthuis', '9751 AB'])
  })

  test('commas; empty lines are dropped but rows keep the numbers Excel shows', async () => {
    const t = await table(bytes('Naam,Plaats\nA,Haren\n\n,\nB,Assen\n'))
    expect(t.rows).toEqual([
      { row: 2, cells: ['A', 'Haren'] },
      { row: 5, cells: ['B', 'Assen'] },
    ])
  })

  test('an unclosed quote is refused with the line it starts on', async () => {
    expect(await problem(bytes('Naam;Dag\nA;"ma\nB;di\n'))).toMatch(/regel \d+.*aanhalingsteken/)
  })
})

describe('Excel (.xlsx)', () => {
  const xlsx = (data: unknown[][]) =>
    writeXlsxFile(data as never, { dateFormat: 'dd-mm-yyyy' } as never).toBuffer()

  test('the first sheet, with dates as days, numbers and booleans as text', async () => {
    const t = await table(
      await xlsx([
        ['Naam', 'Datum', 'Kosten', 'Gratis'],
        ['Taalcafé', new Date('2027-03-01T00:00:00Z'), 2.5, true],
      ]),
    )
    expect(t.headers).toEqual(['Naam', 'Datum', 'Kosten', 'Gratis'])
    expect(t.rows[0]!.cells).toEqual(['Taalcafé', '2027-03-01', '2.5', 'ja'])
    expect(t.formulas).toEqual([])
  })

  test('formula cells are named by row and column', async () => {
    const t = await table(
      await xlsx([
        ['Naam', 'Kosten'],
        ['A', 1],
        ['B', { type: 'Formula', value: '=B2*2' }],
      ]),
    )
    expect(t.formulas).toEqual([{ row: 3, column: 2 }])
  })

  test('a zip bomb is refused before the spreadsheet reader sees it', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024) })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(await problem(bomb)).toMatch(/pakt uit tot veel meer/)
  })

  test('a damaged .xlsx', async () => {
    expect(await problem(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toMatch(
      /beschadigd/,
    )
  })
})

describe('refused files', () => {
  test.each([
    ['empty', new Uint8Array(0), /leeg/],
    ['only a header', bytes('Naam;Dag\n'), /leeg/],
    ['only blank lines', bytes('\n\n  \n'), /leeg/],
    [
      'old Excel (.xls)',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      /\.xls\)/,
    ],
    [
      'a PDF',
      Uint8Array.from([...bytes('%PDF-1.7\n'), ...new Array<number>(200).fill(0)]),
      /geen spreadsheet/,
    ],
  ])('%s', async (_name, input, message) => {
    expect(await problem(input)).toMatch(message)
  })

  test('over the size limit (the 50 MB file)', async () => {
    expect(await problem(new Uint8Array(50 * 1024 * 1024).fill(0x61))).toMatch(
      /50 MB.*hoogstens 10 MB/,
    )
  })

  test('over the row limit (the 100,000-row file)', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `Activiteit ${i};ma`).join('\n')
    expect(await problem(bytes(`Naam;Dag\n${rows}\n`))).toMatch(
      new RegExp(`100000 regels; hoogstens ${FILE_LIMITS.rows}`),
    )
  })
})
