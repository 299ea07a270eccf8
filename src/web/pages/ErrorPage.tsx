import { Layout } from '../components/Layout'

const TEXT = {
  404: { title: 'Pagina niet gevonden', body: 'Deze pagina bestaat niet (meer). Misschien is de link verouderd.' },
  500: { title: 'Er ging iets mis', body: 'Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw.' },
}

export const ErrorPage = ({ status }: { status: 404 | 500 }) => (
  <Layout title={TEXT[status].title}>
    <h1>{TEXT[status].title}</h1>
    <p>{TEXT[status].body}</p>
    <p>
      <a href="/">Naar de beginpagina</a>
    </p>
  </Layout>
)
