import type { LoketStatus } from '../../data/contact'
import { href, PAGE_OF } from '../../lib/paths'
import { OPENING_KINDS } from '../../lib/vocabulary'
import { Layout } from '../components/Layout'
import { TextBlocks } from '../components/TextBlocks'
import { usePage } from '../context'
import { formatDay, pick } from '../i18n'

const STEP = { new: 0, in_progress: 1, converted: 2, declined: 2 } as const

/** Where the request stands, in words: what happens next and by when. */
const StatusText = ({ status }: { status: LoketStatus }) => {
  const { t, locale } = usePage()
  const text = {
    new: t('loket.statusNew', { date: status.dueAt ? formatDay(status.dueAt, locale) : '' }),
    in_progress: status.editor
      ? t('loket.statusInProgress', { editor: status.editor })
      : t('loket.statusInProgressAnyone'),
    converted: t('loket.statusConverted'),
    declined: t('loket.statusDeclined'),
  }[status.status]
  return <p className="lead">{text}</p>
}

/**
 * The employer's own page for their loket request, behind the link they got (no account): what
 * they asked, the three steps with the current one marked, what happens next, the editors'
 * message, and their organisation on the site once it is there.
 */
export const LoketStatusPage = ({ status }: { status: LoketStatus }) => {
  const { t, locale } = usePage()
  const kinds = status.kinds
    .map((k) => OPENING_KINDS.find((o) => o.value === k))
    .map((o) => (o ? pick(o.label, locale).toLowerCase() : ''))
    .join(', ')
  const step = STEP[status.status]
  const steps = [t('loket.stepReceived'), t('loket.stepInProgress'), t('loket.stepDone')]
  return (
    <Layout title={t('loket.statusTitle')} robots="noindex">
      <div className="form-page">
        <h1>{t('loket.statusTitle')}</h1>
        <p>
          {t('loket.statusFor', {
            organisation: status.organisationName,
            kinds,
            place: status.place,
          })}{' '}
          {t('loket.statusReceived', { date: formatDay(status.receivedAt, locale) })}
        </p>
        <ol className="loket-steps">
          {steps.map((label, i) => (
            <li
              key={label}
              aria-current={i === step ? 'step' : undefined}
              data-done={i < step || undefined}
            >
              {label}
            </li>
          ))}
        </ol>
        <StatusText status={status} />
        {status.organisation ? (
          <p>
            <a href={href(locale, PAGE_OF.organisations, status.organisation.slug)}>
              {t('loket.onSite', { organisation: status.organisation.name })}
            </a>
          </p>
        ) : null}
        {status.message ? (
          <section className="panel" aria-labelledby="loket-message">
            <h2 id="loket-message">{t('loket.messageTitle')}</h2>
            <TextBlocks text={status.message} />
          </section>
        ) : null}
        <p>{t('loket.questions')}</p>
      </div>
    </Layout>
  )
}
