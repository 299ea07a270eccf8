import type { CollectionSlug, FlattenedField, Payload } from 'payload'

/** What a query path ends on, as far as checking its values goes. */
export type Leaf =
  | { kind: 'id'; idType: 'number' | 'text' }
  | { kind: 'number' | 'date' | 'checkbox' | 'text' | 'point' | 'json' | 'whole' }

export type Resolved = { leaf: Leaf } | { refused: 'unknown' | 'nested' }

const idOf = (payload: Payload, slug: string): Leaf => ({
  kind: 'id',
  idType:
    (payload.collections[slug as CollectionSlug]?.customIDType ?? payload.db.defaultIDType) ===
    'number'
      ? 'number'
      : 'text',
})

const SCALAR: Partial<Record<FlattenedField['type'], Exclude<Leaf['kind'], 'id'>>> = {
  number: 'number',
  date: 'date',
  checkbox: 'checkbox',
  point: 'point',
  json: 'json',
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  select: 'text',
  radio: 'text',
}

/**
 * Resolves a `where` or `sort` path (`schedule.startTime`, `organisation`, `listing.value`)
 * against one collection's own fields. A path may end on a related document's id, never
 * walk into it (`organisation.members.email`): the related collection's access rules are
 * not applied along such a path (Payload 3.90 answers 500 where they would narrow it), and
 * sorting by another document's private field tells its order. Join fields are not queried.
 */
export const resolveQueryPath = (
  payload: Payload,
  slug: string,
  fields: FlattenedField[],
  path: string,
): Resolved => {
  const [name, ...rest] = path.split('.')
  if (name === 'id' && !fields.some((f) => f.name === 'id')) {
    return rest.length ? { refused: 'unknown' } : { leaf: idOf(payload, slug) }
  }
  const field = fields.find((f) => f.name === name)
  if (!field) return { refused: 'unknown' }
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      if (!rest.length)
        return field.type === 'array' ? { leaf: { kind: 'whole' } } : { refused: 'unknown' }
      // Rows of an array have text ids of their own.
      if (field.type === 'array' && rest.length === 1 && rest[0] === 'id')
        return { leaf: { kind: 'text' } }
      return resolveQueryPath(payload, slug, field.flattenedFields, rest.join('.'))
    case 'blocks': {
      if (!rest.length) return { leaf: { kind: 'whole' } }
      if (rest.join('.') === 'blockType' || rest.join('.') === 'id')
        return { leaf: { kind: 'text' } }
      for (const block of field.blocks) {
        const found =
          typeof block === 'string'
            ? undefined
            : resolveQueryPath(payload, slug, block.flattenedFields, rest.join('.'))
        if (found && 'leaf' in found) return found
      }
      return { refused: 'unknown' }
    }
    case 'relationship':
    case 'upload': {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      const sub = rest.join('.')
      if (!Array.isArray(field.relationTo)) {
        if (!sub || sub === 'id') return { leaf: idOf(payload, targets[0]!) }
        return { refused: 'nested' }
      }
      if (sub === 'relationTo') return { leaf: { kind: 'text' } }
      // One id type for every target, or it cannot be checked: then only `exists` makes sense.
      const types = new Set(targets.map((t) => (idOf(payload, t) as { idType: string }).idType))
      if (sub === 'value')
        return { leaf: types.size === 1 ? idOf(payload, targets[0]!) : { kind: 'whole' } }
      return sub ? { refused: 'nested' } : { leaf: { kind: 'whole' } }
    }
    case 'join':
      return { refused: 'nested' }
    default: {
      const kind = SCALAR[field.type]
      if (!kind) return rest.length ? { refused: 'unknown' } : { leaf: { kind: 'whole' } }
      // JSON fields are queried inside; other scalars have nothing inside.
      if (rest.length && kind !== 'json') return { refused: 'unknown' }
      return { leaf: { kind } }
    }
  }
}
