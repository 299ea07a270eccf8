import type { Taxonomy } from '../../data/search'
import type { SuggestionFound } from '../../data/suggestions'
import type { SchoolHoliday } from '../../lib/schedule'
import { type Answers, type Question, QUESTIONS } from '../../lib/suggest/answers'
import { Layout } from '../components/Layout'
import { SuggestQuestion } from '../components/SuggestQuestion'
import { SuggestResults } from '../components/SuggestResults'
import { usePage } from '../context'

export type SuggestPageProps = {
  answers: Answers
  themes: Taxonomy[]
} & (
  | { question: Question; problem?: string }
  | {
      results: { suggestions: SuggestionFound[]; fitting: number }
      holidays: SchoolHoliday[]
      now: Date
    }
)

/**
 * "Wat past bij mij?" (`/wat-past-bij-mij`, en: `/what-suits-me`): one question per screen, then
 * the suggestions. Each screen is its own address, so the back button and a shared link work.
 */
export const SuggestPage = (props: SuggestPageProps) => {
  const { t } = usePage()
  const step = 'question' in props ? QUESTIONS.indexOf(props.question) + 1 : QUESTIONS.length + 1
  const title =
    'question' in props
      ? `${t(`suggest.questions.${props.question}`)} – ${t('suggest.title')}`
      : `${t('suggest.resultsTitle')} – ${t('suggest.title')}`
  return (
    <Layout
      readAloud
      title={title}
      description={t('suggest.description')}
      scripts={'question' in props && props.question === 'where' ? ['location'] : []}
    >
      <div className="suggest">
        {step === 1 ? (
          <>
            <p className="suggest-name">{t('suggest.title')}</p>
            <p className="lead">{t('suggest.lead')}</p>
          </>
        ) : null}
        {'question' in props ? (
          <SuggestQuestion
            question={props.question}
            answers={props.answers}
            themes={props.themes}
            problem={props.problem}
          />
        ) : (
          <SuggestResults
            answers={props.answers}
            themes={props.themes}
            suggestions={props.results.suggestions}
            fitting={props.results.fitting}
            holidays={props.holidays}
            now={props.now}
          />
        )}
      </div>
    </Layout>
  )
}
