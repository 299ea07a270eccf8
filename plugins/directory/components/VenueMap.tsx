'use client'

import 'leaflet/dist/leaflet.css'

import { FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRef } from 'react'

import { useVenueMap } from './useVenueMap'

type Point = [number, number] | null | undefined

const TEXT = {
  nl: {
    label: 'Ligging op de kaart',
    missing:
      'Deze locatie heeft geen ligging op de kaart: bewoners die in de buurt zoeken, vinden haar en het aanbod hier niet. Klik op de kaart waar de ingang is.',
    unverified: 'De ligging is niet gecontroleerd. Klopt de speld? Klik anders op de goede plek.',
    pending:
      'Het adres wordt nu opgezocht bij PDOK (het Kadaster). Binnen een minuut staat de speld op het adres; ververs dan de pagina. Tot dan staat hij midden in het postcodegebied.',
    hint: 'Klik op de kaart om de speld te zetten of te verplaatsen.',
    lon: 'Lengtegraad',
    lat: 'Breedtegraad',
    clear: 'Speld weghalen (opnieuw zoeken bij opslaan)',
    map: 'Kaart van de ligging',
  },
  en: {
    label: 'Location on the map',
    missing:
      'This venue has no location on the map: residents searching nearby will not find it or what happens here. Click on the map where the entrance is.',
    unverified: 'The location is not verified. Is the pin right? Otherwise click the right place.',
    pending:
      'The address is being looked up at PDOK (the Dutch land registry). Within a minute the pin is on the address; then reload the page. Until then it is in the middle of the postcode area.',
    hint: 'Click on the map to place or move the pin.',
    lon: 'Longitude',
    lat: 'Latitude',
    clear: 'Remove the pin (look the address up again on save)',
    map: 'Map of the location',
  },
}

type Text = (typeof TEXT)['nl']

/** An empty point field reads as [null, null]: that is no pin. */
const pinOf = (value: Point): [number, number] | null =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n))
    ? value
    : null

/** What is wrong with the pin, if anything: none yet, a lookup under way, or not verified. */
const warningOf = (
  t: Text,
  point: [number, number] | null,
  status: string | undefined,
  source: string | undefined,
): string | null => {
  const pending = typeof source === 'string' && source.endsWith('pdok pending)')
  return !point
    ? t.missing
    : pending
      ? t.pending
      : status === 'not_verified' || status === 'approximate'
        ? t.unverified
        : null
}

/** The coordinates as text fields, for keyboard users, and the button that removes the pin. */
const CoordinateInputs = ({
  t,
  point,
  readOnly,
  setValue,
}: {
  t: Text
  point: [number, number] | null
  readOnly: boolean | undefined
  setValue: (value: [number, number] | null) => void
}) => {
  const setPart = (index: 0 | 1, text: string) => {
    const n = Number(text.replace(',', '.'))
    if (!Number.isFinite(n)) return
    const next: [number, number] = point ? [...point] : [0, 0]
    next[index] = n
    setValue(next)
  }
  return (
    <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
      <label>
        {t.lon}{' '}
        <input
          type="text"
          inputMode="decimal"
          readOnly={readOnly}
          value={point ? String(point[0]) : ''}
          onChange={(e) => setPart(0, e.target.value)}
        />
      </label>
      <label>
        {t.lat}{' '}
        <input
          type="text"
          inputMode="decimal"
          readOnly={readOnly}
          value={point ? String(point[1]) : ''}
          onChange={(e) => setPart(1, e.target.value)}
        />
      </label>
      {!readOnly && point ? (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => setValue(null)}
        >
          {t.clear}
        </button>
      ) : null}
    </div>
  )
}

/**
 * The venue's `location` in the admin: a small Leaflet map with the pin, which editors and
 * members set or move by clicking (the save then keeps it as "handmatig"), the coordinates as
 * fields for keyboard users, and a warning while the venue has no verified location.
 */
export const VenueMap = ({
  path = 'location',
  tileURL,
  attribution,
}: {
  path?: string
  tileURL: string
  attribution: string
}) => {
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nl
  const { value, setValue, readOnly } = useField<Point>({ path })
  const status = useFormFields(([fields]) => fields.locationStatus?.value) as string | undefined
  const source = useFormFields(([fields]) => fields.locationSource?.value) as string | undefined
  const box = useRef<HTMLDivElement>(null)
  const point = pinOf(value)
  useVenueMap({ box, point, readOnly, setValue, tileURL, attribution })
  const warning = warningOf(t, point, status, source)

  return (
    <div className="field-type meedoen-venue-map" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={t.label} />
      {warning ? (
        <p
          role="status"
          className="meedoen-location-warning"
          style={{
            borderLeft: '4px solid var(--theme-warning-500, #b8860b)',
            paddingLeft: '0.75rem',
          }}
        >
          {warning}
        </p>
      ) : null}
      {/* Its own stacking context: Leaflet's controls (z-index 1000) would float over the admin's sticky bar. */}
      <div
        ref={box}
        role="application"
        aria-label={t.map}
        style={{ height: 280, marginBottom: '0.5rem', position: 'relative', zIndex: 0 }}
      />
      {!readOnly && <p style={{ marginTop: 0 }}>{t.hint}</p>}
      <CoordinateInputs t={t} point={point} readOnly={readOnly} setValue={setValue} />
    </div>
  )
}
