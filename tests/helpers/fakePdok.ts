import express from 'express'

import { pdokBody } from '../unit/geo/fakes'
import { listen } from './listen'

/**
 * A stand-in for PDOK Locatieserver on loopback (`GEOCODER_URL`): it knows one address,
 * Kerklaan 12 in Haren, and answers "nothing found" for every other. It keeps the searches asked.
 */
export const fakePdok = async () => {
  const asked: string[] = []
  const app = express()
  app.get('/free', (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q : ''
    asked.push(q)
    const none = { response: { numFound: 0, start: 0, maxScore: 0, numFoundExact: true, docs: [] } }
    res.json(/kerklaan 12/i.test(q) && /9751 ?nn/i.test(q) ? pdokBody() : none)
  })
  const { url, close } = await listen(app)
  return { url, asked, close }
}
