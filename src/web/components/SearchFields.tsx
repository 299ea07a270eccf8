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
        <div className="utrecht-form-field utrecht-form-field--text">
          <label className="utrecht-form-label utrecht-form-field__label" htmlFor="q">
            {t('search.what')}
          </label>
          <span className="field-hint" id="q-hint">
            {t('search.whatHint')}
          </span>
          <input
            className="utrecht-textbox utrecht-textbox--html-input"
            type="search"
            id="q"
            name="q"
            defaultValue={q}
            maxLength={200}
            autoComplete="off"
            aria-describedby="q-hint"
          />
        </div>
        <div className="utrecht-form-field utrecht-form-field--text">
          <label className="utrecht-form-label utrecht-form-field__label" htmlFor="postcode">
            {t('search.where')}
          </label>
          <span className="field-hint" id="postcode-hint">
            {t('search.whereHint')}
          </span>
          <input
            className="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            id="postcode"
            name="postcode"
            defaultValue={postcode}
            maxLength={12}
            autoComplete="postal-code"
            aria-describedby="postcode-hint"
          />
        </div>
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
            {(RADII.includes(radius) ? RADII : [...RADII, radius].sort((a, b) => a - b)).map(
              (km) => (
                <option key={km} value={km}>
                  {t('search.radiusKm', { km })}
                </option>
              ),
            )}
          </select>
        </div>
      </div>
      {lat !== undefined && lon !== undefined ? (
        <>
          <input type="hidden" name="lat" value={lat} />
          <input type="hidden" name="lon" value={lon} />
        </>
      ) : null}
      <div className="actions">
        <button className="utrecht-button utrecht-button--primary-action" type="submit">
          {t('search.submit')}
        </button>
        <button
          className="utrecht-button utrecht-button--secondary-action"
          type="button"
          hidden
          {...startsIsland(Island.useLocation)}
          data-status="location-status"
          data-busy={t('search.locating')}
          data-failed={t('search.locationFailed')}
        >
          {t('search.useLocation')}
        </button>
        <span id="location-status" role="status" aria-live="polite" />
      </div>
    </div>
  )
}
