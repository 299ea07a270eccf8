'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import { useDeferredValue, useMemo } from 'react'

import { type Level, READABILITY_GOAL, readability } from '../../../src/lib/readability'

const TEXT = {
  nl: {
    title: 'Leesbaarheid',
    score: (score: number, level: string) => `${Math.round(score)} van 100: ${level}`,
    goal: `Doel: ${READABILITY_GOAL} of hoger, dan is de tekst voor de meeste mensen makkelijk te lezen (taalniveau B1).`,
    how: 'Een hint op basis van de lengte van zinnen en woorden (Flesch-Douma); lees de tekst zelf ook na.',
    hardest: 'Moeilijkste zinnen. Maak ze korter, of kies kortere woorden:',
    words: (n: number) => `${n} woorden`,
    longWords: 'lange woorden',
    tooShort: 'Schrijf minstens tien woorden; dan zie je hier hoe makkelijk de tekst te lezen is.',
    levels: {
      very_hard: 'heel moeilijk',
      hard: 'moeilijk',
      fairly_hard: 'vrij moeilijk',
      plain: 'makkelijk genoeg',
      fairly_easy: 'vrij makkelijk',
      easy: 'makkelijk',
      very_easy: 'heel makkelijk',
    } satisfies Record<Level, string>,
  },
  en: {
    title: 'Readability',
    score: (score: number, level: string) => `${Math.round(score)} out of 100: ${level}`,
    goal: `Goal: ${READABILITY_GOAL} or higher, when most people read the text easily (Dutch level B1).`,
    how: 'A hint from the length of sentences and words (Flesch-Douma); read the text yourself too.',
    hardest: 'Hardest sentences. Make them shorter, or choose shorter words:',
    words: (n: number) => `${n} words`,
    longWords: 'long words',
    tooShort: 'Write at least ten words to see here how easy the text is to read.',
    levels: {
      very_hard: 'very hard',
      hard: 'hard',
      fairly_hard: 'fairly hard',
      plain: 'plain enough',
      fairly_easy: 'fairly easy',
      easy: 'easy',
      very_easy: 'very easy',
    } satisfies Record<Level, string>,
  },
}

/**
 * Under a description in the admin: its Flesch-Douma score as it is typed, and its hardest
 * sentences marked, with their length and long words — before the organisation submits it.
 */
export const ReadabilityHint = ({ path }: { path?: string }) => {
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nl
  // The description beside this field (same group, same parent path).
  const field = (path ?? 'readability').replace(/readability$/, 'description')
  const value = useFormFields(([fields]) => fields[field]?.value)
  const text = useDeferredValue(typeof value === 'string' ? value : '')
  const hint = useMemo(() => readability(text), [text])
  if (!text.trim()) return null
  return (
    <div className="meedoen-readability field-type" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: 0 }}>
        <strong>{t.title}: </strong>
        {hint ? (
          <span data-readability-score={Math.round(hint.score)}>
            {t.score(hint.score, t.levels[hint.level])}
          </span>
        ) : (
          t.tooShort
        )}
      </p>
      {hint ? (
        <p style={{ margin: 0 }}>
          <small>
            {t.goal} {t.how}
          </small>
        </p>
      ) : null}
      {hint?.hardest.length ? (
        <>
          <p style={{ margin: '0.5em 0 0' }}>{t.hardest}</p>
          <ol style={{ margin: 0 }}>
            {hint.hardest.map((s) => (
              <li key={s.text}>
                <mark>{s.text}</mark>{' '}
                <small>
                  ({t.words(s.words)}
                  {s.longWords.length ? `; ${t.longWords}: ${s.longWords.join(', ')}` : ''})
                </small>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  )
}
