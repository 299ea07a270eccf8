import fs from 'node:fs'

import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'

/** Debian's chromium (installed by .ci/run); CHROMIUM_PATH overrides. */
const chromiumPath = (): string => {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!fs.existsSync(path))
    throw new Error(
      `Chromium not found at ${path}: run "apt-get install -y chromium" (see .ci/run) or set CHROMIUM_PATH`,
    )
  return path
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })

/** A 1×1 transparent PNG: map tiles are answered locally, the internet is never reached. */
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

export interface Watched {
  context: BrowserContext
  page: Page
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[]
  tileRequests: () => number
  requests: string[]
}

/** A phone-sized page (390×844) whose tile requests are stubbed and whose errors are collected. */
export const openPage = async (
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Watched> => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
    ...options,
  })
  let tiles = 0
  await context.route('https://tiles.example.test/**', (route) => {
    tiles++
    return route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG })
  })
  const page = await context.newPage()
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (m) => {
    // A 404 or 400 page reports its own status as a failed load: that is the page, not a problem.
    if (m.text().startsWith('Failed to load resource') && m.location().url === page.url()) return
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('request', (r) => requests.push(r.url()))
  return { context, page, problems, tileRequests: () => tiles, requests }
}

/** Presses Tab until the focused element matches the selector, like a keyboard user looking for it. */
export const tabTo = async (page: Page, selector: string, max = 80): Promise<void> => {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`)
}
