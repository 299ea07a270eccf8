import { expect, test } from '@jest/globals'

import { keepValidationDetails } from '../../../plugins/directory/hooks/keepValidationDetails'

/** A validation error made by another copy of Payload keeps its fields in the answer. */
type Args = Parameters<typeof keepValidationDetails>[0]
const call = (error: unknown, result: unknown) =>
  keepValidationDetails({ error, result } as unknown as Args)

const fields = [
  { path: 'type', message: 'Dit veld is verplicht.', label: 'Soort locatie' },
  { path: 'address.postcode', message: 'Vul een geldige postcode in.', label: 'Postcode' },
]
const foreign = Object.assign(new Error('De volgende velden zijn ongeldig: Soort locatie'), {
  name: 'ValidationError',
  status: 400,
  data: { collection: 'venues', errors: fields },
})

test('the message alone (what formatErrors gave) becomes Payload’s answer with every field', () => {
  expect(call(foreign, { errors: [{ message: foreign.message }] })).toEqual({
    status: 400,
    response: {
      errors: [{ name: 'ValidationError', data: foreign.data, message: foreign.message }],
    },
  })
})

test('an answer that already has the fields, or an error without fields, is left alone', () => {
  expect(call(foreign, { errors: [{ message: 'x', data: foreign.data }] })).toBeUndefined()
  expect(
    call(new Error('boom'), { errors: [{ message: 'Something went wrong.' }] }),
  ).toBeUndefined()
  const noPaths = Object.assign(new Error('x'), { data: { errors: [{ message: 'no path' }] } })
  expect(call(noPaths, { errors: [{ message: 'x' }] })).toBeUndefined()
})
