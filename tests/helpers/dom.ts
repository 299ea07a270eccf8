import { Window } from 'happy-dom'

/**
 * A browser document (happy-dom) installed as the globals an island uses, so the island's real
 * module runs on it as it would in a page: `document`, `window`, `history`, `location`,
 * `navigator`, `FormData`, `CustomEvent`.
 */
const NAMES = ['window', 'document', 'history', 'location', 'navigator', 'FormData', 'CustomEvent']

/** Takes the globals away again and closes the window (jest's own clean-up recurses into them otherwise). */
export const removeDom = async (window: Window): Promise<void> => {
  for (const name of NAMES) Reflect.deleteProperty(globalThis, name)
  await window.happyDOM.close()
}

export const installDom = (bodyHtml: string, url = 'http://localhost/zoeken'): Window => {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  })
  window.document.body.innerHTML = bodyHtml
  const globals: Record<string, unknown> = {
    window,
    document: window.document,
    history: window.history,
    location: window.location,
    FormData: window.FormData,
    CustomEvent: window.CustomEvent,
  }
  for (const [name, value] of Object.entries({ ...globals, navigator: window.navigator }))
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true })
  return window
}
