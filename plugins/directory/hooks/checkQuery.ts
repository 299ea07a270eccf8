import type { FlattenedField, Payload } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { inLanguage, type WithI18n } from '../../../collections/fields/inLanguage'
import { type Leaf, resolveQueryPath } from './queryPath'

/** Why a query cannot be run, in words for whoever sent it; undefined when it can. */
export type Problem = string | undefined

interface Collection {
  /** Whose query: its language is the message's. */
  req: WithI18n
  payload: Payload
  slug: string
  fields: FlattenedField[]
}

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isScalar = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)
const LISTS = new Set(['in', 'not_in', 'all'])
const ORDERED = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const GEO = new Set(['near', 'within', 'intersects'])
const BOOLEAN = /^(true|false)$/

/** One value against what the path holds: ids and numbers must be numbers, dates dates. */
const valueFits = (leaf: Leaf, operator: string, value: unknown): boolean => {
  if (!isScalar(value)) return leaf.kind === 'json' || (leaf.kind === 'point' && !GEO.has(operator))
  if (value === null || value === '') return operator === 'equals' || operator === 'not_equals'
  const text = String(value)
  switch (leaf.kind) {
    case 'id':
      return leaf.idType === 'number' ? /^-?\d{1,15}$/.test(text) : text.length <= 100
    case 'number':
      return Number.isFinite(Number(text))
    case 'date':
      return Number.isFinite(new Date(text).getTime())
    case 'checkbox':
      return BOOLEAN.test(text)
    case 'whole':
      return false
    default:
      return !ORDERED.has(operator) || leaf.kind === 'text'
  }
}

const checkCondition = (c: Collection, path: string, condition: unknown): Problem => {
  const resolved = resolveQueryPath(c.payload, c.slug, c.fields, path)
  if ('refused' in resolved) {
    return resolved.refused === 'nested'
      ? inLanguage(
          c.req,
          `Zoeken in een gekoppeld document kan niet: ${path}.`,
          `Querying inside a related document is not possible: ${path}.`,
        )
      : inLanguage(c.req, `Dit veld bestaat niet: ${path}.`, `This field does not exist: ${path}.`)
  }
  if (!isPlain(condition) || !Object.keys(condition).length) {
    return inLanguage(
      c.req,
      `Geef een vergelijking voor ${path}.`,
      `Give a comparison for ${path}.`,
    )
  }
  for (const [operator, value] of Object.entries(condition)) {
    const bad = inLanguage(
      c.req,
      `Deze vergelijking kan niet: ${path} ${operator}.`,
      `This comparison is not possible: ${path} ${operator}.`,
    )
    if (!validOperatorSet.has(operator as never)) return bad
    // Geo operators and `all` throw inside the SQLite adapter of Payload 3.90 (distance search is ours).
    if (GEO.has(operator) && (resolved.leaf.kind !== 'point' || c.payload.db.name !== 'mongoose'))
      return bad
    if (operator === 'all' && c.payload.db.name !== 'mongoose') return bad
    if (operator === 'exists') {
      if (!BOOLEAN.test(String(value))) return bad
      continue
    }
    if (resolved.leaf.kind === 'whole') return bad
    const values = LISTS.has(operator)
      ? typeof value === 'string'
        ? value.split(',')
        : Array.isArray(value)
          ? value
          : isPlain(value)
            ? Object.values(value)
            : [value]
      : [value]
    if (!values.every((v) => valueFits(resolved.leaf, operator, v))) return bad
  }
  return undefined
}

const notPossible = (c: Collection) =>
  inLanguage(c.req, 'Deze zoekvraag kan niet.', 'This query is not possible.')

/** A `where` as REST parses it: paths with comparisons, `and`/`or` lists of the same. */
export const checkWhere = (c: Collection, where: unknown, depth = 0): Problem => {
  if (where === undefined) return undefined
  if (!isPlain(where) || depth > 8) return notPossible(c)
  for (const [key, value] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      // qs turns long lists (over 20 items) into objects with numeric keys.
      const list = Array.isArray(value) ? value : isPlain(value) ? Object.values(value) : undefined
      if (!list) return notPossible(c)
      for (const part of list) {
        const problem = checkWhere(c, part, depth + 1)
        if (problem) return problem
      }
      continue
    }
    const problem = checkCondition(c, key, value)
    if (problem) return problem
  }
  return undefined
}

/** `sort`: one or more paths of this collection's own fields, each optionally with `-`. */
export const checkSort = (c: Collection, sort: unknown): Problem => {
  if (sort === undefined || sort === '') return undefined
  const list = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : undefined
  if (!list || !list.every((s) => typeof s === 'string'))
    return inLanguage(c.req, 'Zo sorteren kan niet.', 'Cannot sort like this.')
  for (const raw of list) {
    const path = raw.trim().replace(/^-/, '')
    const resolved = resolveQueryPath(c.payload, c.slug, c.fields, path)
    if (
      'refused' in resolved ||
      resolved.leaf.kind === 'whole' ||
      resolved.leaf.kind === 'json' ||
      resolved.leaf.kind === 'point'
    ) {
      return inLanguage(c.req, `Sorteren op ${path} kan niet.`, `Cannot sort by ${path}.`)
    }
  }
  return undefined
}
