import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import type { Window } from 'happy-dom'
import { createElement } from 'react'

import { ReadAloud } from '../../../src/web/components/ReadAloud'
import type { PageContextValue } from '../../../src/web/context'
import { translator } from '../../../src/web/i18n'
import { Island, Marker } from '../../../src/web/islands/names'
import { renderFragment } from '../../../src/web/render'
import { installDom, removeDom } from '../../helpers/dom'

/**
 * "Lees voor": the real component and island on a page, with the browser's speech synthesis
 * stubbed (headless Chromium has no voices): hidden without a voice for the page's language,
 * shown when one arrives, reading sentence by sentence with the one being read marked, pause,
 * resume, stop, and hidden again after a speech error.
 */
interface Spoken {
  text: string
  lang: string
  voice?: { lang: string }
  onend?: () => void
  onerror?: (e: { error: string }) => void
}
let window: Window
let voices: { lang: string; name: string }[] = []
const spoken: Spoken[] = []
const calls: string[] = []
const listeners: Record<string, () => void> = {}

const controlsHtml = () =>
  renderFragment(createElement(ReadAloud), {
    locale: 'nl',
    t: translator('nl'),
  } as PageContextValue)

beforeAll(async () => {
  jest.useFakeTimers()
  window = installDom(`
    <main ${Marker.readAloudText}>
      ${controlsHtml()}
      <h1>Koffieochtend</h1>
      <p>Elke dinsdag koffie. Gewoon binnenlopen!</p>
      <ul><li>Gratis</li></ul>
      <section ${Marker.readAloudSkip}><p>Dit formulier lezen we niet voor.</p></section>
    </main>`)
  window.document.documentElement.lang = 'nl'
  Object.assign(globalThis, {
    NodeFilter: window.NodeFilter,
    SpeechSynthesisUtterance: class {
      lang = ''
      voice?: { lang: string }
      onend?: () => void
      onerror?: (e: { error: string }) => void
      constructor(public text: string) {}
    },
  })
  let paused = false
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => voices,
      addEventListener: (name: string, listener: () => void) => (listeners[name] = listener),
      speak: (u: Spoken) => spoken.push(u),
      cancel: () => calls.push('cancel'),
      pause: () => ((paused = true), calls.push('pause')),
      resume: () => ((paused = false), calls.push('resume')),
      get paused() {
        return paused
      },
    },
  })
  await import('../../../src/web/islands/readAloud')
})
afterAll(async () => {
  jest.useRealTimers()
  await removeDom(window)
})

const controls = () => document.querySelector<HTMLElement>(`[data-module="${Island.readAloud}"]`)!
const button = (action: string) =>
  controls().querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!
const marked = () => [...document.querySelectorAll('.reading')].map((e) => e.textContent)

describe('Lees voor', () => {
  test('without a Dutch voice the controls stay hidden, also after the wait', () => {
    voices = [{ lang: 'en-GB', name: 'English' }]
    jest.advanceTimersByTime(2000)
    expect(controls().hidden).toBe(true)
  })

  test('shown once the browser has loaded a voice for the page language', () => {
    voices = [
      { lang: 'en-GB', name: 'English' },
      { lang: 'nl-NL', name: 'Xander' },
    ]
    listeners.voiceschanged?.()
    expect(controls().hidden).toBe(false)
    expect(button('play').textContent).toBe('Lees voor')
    expect(button('pause').hidden).toBe(true)
  })

  test('reads sentence by sentence in Dutch, marking each, and not the skipped form', () => {
    button('play').click()
    expect(spoken.map((s) => [s.text, s.lang, s.voice?.lang])).toEqual([
      ['Koffieochtend', 'nl', 'nl-NL'],
    ])
    expect(marked()).toEqual(['Koffieochtend'])
    expect([button('play').hidden, button('pause').hidden, button('stop').hidden]).toEqual([
      true,
      false,
      false,
    ])
    spoken.at(-1)!.onend!()
    spoken.at(-1)!.onend!()
    expect(spoken.map((s) => s.text)).toEqual([
      'Koffieochtend',
      'Elke dinsdag koffie.',
      'Gewoon binnenlopen!',
    ])
    expect(marked()).toEqual(['Elke dinsdag koffie. Gewoon binnenlopen!'])
  })

  test('pause, resume, then stop: nothing marked, back to "Lees voor"; the keyboard focus follows', () => {
    button('pause').focus()
    button('pause').click()
    expect(document.activeElement).toBe(button('play'))
    expect(button('play').textContent).toBe('Lees verder')
    button('play').click()
    expect(calls.slice(-2)).toEqual(['pause', 'resume'])
    button('stop').click()
    expect(calls.at(-1)).toBe('cancel')
    expect(marked()).toEqual([])
    expect(button('play').textContent).toBe('Lees voor')
    // What the stopped utterance reports afterwards does not start the next sentence.
    const before = spoken.length
    spoken.at(-1)!.onend!()
    expect(spoken.length).toBe(before)
  })

  test('reading to the end, then a speech error hides the controls again', () => {
    button('play').click()
    for (let i = 0; i < 3; i++) spoken.at(-1)!.onend!()
    expect(spoken.at(-1)!.text).toBe('Gratis')
    spoken.at(-1)!.onend!()
    expect(marked()).toEqual([])
    expect(button('play').hidden).toBe(false)
    button('play').click()
    spoken.at(-1)!.onerror!({ error: 'interrupted' })
    expect(controls().hidden).toBe(false)
    spoken.at(-1)!.onerror!({ error: 'synthesis-failed' })
    expect(controls().hidden).toBe(true)
    expect(marked()).toEqual([])
  })
})
