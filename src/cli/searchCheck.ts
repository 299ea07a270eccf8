import { getPayload } from 'payload'

import { loadEnvOrExit } from '../config/loadEnv'

/**
 * `npm run search:check`: compares the public search index with the listings. Exit code 0 when
 * they agree, 1 when they do not (with what differs), 2 when the check itself fails. Safe while
 * the site runs.
 */
loadEnvOrExit()
const { default: config } = await import('../../payload.config')
const { checkSearchIndex, isConsistent } = await import('./checkSearchIndex')

const payload = await getPayload({ config })
const started = Date.now()
let code = 2
try {
  const report = await checkSearchIndex(payload)
  const ms = Date.now() - started
  if (isConsistent(report)) {
    console.log(
      `Search index OK: ${report.indexed} rows for ${report.listings} public listings (${ms} ms).`,
    )
    code = 0
  } else {
    console.log(
      `Search index differs from the listings (${ms} ms): ${report.indexed} rows, ${report.listings} public listings.`,
    )
    const list = (label: string, items: string[]) =>
      items.length &&
      console.log(
        `  ${label} (${items.length}): ${items.slice(0, 20).join(', ')}${items.length > 20 ? ' …' : ''}`,
      )
    list('missing from the index', report.missing)
    list('in the index but not public', report.extra)
    list('out of date', report.stale)
    list('index damaged', report.broken)
    console.log('Repair: npm run search:reindex')
    code = 1
  }
} catch (error) {
  console.error(`search:check failed: ${(error as Error).message}`)
}
await payload.destroy()
process.exit(code)
