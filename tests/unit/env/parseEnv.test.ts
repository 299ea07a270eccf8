import { describe, expect, test } from '@jest/globals'

import { parseEnv } from '../../../src/lib/env/parseEnv'

const errorsOf = (raw: Record<string, string>) => {
  const result = parseEnv(raw, '/srv/meedoen')
  if (result.ok) throw new Error('expected the environment to be rejected')
  return result.errors
}

describe('parseEnv', () => {
  test('an empty environment gives the embedded SQLite defaults', () => {
    const result = parseEnv({}, '/srv/meedoen')
    expect(result).toEqual({
      ok: true,
      env: expect.objectContaining({
        appEnv: 'development',
        port: 3000,
        databaseKind: 'sqlite',
        databaseURL: 'file:/srv/meedoen/data/meedoen.db',
        dataDir: '/srv/meedoen/data',
        mediaDir: '/srv/meedoen/media',
        serverURL: 'http://localhost:3000',
        seedDemoData: true,
        payloadSecret: undefined,
      }),
    })
  })

  test('a mongodb URL selects MongoDB', () => {
    const result = parseEnv({ DATABASE_URL: 'mongodb+srv://u:p@cluster.example/meedoen' })
    expect(result.ok && result.env.databaseKind).toBe('mongodb')
  })

  test('empty strings count as unset', () => {
    const result = parseEnv({ PORT: '', SERVER_URL: '' })
    expect(result.ok && result.env.port).toBe(3000)
  })

  test('each bad variable is named with what was wrong and what was given', () => {
    const errors = errorsOf({
      PORT: 'abc',
      DATABASE_URL: 'postgres://localhost/x',
      PAYLOAD_SECRET: 'short',
      SERVER_URL: 'ftp://example.nl',
      SEED_DEMO_DATA: 'maybe',
    })
    expect(errors).toHaveLength(5)
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: must be a whole number between 0 and 65535 \(got "abc"\)$/),
        expect.stringMatching(
          /^DATABASE_URL: must start with file: .*\(got "postgres:\/\/localhost\/x"\)$/,
        ),
        expect.stringMatching(/^PAYLOAD_SECRET: must be at least 32 characters long/),
        expect.stringMatching(/^SERVER_URL: must be an http\(s\) URL/),
        expect.stringMatching(/^SEED_DEMO_DATA: must be true or false/),
      ]),
    )
  })

  test('a port out of range is refused', () => {
    expect(errorsOf({ PORT: '70000' })[0]).toMatch(/^PORT:/)
    expect(errorsOf({ PORT: '3.5' })[0]).toMatch(/^PORT:/)
  })

  test('production demands a secret and does not seed demo data by default', () => {
    expect(errorsOf({ APP_ENV: 'production' })).toEqual([
      'PAYLOAD_SECRET: is required when APP_ENV=production (at least 32 characters)',
    ])
    const result = parseEnv({ APP_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.ok && result.env.seedDemoData).toBe(false)
  })

  test('SEED_DEMO_DATA accepts the usual spellings', () => {
    const off = parseEnv({ SEED_DEMO_DATA: 'false' })
    const on = parseEnv({
      SEED_DEMO_DATA: '1',
      APP_ENV: 'production',
      PAYLOAD_SECRET: 'y'.repeat(32),
    })
    expect(off.ok && off.env.seedDemoData).toBe(false)
    expect(on.ok && on.env.seedDemoData).toBe(true)
  })
})

test('GEOCODER accepts pdok or off and names itself otherwise', () => {
  expect(errorsOf({ GEOCODER: 'google' }).join('\n')).toMatch(/GEOCODER: must be pdok or off/)
  expect(parseEnv({ GEOCODER: 'off' }, '/srv/meedoen').ok).toBe(true)
})
