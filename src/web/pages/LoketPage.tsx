import { OPENING_KINDS } from '../../lib/vocabulary'
import { Choices, Consent } from '../components/ChoiceFields'
import { ErrorSummary, Honeypot, TextArea, TextInput } from '../components/FormFields'
import { Layout } from '../components/Layout'
import { usePage } from '../context'
import type { FieldError } from '../forms/formInput'
import type { LoketValues } from '../forms/loketInput'
import { pick } from '../i18n'
import { href } from '../../lib/paths'

const FORM = 'loket'

/** "Ik wil als werkgever meedoen": the employer loket's form (plain POST, works without JavaScript). */
export const LoketPage = ({
  errors,
  values = {},
}: {
  errors?: FieldError[]
  values?: Partial<LoketValues>
}) => {
  const { t, locale, site, contact } = usePage()
  const workingDays = contact.responseWorkingDays
  return (
    <Layout title={t('loket.title')} description={t('loket.lead', { days: workingDays })}>
      <div className="form-page">
        <h1>{t('loket.title')}</h1>
        <p className="lead">{t('loket.lead', { days: workingDays })}</p>
        <form method="post" action={href(locale, 'loket')} noValidate>
          <ErrorSummary form={FORM} title={t('loket.errorTitle')} errors={errors} />
          <TextInput
            form={FORM}
            name="organisationName"
            label={t('loket.organisation')}
            errors={errors}
            value={values.organisationName}
            autoComplete="organization"
            maxLength={120}
          />
          <TextInput
            form={FORM}
            name="kvkNumber"
            label={t('loket.kvk')}
            hint={t('loket.kvkHint')}
            errors={errors}
            value={values.kvkNumber}
            inputMode="numeric"
            maxLength={12}
          />
          <TextInput
            form={FORM}
            name="contactName"
            label={t('loket.contactName')}
            errors={errors}
            value={values.contactName}
            autoComplete="name"
            maxLength={100}
          />
          <TextInput
            form={FORM}
            name="email"
            type="email"
            label={t('loket.email')}
            errors={errors}
            value={values.email}
            autoComplete="email"
            inputMode="email"
          />
          <TextInput
            form={FORM}
            name="phone"
            type="tel"
            label={t('loket.phone')}
            hint={t('loket.phoneHint')}
            errors={errors}
            value={values.phone}
            autoComplete="tel"
            inputMode="tel"
            maxLength={20}
          />
          <Choices
            form={FORM}
            name="kinds"
            type="checkbox"
            legend={t('loket.kinds')}
            hint={t('loket.kindsHint')}
            errors={errors}
            checked={values.kinds ?? []}
            options={OPENING_KINDS.map((k) => ({ value: k.value, label: pick(k.label, locale) }))}
          />
          <TextInput
            form={FORM}
            name="place"
            label={t('loket.place')}
            hint={t('loket.placeHint')}
            errors={errors}
            value={values.place}
            maxLength={100}
          />
          <TextInput
            form={FORM}
            name="hoursPerWeek"
            label={t('loket.hours')}
            hint={t('loket.hoursHint')}
            errors={errors}
            value={values.hoursPerWeek}
            inputMode="numeric"
            maxLength={4}
          />
          <TextInput
            form={FORM}
            name="placesCount"
            label={t('loket.places')}
            hint={t('loket.placesHint')}
            errors={errors}
            value={values.placesCount}
            inputMode="numeric"
            maxLength={4}
          />
          <TextArea
            form={FORM}
            name="message"
            label={t('loket.message')}
            hint={t('loket.messageHint')}
            errors={errors}
            value={values.message}
            maxLength={2000}
          />
          <Consent
            form={FORM}
            label={t('loket.consent')}
            errors={errors}
            checked={Boolean(values.consent)}
          >
            <p>
              {t('loket.privacy', { site: site.name })}{' '}
              <a href={href(locale, 'privacy')}>{t('privacyPage.more')}</a>
            </p>
          </Consent>
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
export const LoketSentPage = ({ dueDate }: { dueDate: string | null }) => {
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
      </div>
    </Layout>
  )
}
