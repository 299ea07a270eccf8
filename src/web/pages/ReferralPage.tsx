import { Layout } from '../components/Layout'
import { ReferralForm, type ReferralState } from '../components/ReferralForm'
import { usePage } from '../context'

/** Where a professional follows their referrals: the referrals list in the admin. */
const MY_REFERRALS = '/admin/collections/referrals'

interface ListingRef {
  title: string
  listingHref: string
  organisation: string
}

/** "Verwijs een cliënt naar …": the listing named, what happens, the form. */
export const ReferralPage = ({
  listing,
  action,
  state,
}: {
  listing: ListingRef
  action: string
  state?: ReferralState
}) => {
  const { t, contact } = usePage()
  const { organisation } = listing
  return (
    <Layout title={t('referral.title', { title: listing.title })} robots="noindex">
      <div className="form-page">
        <p className="breadcrumbs">
          <a href={listing.listingHref}>{t('referral.back', { title: listing.title })}</a>
        </p>
        <h1>{t('referral.title', { title: listing.title })}</h1>
        <p className="lead">
          {t('referral.lead', { organisation, days: contact.referral.responseWorkingDays })}{' '}
          <a href={MY_REFERRALS}>{t('referral.mine')}</a>
        </p>
        <ReferralForm action={action} organisation={organisation} state={state} />
      </div>
    </Layout>
  )
}

/** After a referral: sent, what happens next, and where to follow it. */
export const ReferralSentPage = ({ listing }: { listing: ListingRef }) => {
  const { t, contact } = usePage()
  const { organisation } = listing
  const days = contact.referral.responseWorkingDays
  return (
    <Layout title={t('referral.sentTitle')} robots="noindex">
      <div className="form-page">
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <h1>{t('referral.sentTitle')}</h1>
          <p>{t('referral.sentLead', { organisation })}</p>
        </div>
        <h2>{t('referral.sentNext')}</h2>
        <ol className="next-steps">
          <li>{t('referral.sentStep1', { organisation, days })}</li>
          <li>{t('referral.sentStep2')}</li>
          <li>{t('referral.sentStep3')}</li>
        </ol>
        <p>
          <a className="utrecht-button utrecht-button--primary-action" href={MY_REFERRALS}>
            {t('referral.mine')}
          </a>
        </p>
        <p>
          <a href={listing.listingHref}>{t('referral.back', { title: listing.title })}</a>
        </p>
      </div>
    </Layout>
  )
}
