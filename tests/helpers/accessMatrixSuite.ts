import { afterAll, afterEach, beforeAll, expect } from '@jest/globals'

import { type ApiDriver, localDriver, restDriver } from './apiDrivers'
import { type AccessFixtures, createAccessFixtures } from './accessFixtures'
import { startPayload, type TestPayload } from './payload'

/**
 * For an access-matrix test file: Payload on a temporary database with the access fixtures and
 * both API drivers, started before and stopped after the file. With MATRIX_REPORT=1 it prints
 * how many cases and assertions the file made (for the README and closing notes).
 */
export const useAccessMatrix = (
  name: string,
): { t: TestPayload; f: AccessFixtures; drivers: Record<'local' | 'rest', ApiDriver> } => {
  const suite = { drivers: {} } as {
    t: TestPayload
    f: AccessFixtures
    drivers: Record<'local' | 'rest', ApiDriver>
  }
  beforeAll(async () => {
    suite.t = await startPayload()
    suite.f = await createAccessFixtures(suite.t.payload)
    suite.drivers.local = localDriver(suite.t.payload)
    suite.drivers.rest = restDriver(suite.t.payload)
  }, 120_000)
  let cases = 0
  let assertions = 0
  afterEach(() => {
    cases++
    assertions += expect.getState().assertionCalls
  })
  afterAll(async () => {
    if (process.env.MATRIX_REPORT) console.log(`${name}: ${cases} cases, ${assertions} assertions`)
    await suite.t?.stop()
  })
  return suite
}
