/**
 * The judged query set of the relevance benchmark (`npm run bench:relevance`).
 *
 * Demo: queries over the demo data (src/seed/data/**), judged by hand by reading the listings'
 * title, summary and description: `relevant` holds what a resident typing the text wants to
 * see. Synthetic: queries over generated listings whose relevant listings are known by
 * construction (synthetic.ts, syntheticPlan.ts). tests/int/relevanceQueries.test.ts checks the
 * set itself (sizes per class, every slug a published demo listing).
 */
import { DEMO_ENGLISH } from './demoEnglish'
import { DEMO_KIND, DEMO_SYNONYM, DEMO_TYPO } from './demoVariants'
import { DEMO_COMPOUND_PART, DEMO_COMPOUND_WHOLE, DEMO_PLAIN } from './demoWords'
import type { JudgedQuery } from './types'

export const DEMO_QUERIES: JudgedQuery[] = [
  ...DEMO_PLAIN,
  ...DEMO_COMPOUND_PART,
  ...DEMO_COMPOUND_WHOLE,
  ...DEMO_TYPO,
  ...DEMO_KIND,
  ...DEMO_SYNONYM,
  ...DEMO_ENGLISH,
]

export { checkSynthetic, syntheticRelevanceSet } from './synthetic'
export { type JudgedQuery, QUERY_CLASSES, TARGETS } from './types'
