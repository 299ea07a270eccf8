/**
 * HSDS 3.0 paging: `page` (from 1) and `per_page`, and the Page fields around `contents`
 * (total_items, total_pages, page_number, size, first_page, last_page, empty).
 */
const HSDS_PER_PAGE = { default: 50, max: 500 } as const

export interface HsdsPaging {
  page: number
  perPage: number
}

const positive = (raw: unknown): number | null =>
  typeof raw === 'string' && /^\d{1,6}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null

/** The paging asked for, or the parameter that is wrong. */
export const readPaging = (
  query: Record<string, unknown>,
): { ok: true; paging: HsdsPaging } | { ok: false; parameter: 'page' | 'per_page' } => {
  const page = query.page === undefined ? 1 : positive(query.page)
  if (page === null) return { ok: false, parameter: 'page' }
  const perPage = query.per_page === undefined ? HSDS_PER_PAGE.default : positive(query.per_page)
  if (perPage === null || perPage > HSDS_PER_PAGE.max) return { ok: false, parameter: 'per_page' }
  return { ok: true, paging: { page, perPage } }
}

export const hsdsPage = <T>(contents: T[], totalItems: number, { page, perPage }: HsdsPaging) => {
  const totalPages = Math.ceil(totalItems / perPage)
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

/** The items of one page of a list that is all in hand (a short one: the taxonomies, the themes). */
export const pageOfAll = <T>(all: T[], paging: HsdsPaging) => {
  const start = (paging.page - 1) * paging.perPage
  return { contents: all.slice(start, start + paging.perPage), total: all.length }
}

/** A whole page (Page fields and contents) of a list that is all in hand. */
export const hsdsPageOf = <T>(all: T[], paging: HsdsPaging) => {
  const { contents, total } = pageOfAll(all, paging)
  return hsdsPage(contents, total, paging)
}
