/**
 * Hooks that are the directory's behaviour rather than its rules: they queue e-mails or call the
 * network (the geocoder). `directoryPlugin({ enabled: false })` keeps the collections and their
 * rules (access, validation, who may change what) but takes these hooks out, so a disabled
 * plugin sends nothing and calls nothing.
 */
const marked = new WeakSet<object>()

/** Marks a hook as behaviour (see above); returns it unchanged. */
export const behaviour = <Hook extends object>(hook: Hook): Hook => {
  marked.add(hook)
  return hook
}

export const isBehaviour = (hook: unknown): boolean =>
  typeof hook === 'function' && marked.has(hook)
