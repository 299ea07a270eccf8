'use client'

import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/**
 * On a listing: a warning when its venue has no (verified) location, because residents who
 * search nearby will not find the listing. Checks the venue as the viewer may read it.
 */
export const VenueLocationWarning = () => {
  const venue = useFormFields(([fields]) => fields.venue?.value) as
    number | string | null | undefined
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [missing, setMissing] = useState<string | null>(null)
  useEffect(() => {
    setMissing(null)
    if (venue === null || venue === undefined || venue === '') return
    const controller = new AbortController()
    void fetch(
      `${config.routes.api}/venues/${venue}?depth=0&draft=true&select[name]=true&select[location]=true&select[locationStatus]=true`,
      {
        credentials: 'include',
        signal: controller.signal,
      },
    )
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: { name?: string; location?: unknown; locationStatus?: string } | null) => {
        if (doc && (!Array.isArray(doc.location) || doc.locationStatus === 'not_verified'))
          setMissing(doc.name ?? '')
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [venue, config.routes.api])
  if (missing === null) return null
  const nl = i18n.language !== 'en'
  return (
    <p
      role="status"
      className="field-type meedoen-location-warning"
      style={{ borderLeft: '4px solid var(--theme-warning-500, #b8860b)', paddingLeft: '0.75rem' }}
    >
      {nl
        ? `De locatie ${missing} heeft geen ligging op de kaart: bewoners die in de buurt zoeken, vinden dit aanbod niet. Zet de speld bij de locatie (of vraag de redactie).`
        : `The venue ${missing} has no location on the map: residents searching nearby will not find this. Place its pin on the venue (or ask the editors).`}
    </p>
  )
}
