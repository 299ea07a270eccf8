import { href } from '../../lib/paths'
import { usePage } from '../context'
import type { FieldError } from '../forms/formInput'
import type { AlertValues } from '../forms/alertInput'
import { Marker, marked } from '../islands/names'
import { Consent } from './ChoiceFields'
import { EmailInput, ErrorSummary, Honeypot } from './FormFields'

const FORM = 'alert'

/**
 * "Stuur me nieuwe plekken": an e-mail address and consent for the search in `query` (the live
 * search keeps that hidden field in step with the filters). A plain POST form.
 */
export const AlertForm = ({
  query,
  errors,
  values,
  headingLevel = 2,
}: {
  query: string
  errors?: FieldError[]
  values?: Partial<AlertValues>
  headingLevel?: 1 | 2
}) => {
  const { t, locale } = usePage()
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <section className="panel alert-form" aria-labelledby="alert-title">
      <Heading id="alert-title">{t('alerts.title')}</Heading>
      <p>{t('alerts.lead')}</p>
      <form method="post" action={href(locale, 'alerts')} noValidate>
        <ErrorSummary form={FORM} title={t('alerts.errorTitle')} errors={errors} />
        <input type="hidden" name="query" value={query} {...marked(Marker.alertQuery)} />
        <EmailInput form={FORM} label={t('alerts.email')} errors={errors} value={values?.email} />
        <Consent
          form={FORM}
          label={t('alerts.consent')}
          errors={errors}
          checked={Boolean(values?.consent)}
        >
          <p>
            {t('alerts.privacy')}{' '}
            <a href={`${href(locale, 'privacy')}#nieuwe-plekken`}>{t('privacyPage.more')}</a>
          </p>
        </Consent>
        <Honeypot form={FORM} />
        <button className="utrecht-button utrecht-button--primary-action" type="submit">
          {t('alerts.submit')}
        </button>
      </form>
    </section>
  )
}
