import type { ReactNode } from 'react'

import type { Taxonomy } from '../../data/search'
import {
  type Answers,
  answersToParams,
  HELPS,
  type Question,
  WANTS,
} from '../../lib/suggest/answers'
import { PARTS_OF_DAY } from '../../lib/vocabulary'
import { usePage } from '../context'
import { AgeField } from './AgeField'
import { WhereFields } from './SuggestWhere'
import { WantIcon } from './WantIcon'

interface Option {
  value: string
  label: string
  icon?: ReactNode
}

const Checks = ({
  name,
  options,
  checked,
}: {
  name: string
  options: Option[]
  checked: string[]
}) => (
  <>
    {options.map((o) => (
      <div className="check check-large" key={o.value}>
        <input
          type="checkbox"
          id={`q-${name}-${o.value}`}
          name={name}
          value={o.value}
          defaultChecked={checked.includes(o.value)}
        />
        <label htmlFor={`q-${name}-${o.value}`}>
          {o.icon}
          {o.label}
        </label>
      </div>
    ))}
  </>
)

/** The answers of the other questions, carried along unseen: the form sends the whole address. */
export const Carried = ({ answers, except }: { answers: Answers; except: string[] }) => (
  <>
    {[...answersToParams(answers)]
      .filter(([name]) => !except.includes(name))
      .map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
  </>
)

const WhenFields = ({ answers }: { answers: Answers }) => {
  const { t } = usePage()
  return (
    <>
      <fieldset>
        <legend>{t('suggest.days')}</legend>
        <Checks
          name="day"
          checked={answers.days.map(String)}
          options={(t('day', { returnObjects: true }) as string[]).map((label, i) => ({
            value: String(i + 1),
            label,
          }))}
        />
      </fieldset>
      <fieldset>
        <legend>{t('suggest.parts')}</legend>
        <Checks
          name="part"
          checked={answers.parts}
          options={PARTS_OF_DAY.map((p) => ({ value: p, label: t(`part.${p}`) }))}
        />
      </fieldset>
    </>
  )
}

const AgeQuestion = ({ age }: { age?: number }) => {
  const { t } = usePage()
  return <AgeField id="q-age" age={age} label={t('suggest.age')} hint={t('suggest.ageHint')} />
}

/** The fields of one question of "Wat past bij mij?" (the legend is the question itself). */
export const Fields = ({ question, answers, themes, problem }: QuestionProps) => {
  const { t } = usePage()
  switch (question) {
    case 'want':
      return (
        <Checks
          name="want"
          checked={answers.want}
          options={WANTS.map((w) => ({
            value: w,
            label: t(`suggest.want.${w}`),
            icon: <WantIcon want={w} />,
          }))}
        />
      )
    case 'theme':
      return (
        <Checks
          name="theme"
          checked={answers.themes}
          options={themes.map((x) => ({ value: x.id, label: x.name }))}
        />
      )
    case 'when':
      return <WhenFields answers={answers} />
    case 'where':
      return <WhereFields answers={answers} problem={problem} />
    case 'help':
      return (
        <Checks
          name="help"
          checked={answers.help}
          options={HELPS.map((h) => ({ value: h, label: t(`suggest.help.${h}`) }))}
        />
      )
    case 'age':
      return <AgeQuestion age={answers.age} />
  }
}

export interface QuestionProps {
  question: Question
  answers: Answers
  themes: Taxonomy[]
  /** What is wrong with the answer given, said above its field. */
  problem?: string
}
