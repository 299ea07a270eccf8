import type { ReactNode } from 'react'

import { usePage } from '../context'

export interface ListingCardProps {
  href: string
  title: string
  kind: string
  /** Safe HTML from the search engine (matches in <mark>), or plain text. */
  snippetHtml?: string
  summary?: string
  badges: string[]
  facts: string[]
  headingLevel?: 2 | 3
  /** The next start (ISO), for what reads the page: a list ordered by date says so. */
  next?: string | null
  /** Shown at the end of the card (the questionnaire's "Waarom dit bij je past"). */
  children?: ReactNode
}

/** One listing in a list: kind, linked title, the text, plain facts and a few badges. */
export const ListingCard = ({
  href,
  title,
  kind,
  snippetHtml,
  summary,
  badges,
  facts,
  headingLevel = 3,
  next,
  children,
}: ListingCardProps) => {
  const { t } = usePage()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <li className="card" data-next={next ?? undefined}>
      <p className="card-kind">{kind}</p>
      <Heading className="card-title">
        <a href={href}>{title}</a>
      </Heading>
      {snippetHtml ? <p dangerouslySetInnerHTML={{ __html: snippetHtml }} /> : <p>{summary}</p>}
      {facts.length ? (
        <ul className="card-facts">
          {facts.map((fact, i) => (
            <li key={i}>{fact}</li>
          ))}
        </ul>
      ) : null}
      {badges.length ? (
        <ul className="badges" aria-label={t('detail.lowThreshold')}>
          {badges.map((b) => (
            <li key={b} className="badge">
              {b}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </li>
  )
}
