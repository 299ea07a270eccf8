import { DateTime } from 'luxon'
import type { CollectionSlug, Field, Payload, PayloadRequest } from 'payload'
import { fieldAffectsData } from 'payload/shared'

import { inLanguage } from '../../../collections/fields/inLanguage'
import type { Cell } from '../../../src/lib/export/sheet'
import { type Column, isObject, labelOf, mayRead, valueAt } from './columns'

/** What turning values into cells needs from the request. */
interface Context {
  i18n: PayloadRequest['i18n']
  payload: Payload
  yes: string
  no: string
}

const ZONE = 'Europe/Amsterdam'
/** Between the values of a hasMany field or of a list, in one cell. */
const JOIN = '; '
/** Subfields whose values read well joined in one cell. */
const JOINABLE = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'date', 'number'])

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])

/** Dutch notation in Dutch time; a day-only field (stored at noon UTC) without its time. */
const dateText = (value: unknown, field: Field): string => {
  const date = DateTime.fromISO(String(value), { zone: 'utc' }).setZone(ZONE)
  if (!date.isValid) return String(value)
  const appearance = field.type === 'date' ? field.admin?.date?.pickerAppearance : undefined
  return date.toFormat(
    appearance === 'dayOnly'
      ? 'dd-MM-yyyy'
      : appearance === 'timeOnly'
        ? 'HH:mm'
        : 'dd-MM-yyyy HH:mm',
  )
}

const optionLabel = (field: Field, value: unknown, ctx: Context): string => {
  const options = field.type === 'select' || field.type === 'radio' ? field.options : []
  const option = options.find((o) => (typeof o === 'string' ? o : o.value) === value)
  return option && typeof option === 'object'
    ? labelOf(option.label, option.value, ctx.i18n)
    : String(value)
}

/** A related document as its title (the collection's `useAsTitle`); its id when it is not populated or has no title. */
const titleOf = (relationTo: string | string[], value: unknown, ctx: Context): string => {
  const polymorphic = Array.isArray(relationTo) && isObject(value) && 'relationTo' in value
  const slug = polymorphic ? String(value.relationTo) : relationTo
  const doc = polymorphic ? value.value : value
  if (!isObject(doc)) return String(doc)
  const useAsTitle =
    typeof slug === 'string'
      ? ctx.payload.collections[slug as CollectionSlug]?.config.admin.useAsTitle
      : ''
  const title = useAsTitle ? doc[useAsTitle] : undefined
  return typeof title === 'string' || typeof title === 'number'
    ? String(title) || String(doc.id)
    : String(doc.id)
}

/** The one data field of an array's items (rows and collapsibles looked through), when it joins well. */
const soleSubfield = (fields: Field[]): Field | undefined => {
  const data = fields.flatMap((f): Field[] =>
    f.type === 'row' || f.type === 'collapsible'
      ? f.fields
      : // Payload gives every item an `id` field of its own.
        fieldAffectsData(f) && f.name !== 'id'
        ? [f]
        : [],
  )
  const only = data.length === 1 ? data[0] : undefined
  return only && JOINABLE.has(only.type) && !('access' in only && only.access?.read)
    ? only
    : undefined
}

/**
 * A list (array or blocks) in one cell: the values joined when its items have a single simple
 * field (the dates a schedule skips), otherwise the number of items (opening hours, rooms).
 */
const listCell = (field: Field, value: unknown, ctx: Context): Cell => {
  const items = Array.isArray(value) ? value : []
  const sole = field.type === 'array' ? soleSubfield(field.fields) : undefined
  if (!sole || !('name' in sole)) return items.length
  return items
    .map((item) => cellOf(sole, isObject(item) ? item[sole.name] : undefined, ctx))
    .filter((cell) => cell !== null && cell !== '')
    .join(JOIN)
}

/** One value as a cell: labels for options and relations, Dutch dates, Ja/Nee, numbers as numbers. */
const cellOf = (field: Field, value: unknown, ctx: Context): Cell => {
  if (value === undefined || value === null) return null
  switch (field.type) {
    case 'select':
    case 'radio':
      return listOf(value)
        .map((v) => optionLabel(field, v, ctx))
        .join(JOIN)
    case 'relationship':
    case 'upload':
      return listOf(value)
        .map((v) => titleOf(field.relationTo, v, ctx))
        .join(JOIN)
    case 'date':
      return dateText(value, field)
    case 'checkbox':
      return value ? ctx.yes : ctx.no
    case 'number':
      return Array.isArray(value) ? value.join(JOIN) : Number(value)
    case 'point':
      // As stored and as the admin labels it: longitude, latitude.
      return Array.isArray(value) ? value.map(String).join(', ') : null
    case 'array':
    case 'blocks':
      return listCell(field, value, ctx)
    default:
      if (Array.isArray(value)) return value.map(String).join(JOIN)
      if (['string', 'number', 'boolean'].includes(typeof value)) return value as Cell
      return JSON.stringify(value) ?? null
  }
}

/**
 * The sheet: a header row and one row per document. A value the user may not read (field access
 * per document) is an empty cell, and a column they may read in no document is left out.
 */
export const sheetRows = async (
  columns: Column[],
  docs: Record<string, unknown>[],
  req: PayloadRequest,
): Promise<Cell[][]> => {
  const readable: boolean[][] = []
  for (const doc of docs) {
    const row: boolean[] = []
    for (const column of columns)
      row.push(!column.access.length || (await mayRead(column, doc, req)))
    readable.push(row)
  }
  const kept = columns.flatMap((column, i) =>
    !column.access.length || readable.some((row) => row[i]) ? [i] : [],
  )
  const ctx: Context = {
    i18n: req.i18n,
    payload: req.payload,
    yes: inLanguage(req, 'Ja', 'Yes'),
    no: inLanguage(req, 'Nee', 'No'),
  }
  return [
    kept.map((i) => columns[i]!.header),
    ...docs.map((doc, d) =>
      kept.map((i) =>
        readable[d]![i] ? cellOf(columns[i]!.field, valueAt(doc, columns[i]!.path), ctx) : null,
      ),
    ),
  ]
}
