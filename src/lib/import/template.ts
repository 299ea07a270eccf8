import { type Cell, toCsv, toXlsx } from '../export/sheet'
import type { Locale } from '../paths'
import { IMPORT_COLUMNS, type ImportKind } from './columns'

/** The downloadable template per kind: our headers and one example row, as CSV or .xlsx. */
const templateRows = (kind: ImportKind, locale: Locale): Cell[][] => {
  const columns = IMPORT_COLUMNS[kind]
  return [columns.map((c) => c.label[locale]), columns.map((c) => c.example)]
}

export const templateFile = (
  kind: ImportKind,
  format: 'csv' | 'xlsx',
  locale: Locale = 'nl',
): Promise<Buffer> =>
  format === 'csv'
    ? Promise.resolve(toCsv(templateRows(kind, locale)))
    : toXlsx(templateRows(kind, locale), locale === 'nl' ? 'Voorbeeld' : 'Example')
