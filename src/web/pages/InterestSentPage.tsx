import { Layout } from '../components/Layout'
import { usePage } from '../context'

/** After "ik heb interesse": sent, what happens next, and when the data is deleted. */
export const InterestSentPage = ({
  title,
  listingHref,
  organisation,
}: {
  title: string
  listingHref: string
  organisation: string
}) => {
  const { t, contact } = usePage()
  return (
    <Layout title={t('interest.sentTitle')} robots="noindex">
      <div className="form-page">
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <h1>{t('interest.sentTitle')}</h1>
          <p>{t('interest.sentLead', { organisation })}</p>
        </div>
        <h2>{t('interest.sentNext')}</h2>
        <ol className="next-steps">
          <li>{t('interest.sentStep1', { organisation })}</li>
          <li>{t('interest.sentStep2')}</li>
        </ol>
        <p>{t('interest.sentPrivacy', { days: contact.retentionDays })}</p>
        <p>
          <a href={listingHref}>{t('interest.back', { title })}</a>
        </p>
      </div>
    </Layout>
  )
}
