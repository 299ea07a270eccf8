/** A query a resident might type, with the listings a person would want to see for it (by slug). */
export const QUERY_CLASSES = [
  'plain',
  'compound-part',
  'compound-whole',
  'typo',
  'kind',
  'synonym',
  'english',
] as const
export type QueryClass = (typeof QUERY_CLASSES)[number]

export interface JudgedQuery {
  text: string
  locale: 'nl' | 'en'
  class: QueryClass
  /** Slugs of the listings a resident typing `text` wants to see (judged by reading them). */
  relevant: string[]
  note?: string
}

/** `judged('plain')('koken', [...])`: a query of one class and locale. */
export const judged =
  (cls: QueryClass, locale: 'nl' | 'en' = 'nl') =>
  (text: string, relevant: readonly string[], note?: string): JudgedQuery => ({
    text,
    locale,
    class: cls,
    relevant: [...new Set(relevant)],
    ...(note ? { note } : {}),
  })

/** Targets of the relevance issue, per class. */
export const TARGETS = { recall: 0.95, mrr: 0.8 } as const
