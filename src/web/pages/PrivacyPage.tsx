import { Layout } from '../components/Layout'
import { usePage } from '../context'

/** The privacy statement: what each form asks, who sees it, how long it is kept, and your rights. */
export const PrivacyPage = () => {
  const { t, contact } = usePage()
  return (
    <Layout title={t('privacyPage.title')} description={t('privacyPage.lead')}>
      <div className="form-page">
        <h1>{t('privacyPage.title')}</h1>
        <p className="lead">{t('privacyPage.lead')}</p>
        <h2>{t('privacyPage.searchTitle')}</h2>
        <p>{t('privacyPage.search')}</p>
        <p>{t('privacyPage.ip')}</p>
        <h2>{t('privacyPage.interestTitle')}</h2>
        <p>{t('privacyPage.interest')}</p>
        <p>{t('privacyPage.interestDeleted', { days: contact.retentionDays })}</p>
        <h2 id="nieuwe-plekken">{t('privacyPage.alertsTitle')}</h2>
        <p>{t('privacyPage.alerts')}</p>
        <h2 id="verwijzing">{t('privacyPage.referralTitle')}</h2>
        <p>{t('privacyPage.referral', { days: contact.referral.retentionDays })}</p>
        <h2>{t('privacyPage.reportTitle')}</h2>
        <p>{t('privacyPage.report')}</p>
        <h2>{t('privacyPage.loketTitle')}</h2>
        <p>{t('privacyPage.loket')}</p>
        <h2 id="rechten">{t('privacyPage.rightsTitle')}</h2>
        <p>{t('privacyPage.rights')}</p>
        <PrivacyContact />
      </div>
    </Layout>
  )
}

/** Where a resident asks to see or delete their data: the site's privacy address, else its owner. */
const PrivacyContact = () => {
  const { t, site } = usePage()
  return site.privacyEmail ? (
    <p>
      {t('privacyPage.rightsEmail')} <a href={`mailto:${site.privacyEmail}`}>{site.privacyEmail}</a>
      .
    </p>
  ) : (
    <p>
      {t('privacyPage.rightsNoEmail', { owner: site.owner ?? t('privacyPage.rightsOwnerUnknown') })}
    </p>
  )
}
