import { expect, test } from '@jest/globals'
import fc from 'fast-check'

import {
  bodyCap,
  FORM_BODY_BYTES,
  API_BODY_BYTES,
  UPLOAD_BODY_BYTES,
} from '../../../src/http/bodyLimits'
import { canonicalPath } from '../../../src/http/canonicalPath'

test('encodings, case, doubled slashes, dot segments, parameters and trailing slashes all come to one path', () => {
  for (const raw of [
    '/api/users/%6Cogin',
    '/API/Users/LOGIN/',
    '/api//users///login',
    '/api/users/./login',
    '/api/x/../users/login',
    '/api/users/login;jsessionid=1',
    '/api/users/%256Cogin',
    '/api\\users\\login',
    '/api/users/login?x=/y',
  ])
    expect([raw, canonicalPath(raw)]).toEqual([raw, '/api/users/login'])
})

test('percent-encoding any characters of a path never changes its canonical form', () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^(\/[a-z0-9-]{1,12}){1,4}$/),
      fc.array(fc.boolean(), { maxLength: 60 }),
      (path, flags) => {
        const encoded = [...path]
          .map((c, i) => (flags[i] && c !== '/' ? `%${c.charCodeAt(0).toString(16)}` : c))
          .join('')
        return canonicalPath(encoded) === canonicalPath(path)
      },
    ),
  )
})

test("the public creates get the forms' caps in any spelling; other bodies the API or upload cap", () => {
  expect(bodyCap('/api/%69nterests')).toBe(FORM_BODY_BYTES.interest)
  expect(bodyCap('/api/listing-r%65ports/')).toBe(FORM_BODY_BYTES.report)
  expect(bodyCap('/api//loket-requests;x', 'multipart/form-data; boundary=x')).toBe(
    FORM_BODY_BYTES.loket,
  )
  expect(bodyCap('/api/interests/12')).toBe(API_BODY_BYTES)
  expect(bodyCap('/api/media', 'multipart/form-data; boundary=x')).toBe(UPLOAD_BODY_BYTES)
})
