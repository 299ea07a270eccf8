import type { ConfirmResult } from '../../data/alerts'
import { href } from '../../lib/paths'
import { AlertForm } from '../components/AlertForm'
import type { FieldError } from '../forms/formInput'
import type { AlertValues } from '../forms/alertInput'
import { Layout } from '../components/Layout'
import { usePage } from '../context'

/** The alert form on its own page: when it came back with a problem (or was opened directly). */
export const AlertPage = ({
  query,
  errors,
  values,
}: {
  query: string
  errors?: FieldError[]
  values?: Partial<AlertValues>
}) => {
  const { t, locale } = usePage()
  return (
    <Layout title={t('alerts.title')} robots="noindex">
      <AlertForm query={query} errors={errors} values={values} headingLevel={1} />
      <p>
        <a href={href(locale, 'search', undefined, query)}>{t('alerts.backToSearch')}</a>
      </p>
    </Layout>
  )
}

/** After subscribing: look in your mail (nothing is sent until the link there is followed). */
export const AlertSentPage = ({ query }: { query: string }) => {
  const { t, locale } = usePage()
  return (
    <Layout title={t('alerts.sentTitle')} robots="noindex">
      <h1>{t('alerts.sentTitle')}</h1>
      <p className="lead">{t('alerts.sentLead')}</p>
      <p>{t('alerts.sentSpam')}</p>
      <p>
        <a href={href(locale, 'search', undefined, query)}>{t('alerts.backToSearch')}</a>
      </p>
    </Layout>
  )
}

/**
 * The page behind a link in an alert's e-mail: a button that POSTs (mail scanners follow
 * links, so following one changes nothing), then what happened.
 */
export const AlertActionPage = ({
  action,
  token,
  result,
}: {
  action: 'confirm' | 'unsubscribe'
  token: string
  result?: ConfirmResult | 'unsubscribed' | 'invalid'
}) => {
  const { t, locale } = usePage()
  const title = !result
    ? t(action === 'confirm' ? 'alerts.confirmTitle' : 'alerts.unsubscribeTitle')
    : result === 'invalid' || result === 'expired'
      ? t('alerts.invalidTitle')
      : result === 'unsubscribed'
        ? t('alerts.unsubscribedTitle')
        : t('alerts.confirmedTitle')
  const message =
    result === 'invalid'
      ? t('alerts.invalid')
      : result === 'expired'
        ? t('alerts.expired')
        : result === 'unsubscribed'
          ? t('alerts.unsubscribed')
          : result
            ? t('alerts.confirmed')
            : t(action === 'confirm' ? 'alerts.confirmLead' : 'alerts.unsubscribeLead')
  return (
    <Layout title={title} robots="noindex">
      <h1>{title}</h1>
      <p className="lead" role={result ? 'status' : undefined}>
        {message}
      </p>
      {result ? (
        <p>
          <a href={href(locale, 'search')}>{t('alerts.toSearch')}</a>
        </p>
      ) : (
        <form method="post">
          <input type="hidden" name="token" value={token} />
          <button className="utrecht-button utrecht-button--primary-action" type="submit">
            {t(action === 'confirm' ? 'alerts.confirmButton' : 'alerts.unsubscribeButton')}
          </button>
        </form>
      )}
    </Layout>
  )
}
