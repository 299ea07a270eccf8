import { Layout } from '../components/Layout'
import { usePage } from '../context'
import { href } from '../../lib/paths'

export const ErrorPage = ({ status }: { status: 404 | 500 }) => {
  const { t, locale } = usePage()
  const title = status === 404 ? t('error.notFoundTitle') : t('error.errorTitle')
  return (
    <Layout title={title} robots="noindex">
      <h1>{title}</h1>
      <p>{status === 404 ? t('error.notFound') : t('error.error')}</p>
      <p>
        <a href={href(locale, 'home')}>{t('error.toHome')}</a>
      </p>
    </Layout>
  )
}
