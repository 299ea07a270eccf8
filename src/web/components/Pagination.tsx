import { usePage } from '../context'

/** Page links (NL Design System pagination); the current page is marked for screen readers. */
export const Pagination = ({
  page,
  pages,
  link,
}: {
  page: number
  pages: number
  link: (page: number) => string
}) => {
  const { t } = usePage()
  if (pages <= 1) return null
  const window = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b)
  return (
    <nav className="utrecht-pagination" aria-label={t('results.pagination')}>
      {page > 1 ? (
        <a
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
          href={link(page - 1)}
          rel="prev"
        >
          {t('results.previous')}
        </a>
      ) : null}{' '}
      {window.map((p, i) => (
        <span key={p}>
          {i > 0 && p - window[i - 1]! > 1 ? <span aria-hidden="true"> … </span> : null}
          <a
            className={`utrecht-pagination__page-link${p === page ? ' utrecht-pagination__page-link--current' : ''}`}
            href={link(p)}
            aria-current={p === page ? 'page' : undefined}
            aria-label={t('results.page', { page: p })}
          >
            {p}
          </a>{' '}
        </span>
      ))}
      {page < pages ? (
        <a
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
          href={link(page + 1)}
          rel="next"
        >
          {t('results.next')}
        </a>
      ) : null}
    </nav>
  )
}
