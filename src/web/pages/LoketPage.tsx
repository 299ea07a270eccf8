import { ErrorSummary, Honeypot } from '../components/FormFields'
import { Layout } from '../components/Layout'
import { TextBlocks } from '../components/TextBlocks'
import {
  EmployerFields,
  LOKET_FORM as FORM,
  LoketConsent,
  OfferFields,
} from '../components/LoketFields'
import { usePage } from '../context'
import type { FieldError } from '../forms/formInput'
import type { LoketValues } from '../forms/loketInput'
import { href } from '../../lib/paths'

/** "Ik wil als werkgever meedoen": the employer loket's form (plain POST, works without JavaScript). */
export const LoketPage = ({
  errors,
  values = {},
}: {
  errors?: FieldError[]
  values?: Partial<LoketValues>
}) => {
  const { t, locale, contact, site } = usePage()
  const workingDays = contact.responseWorkingDays
  return (
    <Layout title={t('loket.title')} description={t('loket.lead', { days: workingDays })}>
      <div className="form-page">
        <h1>{t('loket.title')}</h1>
        <p className="lead">{t('loket.lead', { days: workingDays })}</p>
        <section aria-labelledby="loket-offer">
          <h2 id="loket-offer">{t('loket.offerTitle')}</h2>
          <TextBlocks text={site.employerOffer.text} lang={site.employerOffer.lang} />
        </section>
        <form method="post" action={href(locale, 'loket')} noValidate>
          <ErrorSummary form={FORM} title={t('loket.errorTitle')} errors={errors} />
          <EmployerFields errors={errors} values={values} />
          <OfferFields errors={errors} values={values} />
          <LoketConsent errors={errors} values={values} />
          <Honeypot form={FORM} />
          <button className="utrecht-button utrecht-button--primary-action" type="submit">
            {t('loket.submit')}
          </button>
        </form>
      </div>
    </Layout>
  )
}

/** After the loket form: received, and the date by which an editor answers. */
export const LoketSentPage = ({
  dueDate,
  follow,
}: {
  dueDate: string | null
  /** The address of the page where the employer follows the request. */
  follow: string | null
}) => {
  const { t, contact } = usePage()
  return (
    <Layout title={t('loket.sentTitle')} robots="noindex">
      <div className="form-page">
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <h1>{t('loket.sentTitle')}</h1>
          <p>
            {dueDate
              ? t('loket.sentLead', { date: dueDate })
              : t('loket.sentLeadDays', { days: contact.responseWorkingDays })}
          </p>
        </div>
        <p>{t('loket.sentNext')}</p>
        {follow ? (
          <p>
            <a className="utrecht-button utrecht-button--primary-action" href={follow}>
              {t('loket.follow')}
            </a>
            <br />
            <span className="field-hint">{t('loket.followHint')}</span>
          </p>
        ) : null}
      </div>
    </Layout>
  )
}
