import { answersToParams, type Question, QUESTIONS } from '../../lib/suggest/answers'
import { href } from '../../lib/paths'
import { usePage } from '../context'
import { Carried, Fields, type QuestionProps } from './suggestFields'

/** The names a question's fields send (its own answers, not carried along). */
const OWN: Record<Question, string[]> = {
  want: ['want'],
  theme: ['theme'],
  when: ['day', 'part'],
  where: ['postcode', 'lat', 'lon', 'radius'],
  help: ['help'],
  age: ['age'],
}

/**
 * One question on its own screen: a plain GET form that sends this screen's answer with those
 * given before, and the next step; "Vorige vraag" is a link to the previous screen as it was.
 */
export const SuggestQuestion = (props: QuestionProps) => {
  const { t, locale } = usePage()
  const step = QUESTIONS.indexOf(props.question) + 1
  const last = step === QUESTIONS.length
  const previous = answersToParams(props.answers)
  previous.set('step', String(step - 1))
  return (
    <form method="get" action={href(locale, 'suggest')} className="suggest-step" noValidate>
      <p className="suggest-progress">{t('suggest.progress', { step, total: QUESTIONS.length })}</p>
      <fieldset>
        <legend>
          <h1>{t(`suggest.questions.${props.question}`)}</h1>
        </legend>
        {['want', 'theme', 'when', 'help'].includes(props.question) ? (
          <p className="field-hint">{t('suggest.chooseMany')}</p>
        ) : null}
        {props.problem && props.question !== 'where' ? (
          <p className="field-error" role="alert">
            {props.problem}
          </p>
        ) : null}
        <Fields {...props} />
      </fieldset>
      <Carried answers={props.answers} except={OWN[props.question]} />
      <input type="hidden" name="step" value={step + 1} />
      <p className="suggest-actions">
        <button className="utrecht-button utrecht-button--primary-action" type="submit">
          {last ? t('suggest.showResults') : t('suggest.next')}
        </button>
      </p>
      {step > 1 ? (
        <p>
          <a href={href(locale, 'suggest', undefined, previous)}>{t('suggest.back')}</a>
        </p>
      ) : null}
    </form>
  )
}
