import type { FlattenedField } from 'payload'

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const dateFits = (value: unknown) =>
  value === null || value === undefined || ((typeof value === 'string' || typeof value === 'number') && Number.isFinite(new Date(value).getTime()))

/**
 * Dates in a REST body, also in groups, tabs and array rows, must be dates: Payload 3.90 does
 * not validate `createdAt`, `updatedAt` or a draft's dates and hands an object straight to the
 * database (500). Returns the path of the first one that is not.
 */
export const badDatePath = (data: Record<string, unknown>, fields: FlattenedField[], prefix = ''): string | undefined => {
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'date' && !dateFits(value)) return path
    if ((field.type === 'group' || field.type === 'tab') && isPlain(value)) {
      const found = badDatePath(value, field.flattenedFields, `${path}.`)
      if (found) return found
    }
    if (field.type === 'array' && Array.isArray(value)) {
      for (const [i, row] of value.entries()) {
        const found = isPlain(row) ? badDatePath(row, field.flattenedFields, `${path}.${i}.`) : undefined
        if (found) return found
      }
    }
  }
  return undefined
}
