import { REPORT_REASONS } from '../../lib/vocabulary'
import { usePage } from '../context'
import { Marker, marked } from '../islands/names'
import { pick } from '../i18n'

export interface ReportState {
  done?: boolean
  errors?: string[]
  values?: { reason?: string; message?: string }
}

/** What was wrong with the last post, as a list under an alert's title (nothing when all was well). */
const ReportErrors = ({ errors }: { errors?: string[] }) => {
  const { t } = usePage()
  return errors?.length ? (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p>
        <strong>{t('report.errorTitle')}</strong>
      </p>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  ) : null
}

/** What is wrong: one reason of the list, as radio buttons. */
const ReasonChoice = ({ reason }: { reason?: string }) => {
  const { t, locale } = usePage()
  return (
    <fieldset>
      <legend>{t('report.reason')}</legend>
      {REPORT_REASONS.map((r) => (
        <div className="check" key={r.value}>
          <input
            type="radio"
            id={`reason-${r.value}`}
            name="reason"
            value={r.value}
            defaultChecked={reason === r.value}
          />
          <label htmlFor={`reason-${r.value}`}>{pick(r.label, locale)}</label>
        </div>
      ))}
    </fieldset>
  )
}

/** What is wrong in the resident's own words (needed only for the reason "other"). */
const MessageField = ({ message }: { message?: string }) => {
  const { t } = usePage()
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label utrecht-form-field__label" htmlFor="report-message">
        {t('report.message')}
      </label>
      <span className="field-hint" id="report-message-hint">
        {t('report.messageHint')}
      </span>
      <textarea
        className="utrecht-textbox utrecht-textbox--html-input"
        id="report-message"
        name="message"
        rows={3}
        maxLength={1000}
        aria-describedby="report-message-hint"
        defaultValue={message ?? ''}
      />
    </div>
  )
}

/** "Klopt er iets niet?": a plain POST form on every listing (no JavaScript, no personal data). */
export const ReportForm = ({ action, state = {} }: { action: string; state?: ReportState }) => {
  const { t } = usePage()
  return (
    <section
      className="panel"
      id="melding"
      aria-labelledby="melding-title"
      {...marked(Marker.readAloudSkip)}
    >
      <h2 id="melding-title">{t('report.title')}</h2>
      {state.done ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p>{t('report.thanks')}</p>
        </div>
      ) : (
        <form method="post" action={`${action}#melding`} noValidate>
          <p>{t('report.intro')}</p>
          <ReportErrors errors={state.errors} />
          <ReasonChoice reason={state.values?.reason} />
          <MessageField message={state.values?.message} />
          {/* A field people never see: robots that fill in every field give themselves away. */}
          <div className="visually-hidden" aria-hidden="true">
            <label htmlFor="report-website">{t('report.spam')}</label>
            <input
              type="text"
              id="report-website"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>
          <button className="utrecht-button utrecht-button--secondary-action" type="submit">
            {t('report.submit')}
          </button>
        </form>
      )}
    </section>
  )
}
