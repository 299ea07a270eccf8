import { createElement } from 'react'

import { getSchoolHolidays } from '../../data/holidays'
import { getTaxonomies } from '../../data/search'
import { suggestListings } from '../../data/suggestions'
import { lookupPc4 } from '../../lib/geo/pc4'
import { QUESTIONS, readAnswers } from '../../lib/suggest/answers'
import { pageContext, visitor } from '../pageContext'
import { SuggestPage } from '../pages/SuggestPage'
import type { Route } from './page'

/**
 * `/wat-past-bij-mij` (en: `/what-suits-me`): the questionnaire. `step` 1–6 is a question, 7
 * the suggestions. An answer we cannot read shows its question again with what is wrong (400),
 * keeping the other answers.
 */
export const suggest: Route = (router, page) => {
  const { payload, locale, path, send } = page
  router.get(path('suggest'), async (req, res) => {
    const url = new URL(req.originalUrl, 'http://localhost')
    const read = readAnswers(url.searchParams, (postcode) => lookupPc4(postcode) !== null)
    const { themes } = await getTaxonomies(payload)
    const { t } = await pageContext(payload, req, locale, page.options)
    if (!read.ok) {
      const problem = read.problems[0]!
      const message =
        problem.field === 'postcode' ? t('suggest.postcodeUnknown') : t('suggest.badAnswer')
      return send(
        req,
        res,
        createElement(SuggestPage, {
          answers: read.answers,
          themes,
          question: problem.question,
          problem: message,
        }),
        { status: 400 },
      )
    }
    const { answers, step } = read
    if (step <= QUESTIONS.length)
      return send(
        req,
        res,
        createElement(SuggestPage, { answers, themes, question: QUESTIONS[step - 1]! }),
      )
    const found = answers.postcode ? lookupPc4(answers.postcode) : null
    const near = found ? { lat: found.lat, lon: found.lon } : answers.location
    const user = await visitor(payload, req)
    const [results, holidays] = await Promise.all([
      suggestListings(payload, user, answers, near, locale),
      getSchoolHolidays(payload),
    ])
    await send(
      req,
      res,
      createElement(SuggestPage, { answers, themes, results, holidays, now: new Date() }),
      { personal: Boolean(user) },
    )
  })
}
