import { Layout } from '../components/Layout'
import { usePage } from '../context'
import { href } from '../../lib/paths'

const TEXTS = {
  403: ['error.forbiddenTitle', 'error.forbidden'],
  404: ['error.notFoundTitle', 'error.notFound'],
  500: ['error.errorTitle', 'error.error'],
} as const

export const ErrorPage = ({ status }: { status: 403 | 404 | 500 }) => {
  const { t, locale } = usePage()
  const [title, text] = TEXTS[status]
  return (
    <Layout title={t(title)} robots="noindex">
      <h1>{t(title)}</h1>
      <p>{t(text)}</p>
      <p>
        <a href={href(locale, 'home')}>{t('error.toHome')}</a>
      </p>
    </Layout>
  )
}
