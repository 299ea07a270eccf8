import { Layout } from '../components/Layout'
import { usePage } from '../context'
import { FEED_PATH, THEMES_SCHEME_PATH, themeAnchor } from '../../lib/openactive/sessionSeries'

interface Theme {
  id: string
  name: string
  nameEn?: string
}

/** One way in: what it is, its address, and a request to try. */
const Source = ({
  title,
  text,
  url,
  example,
}: {
  title: string
  text: string
  url: string
  example: string
}) => {
  const { t } = usePage()
  return (
    <section>
      <h2>{title}</h2>
      <p>{text}</p>
      <p>
        <a href={url}>
          <code>{url}</code>
        </a>
      </p>
      <p>{t('openDataPage.example')}:</p>
      <pre>
        <code>{example}</code>
      </pre>
    </section>
  )
}

/**
 * `/open-data`: the feeds and APIs other sites may use, their licence, and the site's themes as
 * the concept scheme the feed's activities point at (one anchor per theme).
 */
export const OpenDataPage = ({ themes }: { themes: Theme[] }) => {
  const { t, site, serverURL, locale } = usePage()
  const feed = `${serverURL}${FEED_PATH}`
  const hsds = `${serverURL}/api/hsds`
  return (
    <Layout title={t('openDataPage.title')} description={t('openDataPage.lead')}>
      <div className="form-page">
        <h1>{t('openDataPage.title')}</h1>
        <p className="lead">{t('openDataPage.lead')}</p>
        <Source
          title={t('openDataPage.feedTitle')}
          text={t('openDataPage.feed')}
          url={feed}
          example={`curl '${feed}?afterChangeNumber=0'`}
        />
        <p>{t('openDataPage.feedOutdoor')}</p>
        <Source
          title={t('openDataPage.hsdsTitle')}
          text={t('openDataPage.hsds')}
          url={hsds}
          example={`curl '${hsds}/services?search=taal&per_page=10'`}
        />
        <p>
          <a href={`${hsds}/profile`}>{t('openDataPage.profile')}</a>
        </p>
        <Source
          title={t('openDataPage.searchTitle')}
          text={t('openDataPage.search')}
          url={`${serverURL}/api/directory/openapi.json`}
          example={`curl '${serverURL}/api/directory/search?q=taalcafe&postcode=9751AB'`}
        />
        <h2>{t('openDataPage.licenseTitle')}</h2>
        <p>
          {t('openDataPage.license')} <a href={site.license.url}>{site.license.name}</a>.{' '}
          {t('openDataPage.attribution', { site: site.name })}
        </p>
        <h2>{t('openDataPage.privacyTitle')}</h2>
        <p>{t('openDataPage.privacy')}</p>
        <h2 id="themas">{t('openDataPage.themesTitle')}</h2>
        <p>{t('openDataPage.themes')}</p>
        <ul>
          {themes.map((theme) => (
            <li key={theme.id} id={themeAnchor(theme.id)}>
              {locale === 'en' && theme.nameEn ? theme.nameEn : theme.name}{' '}
              <code>{`${serverURL}${THEMES_SCHEME_PATH}#${themeAnchor(theme.id)}`}</code>
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  )
}
