'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

export type ActionState<T> =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; body: T }
  | { kind: 'error'; message: string }

/**
 * A sidebar action that POSTs (with an optional JSON body) to one of the plugin's endpoints
 * with the admin's login cookie, then refreshes the document (and calls `onDone`, for a list
 * that reloads what it shows). The error shown is the endpoint's own (Dutch / English) message.
 */
export const usePostAction = <T>(
  url: string | null,
  body?: unknown,
  onDone?: (answer: T) => void,
): { state: ActionState<T>; run: () => void } => {
  const router = useRouter()
  const [state, setState] = useState<ActionState<T>>({ kind: 'idle' })
  const post = async () => {
    if (!url) return
    setState({ kind: 'busy' })
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    })
    const answer: unknown = await res.json().catch(() => ({}))
    if (res.ok) {
      setState({ kind: 'done', body: answer as T })
      router.refresh()
      onDone?.(answer as T)
    } else {
      setState({ kind: 'error', message: errorMessageOf(answer) ?? res.statusText })
    }
  }
  // A click handler returns nothing: a request that fails outright (offline) shows its error too.
  const run = () => {
    post().catch((error: unknown) =>
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
  }
  return { state, run }
}

/** The first message of an error answer from Payload or the plugin's endpoints (`{ errors: [{ message }] }`). */
export const errorMessageOf = (answer: unknown): string | undefined => {
  const errors =
    answer && typeof answer === 'object' && 'errors' in answer ? answer.errors : undefined
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined
  return first &&
    typeof first === 'object' &&
    'message' in first &&
    typeof first.message === 'string'
    ? first.message
    : undefined
}
