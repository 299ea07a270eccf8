import { afterAll, beforeAll, expect, test } from '@jest/globals'
import express from 'express'

import { responsePolicy } from '../../../src/http/responsePolicy'
import { listen } from '../../helpers/listen'

/**
 * The policy rewrites headers however the handler writes them: set before, given to writeHead
 * as an object or as a raw list, or sent implicitly by the first write.
 */
let http: { url: string; close: () => Promise<void> }
let https: { url: string; close: () => Promise<void> }
const app = (serverURL: string) => {
  const a = express()
  a.set('trust proxy', 1)
  a.use(responsePolicy({ serverURL }))
  a.get('/api/object', (_req, res) => {
    res.writeHead(200, {
      'Set-Cookie': ['a=1; Path=/', 'b=2; Secure'],
      'Content-Type': 'text/plain',
    })
    res.end('ok')
  })
  a.get('/api/raw', (_req, res) => {
    res.writeHead(200, 'OK', [
      'Set-Cookie',
      'a=1',
      'Set-Cookie',
      'b=2',
      'Cache-Control',
      'max-age=60',
    ])
    res.end('ok')
  })
  a.get('/api/implicit', (_req, res) => {
    res.setHeader('Set-Cookie', 'a=1')
    res.write('o')
    res.end('k')
  })
  a.get('/api/public', (_req, res) => {
    res.setHeader('Cache-Control', 'max-age=60')
    res.end('ok')
  })
  a.get('/page', (_req, res) => {
    res.setHeader('Set-Cookie', 'a=1')
    res.end('ok')
  })
  return a
}
beforeAll(async () => {
  http = await listen(app('http://meedoen.test'))
  https = await listen(app('https://meedoen.example.nl'))
})
afterAll(async () => {
  await http?.close()
  await https?.close()
})

const cookies = (res: Response) => res.headers.getSetCookie()

test('every cookie gets Secure once, whichever way it was written, when the site is https', async () => {
  for (const path of ['/api/object', '/api/raw', '/api/implicit', '/page']) {
    const res = await fetch(`${https.url}${path}`)
    for (const cookie of cookies(res)) expect(cookie.match(/secure/gi)).toHaveLength(1)
    expect(cookies(res).length).toBeGreaterThan(0)
  }
  expect(cookies(await fetch(`${https.url}/api/raw`))).toEqual(['a=1; Secure', 'b=2; Secure'])
})

test('on plain http only a trusted proxy reporting https makes cookies Secure', async () => {
  expect(cookies(await fetch(`${http.url}/api/implicit`))).toEqual(['a=1'])
  expect(
    cookies(await fetch(`${http.url}/api/implicit`, { headers: { 'x-forwarded-proto': 'https' } })),
  ).toEqual(['a=1; Secure'])
})

test('no-store for API answers that set a cookie or answer credentials; public reads keep their own caching', async () => {
  expect((await fetch(`${http.url}/api/raw`)).headers.get('cache-control')).toBe('no-store')
  expect((await fetch(`${http.url}/api/public`)).headers.get('cache-control')).toBe('max-age=60')
  const withToken = await fetch(`${http.url}/api/public`, { headers: { authorization: 'JWT x' } })
  expect(withToken.headers.get('cache-control')).toBe('no-store')
  const withCookie = await fetch(`${http.url}/API/%70ublic`, {
    headers: { cookie: 'payload-token=x' },
  })
  // Any spelling of an API path counts as the API.
  expect([withCookie.status, withCookie.headers.get('cache-control')]).toEqual([404, 'no-store'])
  expect((await fetch(`${http.url}/page`)).headers.get('cache-control')).toBeNull()
})
