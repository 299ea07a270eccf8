'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

export type ActionState<T> = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; body: T } | { kind: 'error'; message: string }

/**
 * A sidebar action that POSTs to one of the plugin's endpoints with the admin's login cookie,
 * then refreshes the document. The error shown is the endpoint's own (Dutch / English) message.
 */
export const usePostAction = <T>(url: string | null): { state: ActionState<T>; run: () => Promise<void> } => {
  const router = useRouter()
  const [state, setState] = useState<ActionState<T>>({ kind: 'idle' })
  const run = async () => {
    if (!url) return
    setState({ kind: 'busy' })
    const res = await fetch(url, { method: 'POST', credentials: 'include' })
    const body = await res.json().catch(() => ({}))
    if (res.ok) {
      setState({ kind: 'done', body: body as T })
      router.refresh()
    } else {
      setState({ kind: 'error', message: body?.errors?.[0]?.message ?? res.statusText })
    }
  }
  return { state, run }
}
