import { Layout } from '../components/Layout'
import { usePage } from '../context'
import { formatDay } from '../i18n'

/** The accessibility statement (toegankelijkheidsverklaring) with a way to report problems. */
export const AccessibilityPage = () => {
  const { t, site, locale } = usePage()
  return (
    <Layout title={t('accessibilityPage.title')} description={t('accessibilityPage.lead')}>
      <h1>{t('accessibilityPage.title')}</h1>
      <p className="lead">{t('accessibilityPage.lead')}</p>
      <h2>{t('accessibilityPage.standardTitle')}</h2>
      <p>{t('accessibilityPage.standard')}</p>
      <p>{t('accessibilityPage.worksWithout')}</p>
      <h2>{t('accessibilityPage.knownTitle')}</h2>
      <p>{t('accessibilityPage.known')}</p>
      <h2>{t('accessibilityPage.contactTitle')}</h2>
      {site.accessibilityEmail ? (
        <p>
          {t('accessibilityPage.contact')}{' '}
          <a href={`mailto:${site.accessibilityEmail}`}>{site.accessibilityEmail}</a>.{' '}
          {t('accessibilityPage.contactAnswer')}
        </p>
      ) : (
        <p>{t('accessibilityPage.contactNoEmail')}</p>
      )}
      {site.accessibilityReviewed ? (
        <p>
          {t('accessibilityPage.reviewed', { date: formatDay(site.accessibilityReviewed, locale) })}
        </p>
      ) : null}
    </Layout>
  )
}
