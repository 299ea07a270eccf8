import { afterAll, beforeAll } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchBrowser } from './browser'
import { startWebServer, type WebServer } from './webServer'

/**
 * For a browser test file: the seeded web server and Chromium, started together before the
 * tests and closed after them. Read `suite.server` / `suite.browser` inside tests.
 */
export const useServerAndBrowser = (): { server: WebServer; browser: Browser } => {
  const suite = {} as { server: WebServer; browser: Browser }
  beforeAll(async () => {
    ;[suite.server, suite.browser] = await Promise.all([startWebServer(), launchBrowser()])
  }, 120_000)
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.stop()
  })
  return suite
}
