import { type Answers, RADII } from '../../lib/suggest/answers'
import { usePage } from '../context'
import { UseLocation } from './SearchFields'

/**
 * "Waar woon je?": a postcode, or "Gebruik mijn locatie" (hidden until its island starts; it
 * fills lat/lon and goes on), and how far.
 */
export const WhereFields = ({ answers, problem }: { answers: Answers; problem?: string }) => {
  const { t } = usePage()
  return (
    <>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="q-postcode">
          {t('suggest.postcode')}
        </label>
        <span className="field-hint" id="q-postcode-hint">
          {t('suggest.postcodeHint')}
        </span>
        {problem ? (
          <p className="field-error" id="q-postcode-error">
            {problem}
          </p>
        ) : null}
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          id="q-postcode"
          name="postcode"
          autoComplete="postal-code"
          defaultValue={answers.postcode ?? ''}
          aria-describedby={problem ? 'q-postcode-hint q-postcode-error' : 'q-postcode-hint'}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      {answers.location ? (
        <>
          <p>{t('suggest.hereKnown')}</p>
          <input type="hidden" name="lat" value={answers.location.lat.toFixed(5)} />
          <input type="hidden" name="lon" value={answers.location.lon.toFixed(5)} />
        </>
      ) : null}
      <p>
        <UseLocation status="q-location-status" />
      </p>
      <fieldset>
        <legend>{t('suggest.radius')}</legend>
        {RADII.map((km) => (
          <div className="check check-large" key={km}>
            <input
              type="radio"
              id={`q-radius-${km}`}
              name="radius"
              value={km}
              defaultChecked={answers.radiusKm === km}
            />
            <label htmlFor={`q-radius-${km}`}>{t('suggest.radiusKm', { km })}</label>
          </div>
        ))}
      </fieldset>
    </>
  )
}
