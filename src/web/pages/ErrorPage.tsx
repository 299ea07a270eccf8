import { Layout } from '../components/Layout'
import { usePage } from '../context'
import { href } from '../../lib/paths'

const TEXTS = {
  403: ['error.forbiddenTitle', 'error.forbidden'],
  404: ['error.notFoundTitle', 'error.notFound'],
  410: ['shortlist.expiredTitle', 'shortlist.expired'],
  500: ['error.errorTitle', 'error.error'],
} as const

/** An error page; `days` fills in the 410 of an expired shared shortlist. */
export const ErrorPage = ({ status, days }: { status: keyof typeof TEXTS; days?: number }) => {
  const { t, locale } = usePage()
  const [title, text] = TEXTS[status]
  return (
    <Layout title={t(title)} robots="noindex">
      <h1>{t(title)}</h1>
      <p>{t(text, { days })}</p>
      <p>
        <a href={href(locale, 'home')}>{t('error.toHome')}</a>
      </p>
    </Layout>
  )
}
