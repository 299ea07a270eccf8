'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { errorMessageOf } from './usePostAction'

export type PersonDataState =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'message'; text: string }

/** Downloads everything held about one contact detail as a file; the error message if refused. */
const download = async (contact: string): Promise<string | null> => {
  const res = await fetch(`/api/interests/person?contact=${encodeURIComponent(contact)}`, {
    credentials: 'include',
  })
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => ({}))
    return errorMessageOf(body) ?? res.statusText
  }
  const blob = await res.blob()
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = 'meedoen-gegevens.json'
  link.click()
  URL.revokeObjectURL(link.href)
  return null
}

/** Deletes all interest of one contact detail: how many were deleted, or the error message. */
const eraseAll = async (contact: string): Promise<{ deleted: number } | { error: string }> => {
  const res = await fetch('/api/interests/person/erase', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contact }),
  })
  const body: unknown = await res.json().catch(() => ({}))
  if (!res.ok) return { error: errorMessageOf(body) ?? res.statusText }
  const deleted =
    body && typeof body === 'object' && 'deleted' in body && typeof body.deleted === 'number'
      ? body.deleted
      : 0
  return { deleted }
}

/**
 * The export and erase actions for one contact detail, as click handlers, and what they last
 * said. Erasing asks for confirmation first and refreshes the list after.
 */
export const usePersonData = (contact: string, nl: boolean) => {
  const router = useRouter()
  const [state, setState] = useState<PersonDataState>({ kind: 'idle' })

  const exportData = async () => {
    setState({ kind: 'busy' })
    const error = await download(contact)
    setState({
      kind: 'message',
      text: error ?? (nl ? 'Het bestand is gedownload.' : 'The file was downloaded.'),
    })
  }

  const erase = async () => {
    if (
      !window.confirm(
        nl
          ? `Alle interesse van ${contact} definitief verwijderen?`
          : `Permanently delete all interest of ${contact}?`,
      )
    )
      return
    setState({ kind: 'busy' })
    const result = await eraseAll(contact)
    if ('error' in result) return setState({ kind: 'message', text: result.error })
    const { deleted } = result
    setState({ kind: 'message', text: nl ? `${deleted} verwijderd.` : `${deleted} deleted.` })
    router.refresh()
  }

  // A click handler returns nothing: a request that fails outright (offline) is shown like the others.
  const handle = (action: () => Promise<void>) => () => {
    action().catch((error: unknown) =>
      setState({ kind: 'message', text: error instanceof Error ? error.message : String(error) }),
    )
  }

  return { state, exportData: handle(exportData), erase: handle(erase) }
}
