import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import type { Window } from 'happy-dom'

import { Island } from '../../../src/web/islands/names'
import { installDom, removeDom } from '../../helpers/dom'

/** "Gebruik mijn locatie": the island on a search form, with the browser's location stubbed. */
let position: (ok: boolean) => void = () => undefined
let submitted = 0
let window: Window

beforeAll(async () => {
  window = installDom(`
    <form action="/zoeken">
      <input name="postcode" value="9751 AB">
      <button type="button" hidden data-module="${Island.useLocation}" data-status="where"
        data-busy="We zoeken je locatie" data-failed="Je locatie is niet gevonden">Gebruik mijn locatie</button>
      <span id="where"></span>
    </form>`)
  Object.defineProperty(window.navigator, 'geolocation', {
    value: {
      getCurrentPosition: (done: (p: unknown) => void, failed: () => void) => {
        position = (ok) =>
          ok ? done({ coords: { latitude: 53.173221, longitude: 6.609581 } }) : failed()
      },
    },
  })
  const form = window.document.querySelector('form')!
  form.requestSubmit = jest.fn(() => void submitted++)
  await import('../../../src/web/islands/location')
})
afterAll(() => removeDom(window))

const button = () =>
  document.querySelector<HTMLButtonElement>(`[data-module="${Island.useLocation}"]`)!
const form = () => document.querySelector('form')!

test('the button shows itself where the browser can locate (hidden without JavaScript)', () => {
  expect(button().hidden).toBe(false)
})

test('a refused location says so and lets the resident try again', () => {
  button().click()
  expect(document.getElementById('where')!.textContent).toBe('We zoeken je locatie')
  expect(button().disabled).toBe(true)
  position(false)
  expect(document.getElementById('where')!.textContent).toBe('Je locatie is niet gevonden')
  expect(button().disabled).toBe(false)
  expect(submitted).toBe(0)
})

test('a found location fills lat and lon, empties the postcode and submits the form', () => {
  button().click()
  position(true)
  const value = (name: string) => (form().elements.namedItem(name) as HTMLInputElement).value
  expect({ lat: value('lat'), lon: value('lon'), postcode: value('postcode') }).toEqual({
    lat: '53.17322',
    lon: '6.60958',
    postcode: '',
  })
  expect(submitted).toBe(1)
})
