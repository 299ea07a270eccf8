import { createHash } from 'node:crypto'

/** A short hash for cache-busting values that are not files (the theme's stylesheet). */
export const shortHash = (value: string): string =>
  createHash('sha256').update(value).digest('hex').slice(0, 10)
