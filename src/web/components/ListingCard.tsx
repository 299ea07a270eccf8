import type { ReactNode } from 'react'

export interface ListingCardProps {
  title: string
  summary: string
  badges: string[]
  facts: ReactNode[]
}

/** One listing in a list: a heading, the summary, plain facts and a few badges. */
export const ListingCard = ({ title, summary, badges, facts }: ListingCardProps) => (
  <li className="card">
    <h3 className="card-title">{title}</h3>
    <p>{summary}</p>
    {facts.length ? (
      <ul className="card-facts">
        {facts.map((fact, i) => (
          <li key={i}>{fact}</li>
        ))}
      </ul>
    ) : null}
    {badges.length ? (
      <ul className="badges" aria-label="Kenmerken">
        {badges.map((b) => (
          <li key={b} className="badge">
            {b}
          </li>
        ))}
      </ul>
    ) : null}
  </li>
)
