import { usePage } from '../context'
import { Island, startsIsland } from '../islands/names'

export interface SearchFieldsProps {
  q?: string
  postcode?: string
  radius?: number
  /** Keeps "use my location" coordinates in the form. */
  lat?: number
  lon?: number
}

const RADII = [2, 5, 10, 25, 50]

/** A text field of the search box: label, hint and the input the hint describes. */
const SearchText = ({
  name,
  type,
  label,
  hint,
  value,
  maxLength,
  autoComplete,
}: {
  name: string
  type: 'search' | 'text'
  label: string
  hint: string
  value: string
  maxLength: number
  autoComplete: string
}) => (
  <div className="utrecht-form-field utrecht-form-field--text">
    <label className="utrecht-form-label utrecht-form-field__label" htmlFor={name}>
      {label}
    </label>
    <span className="field-hint" id={`${name}-hint`}>
      {hint}
    </span>
    <input
      className="utrecht-textbox utrecht-textbox--html-input"
      type={type}
      id={name}
      name={name}
      defaultValue={value}
      maxLength={maxLength}
      autoComplete={autoComplete}
      aria-describedby={`${name}-hint`}
    />
  </div>
)

/** "Hoe ver?": the radius in km; a radius from the URL that is not one of ours joins the list. */
const RadiusField = ({ radius }: { radius: number }) => {
  const { t } = usePage()
  return (
    <div className="utrecht-form-field utrecht-form-field--select">
      <label className="utrecht-form-label utrecht-form-field__label" htmlFor="radius">
        {t('search.radius')}
      </label>
      <select
        className="utrecht-select utrecht-select--html-select"
        id="radius"
        name="radius"
        defaultValue={String(radius)}
      >
        {(RADII.includes(radius) ? RADII : [...RADII, radius].sort((a, b) => a - b)).map((km) => (
          <option key={km} value={km}>
            {t('search.radiusKm', { km })}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * "Gebruik mijn locatie" (hidden until its island starts: it fills lat/lon and submits the
 * form) and its status line: the search forms and the questionnaire's place question.
 */
export const UseLocation = ({ status }: { status: string }) => {
  const { t } = usePage()
  return (
    <>
      <button
        className="utrecht-button utrecht-button--secondary-action"
        type="button"
        hidden
        {...startsIsland(Island.useLocation)}
        data-status={status}
        data-busy={t('search.locating')}
        data-failed={t('search.locationFailed')}
      >
        {t('search.useLocation')}
      </button>{' '}
      <span id={status} role="status" aria-live="polite" />
    </>
  )
}

/** Search, and "gebruik mijn locatie" (hidden until its island starts) with its status line. */
const SearchActions = () => {
  const { t } = usePage()
  return (
    <div className="actions">
      <button className="utrecht-button utrecht-button--primary-action" type="submit">
        {t('search.submit')}
      </button>
      <UseLocation status="location-status" />
    </div>
  )
}

/** "Wat zoek je?", "Waar?", "Hoe ver?" and "gebruik mijn locatie": the search box of every search form. */
export const SearchFields = ({
  q = '',
  postcode = '',
  radius = 10,
  lat,
  lon,
}: SearchFieldsProps) => {
  const { t } = usePage()
  return (
    <div className="search-box">
      <div className="fields">
        <SearchText
          name="q"
          type="search"
          label={t('search.what')}
          hint={t('search.whatHint')}
          value={q}
          maxLength={200}
          autoComplete="off"
        />
        <SearchText
          name="postcode"
          type="text"
          label={t('search.where')}
          hint={t('search.whereHint')}
          value={postcode}
          maxLength={12}
          autoComplete="postal-code"
        />
        <RadiusField radius={radius} />
      </div>
      {lat !== undefined && lon !== undefined ? (
        <>
          <input type="hidden" name="lat" value={lat} />
          <input type="hidden" name="lon" value={lon} />
        </>
      ) : null}
      <SearchActions />
    </div>
  )
}
