import type { FlattenedField } from 'payload'

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isDate = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number') &&
  Number.isFinite(new Date(value).getTime())
const isNumber = (value: unknown) =>
  (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) &&
  Number.isFinite(Number(value))

/** `{ relationTo, value }`, as a relationship to several collections is written. */
const isTypedRelation = (v: unknown) => isPlain(v) && typeof v.relationTo === 'string'

/**
 * A relationship to several collections takes `{ relationTo, value }` (a list of them when it
 * has many): Payload 3.90 reads `relationTo` off each item unchecked, so a list holding null or
 * a number is a 500. Relationships to one collection are left to Payload, which checks them.
 */
const fitsRelation = (field: FlattenedField, value: unknown, many: boolean) => {
  if (!('relationTo' in field) || !Array.isArray(field.relationTo)) return true
  return many ? Array.isArray(value) && value.every(isTypedRelation) : isTypedRelation(value)
}

/** Whether one value can be what a scalar field holds; other field types are left to Payload. */
const fits = (field: FlattenedField, value: unknown): boolean => {
  if (value === null || value === undefined) return true
  const many = 'hasMany' in field && field.hasMany === true
  if (many && (field.type === 'select' || field.type === 'number' || field.type === 'text')) {
    return (
      Array.isArray(value) &&
      value.every((v) => fits({ ...field, hasMany: false } as FlattenedField, v))
    )
  }
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return fitsRelation(field, value, many)
    case 'date':
      return isDate(value)
    case 'number':
      return isNumber(value)
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false'
    // Text too: an object or a list there reached the database as is (500 on a global's update).
    case 'select':
    case 'radio':
    case 'text':
    case 'textarea':
    case 'email':
      return typeof value === 'string'
    default:
      return true
  }
}

/**
 * Scalars in a REST body, also in groups, tabs and array rows, must be of their field's kind:
 * Payload 3.90 does not validate `createdAt`, `updatedAt`, `_status` or a draft's values and
 * hands an object or a list straight to the database (500). Returns the first bad path.
 */
export const badValuePath = (
  data: Record<string, unknown>,
  fields: FlattenedField[],
  prefix = '',
): string | undefined => {
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (!fits(field, value)) return path
    if ((field.type === 'group' || field.type === 'tab') && isPlain(value)) {
      const found = badValuePath(value, field.flattenedFields, `${path}.`)
      if (found) return found
    }
    if (field.type === 'array' && Array.isArray(value)) {
      for (const [i, row] of value.entries()) {
        const found = isPlain(row)
          ? badValuePath(row, field.flattenedFields, `${path}.${i}.`)
          : undefined
        if (found) return found
      }
    }
  }
  return undefined
}
