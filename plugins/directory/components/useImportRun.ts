'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import type { RunState } from './importRunParts'
import { errorMessageOf } from './usePostAction'

const request = async (url: string, body?: unknown): Promise<RunState> => {
  const res = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    credentials: 'include',
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  })
  const answer: unknown = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(errorMessageOf(answer) ?? res.statusText)
  return answer as RunState
}

/**
 * An import's state from its endpoints under `base` (none: not saved yet): read at first, asked
 * every second while it runs, and replaced by what a step (`mapping`, `start`) answers. At the
 * end the page is refreshed, so the sidebar shows the new state.
 */
export const useImportRun = (base: string | null) => {
  const [run, setRun] = useState<RunState | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const act = useCallback(async (work: () => Promise<RunState>) => {
    setBusy(true)
    setError(null)
    try {
      setRun(await work())
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }, [])

  useEffect(() => {
    if (base) void act(() => request(`${base}/state`))
  }, [base, act])

  const router = useRouter()
  const ended = run?.status === 'done' || run?.status === 'failed'
  useEffect(() => {
    if (ended) router.refresh()
  }, [ended, router])
  useEffect(() => {
    if (!base || run?.status !== 'running') return
    const timer = setTimeout(
      () => void request(`${base}/state`).then(setRun, () => undefined),
      1000,
    )
    return () => clearTimeout(timer)
  }, [run, base])

  const send = (step: 'mapping' | 'start', body: unknown) =>
    void act(() => request(`${base}/${step}`, body))
  return { run, busy, error, send }
}
