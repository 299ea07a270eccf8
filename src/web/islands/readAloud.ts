/**
 * "Lees voor": reads the page's main text aloud with the browser's own speech synthesis (no
 * third party), in the page's language, highlighting the sentence being read, with pause and
 * stop. The controls are rendered hidden and shown only when the browser has a voice for the
 * page's language (after `voiceschanged`, or a short wait); a speech error hides them again.
 * Starts on the element marked `data-module="read-aloud"`; reads `[data-read-aloud-text]`.
 */
import { Island, Marker } from './names'

/** How long to wait for the browser's voices to load before giving up (Chromium loads them late). */
const VOICE_WAIT_MS = 1500
const HIGHLIGHT = 'read-aloud'
const BLOCKS = 'h1, h2, h3, p, li, dt, dd, th, td, legend, label'

interface Sentence {
  block: Element
  text: string
  start: number
  end: number
}

/** The page's readable blocks, each split into sentences with their place in the block's text. */
export const sentencesOf = (root: Element): Sentence[] =>
  [...root.querySelectorAll(BLOCKS)]
    .filter((b) => !b.closest(`[${Marker.readAloudSkip}]`) && !b.querySelector(BLOCKS))
    .flatMap((block) => {
      const text = block.textContent ?? ''
      const found: Sentence[] = []
      for (const m of text.matchAll(/[^.!?…]+[.!?…]*["')\]]*\s*/g)) {
        const sentence = m[0].trim()
        if (/\p{L}|\p{N}/u.test(sentence))
          found.push({
            block,
            text: sentence,
            start: m.index,
            end: m.index + m[0].trimEnd().length,
          })
      }
      return found
    })

/** A range over `start`–`end` of the block's text, across its text nodes. */
const rangeOf = (s: Sentence): Range | null => {
  const range = document.createRange()
  const walker = document.createTreeWalker(s.block, NodeFilter.SHOW_TEXT)
  let offset = 0
  let started = false
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (!started && s.start < offset + length) {
      range.setStart(node, s.start - offset)
      started = true
    }
    if (started && s.end <= offset + length) {
      range.setEnd(node, s.end - offset)
      return range
    }
    offset += length
  }
  return null
}

type Highlights = { set(name: string, h: unknown): void; delete(name: string): void }
const highlights = (): Highlights | null =>
  (globalThis as { CSS?: { highlights?: Highlights } }).CSS?.highlights ?? null
const HighlightClass = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight

/** Marks the sentence being read: the CSS highlight where the browser has it, else its block. */
const mark = (s: Sentence | null, previous: Sentence | null) => {
  previous?.block.classList.remove('reading')
  highlights()?.delete(HIGHLIGHT)
  if (!s) return
  const range = rangeOf(s)
  if (range && highlights() && HighlightClass)
    highlights()!.set(HIGHLIGHT, new HighlightClass(range))
  else s.block.classList.add('reading')
  s.block.scrollIntoView?.({ block: 'nearest' })
}

/** The three buttons, and which of them a state shows. */
const buttonsOf = (controls: HTMLElement) => {
  const [play, pause, stop] = ['play', 'pause', 'stop'].map((name) =>
    controls.querySelector<HTMLButtonElement>(`[data-action="${name}"]`),
  )
  if (!play || !pause || !stop) return null
  const show = (state: 'idle' | 'reading' | 'paused') => {
    const focused = controls.contains(document.activeElement)
    play.hidden = state === 'reading'
    play.textContent =
      state === 'paused' ? (controls.dataset.resume ?? '') : (controls.dataset.play ?? '')
    pause.hidden = state !== 'reading'
    stop.hidden = state === 'idle'
    // A keyboard user keeps their place: the button that took the pressed one's place gets focus.
    if (focused) (state === 'reading' ? pause : play).focus()
  }
  return { play, pause, stop, show }
}

/**
 * Reads the sentences one utterance each, marking each as it is read. Each reading has its
 * number: what a cancelled one reports afterwards (its end, an "interrupted") is ignored.
 */
const reader = (
  synth: SpeechSynthesis,
  lang: string,
  voice: () => SpeechSynthesisVoice | undefined,
  onIdle: () => void,
  onError: () => void,
) => {
  let sentences: Sentence[] = []
  let at = -1
  let reading = 0
  const end = () => {
    const current = sentences[at] ?? null
    at = -1
    reading++
    mark(null, current)
    onIdle()
  }
  const speak = (i: number, run: number) => {
    const s = sentences[i]
    if (!s) return end()
    mark(s, sentences[at] ?? null)
    at = i
    const utterance = new SpeechSynthesisUtterance(s.text)
    utterance.lang = lang
    const v = voice()
    try {
      if (v) utterance.voice = v
    } catch {
      // Not a voice this browser's utterances take (a stand-in): its language still applies.
    }
    utterance.onend = () => {
      if (run === reading) speak(i + 1, run)
    }
    utterance.onerror = (e) => {
      if (run !== reading || e.error === 'interrupted' || e.error === 'canceled') return
      end()
      onError()
    }
    synth.speak(utterance)
  }
  return {
    start: (all: Sentence[]) => {
      end()
      synth.cancel()
      sentences = all
      speak(0, reading)
    },
    stop: () => {
      end()
      synth.cancel()
    },
    reading: () => at >= 0,
  }
}

export const startReadAloud = (controls: HTMLElement): void => {
  const synth = window.speechSynthesis as SpeechSynthesis | undefined
  const root = document.querySelector(`[${Marker.readAloudText}]`)
  const buttons = buttonsOf(controls)
  if (!synth || !root || !buttons) return
  const lang = document.documentElement.lang || 'nl'
  const voice = () =>
    synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase()))
  const read = reader(
    synth,
    lang,
    voice,
    () => buttons.show('idle'),
    () => (controls.hidden = true),
  )
  buttons.play.addEventListener('click', () => {
    if (synth.paused && read.reading()) synth.resume()
    else read.start(sentencesOf(root))
    buttons.show('reading')
  })
  buttons.pause.addEventListener('click', () => {
    synth.pause()
    buttons.show('paused')
  })
  buttons.stop.addEventListener('click', read.stop)
  const reveal = () => {
    if (voice()) controls.hidden = false
  }
  reveal()
  if (controls.hidden) {
    synth.addEventListener?.('voiceschanged', reveal, { once: true })
    setTimeout(reveal, VOICE_WAIT_MS)
  }
  window.addEventListener('pagehide', () => synth.cancel())
}

for (const controls of document.querySelectorAll<HTMLElement>(
  `[data-module="${Island.readAloud}"]`,
))
  startReadAloud(controls)
