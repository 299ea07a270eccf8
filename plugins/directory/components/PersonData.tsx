'use client'

import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { usePersonData } from './usePersonData'

/** The e-mail address or phone number the request is about. */
const ContactInput = ({
  nl,
  contact,
  setContact,
}: {
  nl: boolean
  contact: string
  setContact: (contact: string) => void
}) => {
  const id = useId()
  return (
    <div className="field-type text">
      <label className="field-label" htmlFor={id}>
        {nl ? 'E-mailadres of telefoonnummer' : 'E-mail address or phone number'}
      </label>
      <input
        id={id}
        type="text"
        value={contact}
        onChange={(e) => setContact(e.target.value)}
        autoComplete="off"
      />
    </div>
  )
}

/**
 * Above the interests list, for editors: a person's access or erasure request. Export
 * downloads everything held about one e-mail address or phone number; erase deletes it.
 */
export const PersonData = () => {
  const { user } = useAuth<{ roles?: string[] }>()
  const { i18n } = useTranslation()
  const [contact, setContact] = useState('')
  const nl = i18n.language === 'nl'
  const { state, exportData, erase } = usePersonData(contact, nl)
  if (!user?.roles?.some((r) => r === 'editor' || r === 'admin')) return null
  const disabled = state.kind === 'busy' || contact.trim().length < 5

  return (
    <details style={{ marginBottom: 'var(--base)' }}>
      <summary>
        {nl
          ? 'Inzage- of verwijderverzoek van één persoon'
          : "One person's access or erasure request"}
      </summary>
      <div
        style={{
          display: 'flex',
          gap: '0.5rem',
          alignItems: 'end',
          flexWrap: 'wrap',
          marginTop: '0.5rem',
        }}
      >
        <ContactInput nl={nl} contact={contact} setContact={setContact} />
        <Button buttonStyle="secondary" size="small" disabled={disabled} onClick={exportData}>
          {nl ? 'Exporteer gegevens' : 'Export data'}
        </Button>
        <Button buttonStyle="error" size="small" disabled={disabled} onClick={erase}>
          {nl ? 'Wis gegevens' : 'Erase data'}
        </Button>
      </div>
      <p role="status">{state.kind === 'message' ? state.text : ''}</p>
    </details>
  )
}
