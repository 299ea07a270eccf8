import type { ReactNode } from 'react'

export interface LayoutProps {
  title: string
  description?: string
  children: ReactNode
}

/** The frame of every public page: skip link, header, main landmark and footer. */
export const Layout = ({ title, description, children }: LayoutProps) => (
  <html lang="nl">
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} – Meedoen`}</title>
      {description ? <meta name="description" content={description} /> : null}
      <link rel="stylesheet" href="/assets/site.css" />
    </head>
    <body>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="site-header">
        <div className="wrap">
          <a className="site-name" href="/">
            Meedoen
          </a>
          <span className="site-tagline">Doe mee in je buurt</span>
        </div>
      </header>
      <main id="inhoud" className="wrap" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            Meedoen laat zien waar je in je buurt kunt meedoen, vrijwilligerswerk kunt doen of kunt werken en leren.
          </p>
          <p>
            <a href="/admin">Inloggen voor organisaties</a>
          </p>
        </div>
      </footer>
    </body>
  </html>
)
