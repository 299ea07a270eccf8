import { getTranslation } from '@payloadcms/translations'
import type { Field, FieldAccess, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { fieldAffectsData, tabHasName } from 'payload/shared'

/** One column of an export: a data field somewhere in the document, with its header. */
export interface Column {
  /** "Group label › Field label", in the request's language. */
  header: string
  /** Where the value is in a document: the names of the groups and named tabs around it, then its own. */
  path: string[]
  field: Field
  /**
   * Field read access of the field and of the named groups around it: every one must allow a
   * document's value. `at` is how much of `path` leads to the object the check sees as siblingData.
   */
  access: { read: FieldAccess; at: number }[]
}

type I18n = PayloadRequest['i18n']
type Level = { labels: string[]; path: string[]; access: Column['access'] }

// What has no place in a sheet: layout only, relations seen from the other side, raw JSON, rich text.
const SKIPPED_TYPES = new Set(['ui', 'join', 'json', 'richText'])
/** Secrets never leave the database, whatever the access rules say (auth collections are refused anyway). */
const PASSWORD_LIKE = /password|passwd|secret|token|apikey|^hash$|^salt$/i
/** Payload's own fields, added in a fixed place (id first, status and times last). */
const SYSTEM = ['_status', 'createdAt', 'updatedAt']

/** A label as the admin shows it ({ nl, en }, a string, or Payload's function of `t`); the fallback when there is none. */
export const labelOf = (label: unknown, fallback: string, i18n: I18n): string => {
  if (label === false || label === undefined || label === null) return fallback
  const text: unknown = getTranslation(label as Parameters<typeof getTranslation>[0], i18n)
  return typeof text === 'string' && text ? text : fallback
}

const isHidden = (field: Field): boolean => {
  const admin = field.admin as { hidden?: unknown; disabled?: unknown } | undefined
  return (
    ('hidden' in field && field.hidden === true) ||
    admin?.hidden === true ||
    admin?.disabled === true
  )
}

const inside = (level: Level, label: string, name?: string, read?: FieldAccess): Level => ({
  labels: [...level.labels, label],
  path: name ? [...level.path, name] : level.path,
  access: read ? [...level.access, { read, at: level.path.length }] : level.access,
})

const walk = (fields: Field[], level: Level, i18n: I18n): Column[] =>
  fields.flatMap((field): Column[] => {
    if (isHidden(field)) return []
    switch (field.type) {
      case 'row':
      case 'collapsible':
        return walk(field.fields, level, i18n)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          tabHasName(tab)
            ? walk(tab.fields, inside(level, labelOf(tab.label, tab.name, i18n), tab.name), i18n)
            : walk(tab.fields, level, i18n),
        )
      case 'group':
        return 'name' in field && field.name
          ? walk(
              field.fields,
              inside(level, labelOf(field.label, field.name, i18n), field.name, field.access?.read),
              i18n,
            )
          : walk(
              field.fields,
              field.label ? inside(level, labelOf(field.label, '', i18n)) : level,
              i18n,
            )
      default:
        break
    }
    if (!fieldAffectsData(field) || SKIPPED_TYPES.has(field.type)) return []
    if (PASSWORD_LIKE.test(field.name) || field.name === 'id') return []
    if (!level.path.length && SYSTEM.includes(field.name)) return []
    const read = 'access' in field ? field.access?.read : undefined
    return [
      {
        header: [...level.labels, labelOf(field.label, field.name, i18n)].join(' › '),
        path: [...level.path, field.name],
        field,
        access: read ? [...level.access, { read, at: level.path.length }] : level.access,
      },
    ]
  })

const systemColumn = (field: Field | undefined, i18n: I18n): Column[] =>
  field && 'name' in field
    ? [
        {
          header: labelOf(field.label, field.name, i18n),
          path: [field.name],
          field,
          access: [],
        },
      ]
    : []

/**
 * The columns of a collection's export: id, every data field a person reads in the edit view
 * (groups and named tabs as "Group › Field"), then the status (with drafts) and the times.
 * Left out: hidden and disabled fields, layout, joins, JSON, rich text and anything like a
 * password. Whether a person may read a value is decided per document (see `mayRead`).
 */
export const exportColumns = (config: SanitizedCollectionConfig, i18n: I18n): Column[] => {
  const top = (name: string) =>
    config.fields.find<Field>((f): f is Field => fieldAffectsData(f) && f.name === name)
  const id: Field = { name: 'id', type: 'text', label: 'ID' }
  return [
    ...systemColumn(top('id') ?? id, i18n),
    ...walk(config.fields, { labels: [], path: [], access: [] }, i18n),
    ...SYSTEM.flatMap((name) => systemColumn(top(name), i18n)),
  ]
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The value at a path of a document; undefined when a group or tab on the way is missing. */
export const valueAt = (doc: unknown, path: string[]): unknown =>
  path.reduce<unknown>((value, name) => (isObject(value) ? value[name] : undefined), doc)

/** Whether the request's user may read this column's value in this document (field access, as Payload checks it). */
export const mayRead = async (
  column: Column,
  doc: Record<string, unknown>,
  req: PayloadRequest,
): Promise<boolean> => {
  for (const { read, at } of column.access) {
    const siblingData = valueAt(doc, column.path.slice(0, at))
    const allowed = await read({
      req,
      id: doc.id as number | string,
      doc,
      data: doc,
      siblingData: isObject(siblingData) ? siblingData : {},
    })
    if (!allowed) return false
  }
  return true
}
