import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Window } from 'happy-dom'

import { Id, Island, IslandEvent, Marker } from '../../../src/web/islands/names'
import { installDom, removeDom } from '../../helpers/dom'

/**
 * Live search on a results page: the island's real module on a page with the names the
 * components use, and a stubbed fetch standing in for the server's `fragment=1` answer.
 */
let window: Window
const asked: string[] = []
let answer: { status: number; body: string } = { status: 200, body: '' }
let resultsEvents = 0

const summary = (total: number, heading: string) =>
  `<p ${Marker.summary} data-total="${total}" data-heading="${heading}" data-document-title="${heading} – Meedoen">${total} resultaten</p>`

beforeAll(async () => {
  window = installDom(`
    <h1 id="${Id.resultsHeading}">Zoeken</h1>
    <form action="/zoeken" data-module="${Island.liveSearch}">
      <input type="search" name="q" value="">
      <select name="sort"><option value="relevance">Beste</option><option value="soonest" selected>Eerst</option></select>
      <details ${Marker.filters}>
        <label for="f-free">Gratis <span class="count">(9)</span></label><input type="checkbox" id="f-free" name="free" value="true">
        <button type="submit" ${Marker.showResults} data-label-one="Toon {{count}} resultaat" data-label-other="Toon {{count}} resultaten">Toon</button>
      </details>
    </form>
    <p id="${Id.resultsStatus}" role="status"></p>
    <div id="${Id.results}">${summary(12, 'Zoeken')}</div>`)
  globalThis.fetch = ((url: string) => {
    asked.push(url)
    return Promise.resolve(new window.Response(answer.body, { status: answer.status }))
  }) as never
  document.addEventListener(IslandEvent.results, () => resultsEvents++)
  await import('../../../src/web/islands/liveSearch')
})
afterAll(() => removeDom(window))

const form = () => document.querySelector('form')!
const type = (text: string) => {
  const input = form().querySelector<HTMLInputElement>('input[type="search"]')!
  input.value = text
  input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event)
}
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('the filters button says how many results the page has', () => {
  expect(document.querySelector(`[${Marker.showResults}]`)!.textContent).toBe('Toon 12 resultaten')
})

test('typing asks for the fragment once the typing pauses, and the page follows the answer', async () => {
  answer = {
    status: 200,
    body: `${summary(1, 'Zoeken naar taal')}<script type="application/json" id="${Id.facetData}">{"f-free":1}</script>`,
  }
  type('ta')
  type('taal')
  await settle(100)
  expect(asked).toEqual([])
  await settle(500)
  // Words mean best match: the page's own "soonest" is not the resident's choice, so not sent.
  expect(asked).toEqual(['http://localhost/zoeken?q=taal&fragment=1'])
  expect(window.location.search).toBe('?q=taal')
  expect(document.getElementById(Id.resultsHeading)!.textContent).toBe('Zoeken naar taal')
  expect(document.title).toBe('Zoeken naar taal – Meedoen')
  expect(document.getElementById(Id.resultsStatus)!.textContent).toBe('1 resultaten')
  expect(document.querySelector('label[for="f-free"] .count')!.textContent).toBe('(1)')
  expect(document.querySelector(`[${Marker.showResults}]`)!.textContent).toBe('Toon 1 resultaat')
  expect(form().querySelector('select')!.value).toBe('relevance')
  expect(resultsEvents).toBe(1)
})

test('a server error leaves the results as they were', async () => {
  const before = document.getElementById(Id.results)!.innerHTML
  answer = { status: 500, body: 'kapot' }
  type('koffie')
  await settle(500)
  expect(asked.at(-1)).toBe('http://localhost/zoeken?q=koffie&fragment=1')
  expect(document.getElementById(Id.results)!.innerHTML).toBe(before)
  expect(resultsEvents).toBe(1)
})
