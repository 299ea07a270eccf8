'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

export type ActionState<T> = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; body: T } | { kind: 'error'; message: string }

/**
 * A sidebar action that POSTs (with an optional JSON body) to one of the plugin's endpoints
 * with the admin's login cookie, then refreshes the document. The error shown is the
 * endpoint's own (Dutch / English) message.
 */
export const usePostAction = <T>(url: string | null, body?: unknown): { state: ActionState<T>; run: () => Promise<void> } => {
  const router = useRouter()
  const [state, setState] = useState<ActionState<T>>({ kind: 'idle' })
  const run = async () => {
    if (!url) return
    setState({ kind: 'busy' })
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    })
    const answer = await res.json().catch(() => ({}))
    if (res.ok) {
      setState({ kind: 'done', body: answer as T })
      router.refresh()
    } else {
      setState({ kind: 'error', message: answer?.errors?.[0]?.message ?? res.statusText })
    }
  }
  return { state, run }
}
