import type { ReactNode } from 'react'

import { usePage } from '../context'
import type { FieldError } from '../forms/formInput'

/** The id of a form's field, so the error summary can link to it. */
const fieldId = (form: string, field: string): string => `${form}-${field}`

const errorOf = (errors: FieldError[] | undefined, field: string) =>
  errors?.find((e) => e.field === field)?.message

/**
 * At the top of a form that came back: what is wrong, each item a link to its field
 * (the GOV.UK / NL Design System error summary pattern). Focus goes here via the #anchor.
 */
export const ErrorSummary = ({
  form,
  title,
  errors,
}: {
  form: string
  title: string
  errors?: FieldError[]
}) =>
  errors?.length ? (
    <div
      className="utrecht-alert utrecht-alert--error"
      role="alert"
      id={`${form}-errors`}
      tabIndex={-1}
    >
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field}-${e.message}`}>
            {e.field ? <a href={`#${fieldId(form, e.field)}`}>{e.message}</a> : e.message}
          </li>
        ))}
      </ul>
    </div>
  ) : null

interface FieldProps {
  form: string
  name: string
  label: string
  hint?: string
  errors?: FieldError[]
  value?: string
}

const Described = ({ id, hint, error }: { id: string; hint?: string; error?: string }) => (
  <>
    {hint ? (
      <span className="field-hint" id={`${id}-hint`}>
        {hint}
      </span>
    ) : null}
    {error ? (
      <span className="field-error" id={`${id}-error`}>
        {error}
      </span>
    ) : null}
  </>
)
const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined

export const TextInput = ({
  form,
  name,
  label,
  hint,
  errors,
  value,
  type = 'text',
  autoComplete,
  inputMode,
  maxLength = 200,
}: FieldProps & {
  type?: 'text' | 'email' | 'tel'
  autoComplete?: string
  inputMode?: 'numeric' | 'tel' | 'email' | 'text'
  maxLength?: number
}) => {
  const id = fieldId(form, name)
  const error = errorOf(errors, name)
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <label className="utrecht-form-label utrecht-form-field__label" htmlFor={id}>
        {label}
      </label>
      <Described id={id} hint={hint} error={error} />
      <input
        className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        type={type}
        id={id}
        name={name}
        defaultValue={value ?? ''}
        maxLength={maxLength}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  )
}

export const TextArea = ({
  form,
  name,
  label,
  hint,
  errors,
  value,
  maxLength = 1000,
}: FieldProps & { maxLength?: number }) => {
  const id = fieldId(form, name)
  const error = errorOf(errors, name)
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label utrecht-form-field__label" htmlFor={id}>
        {label}
      </label>
      <Described id={id} hint={hint} error={error} />
      <textarea
        className="utrecht-textbox utrecht-textbox--html-input"
        id={id}
        name={name}
        rows={4}
        maxLength={maxLength}
        defaultValue={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  )
}

/** Radio buttons or checkboxes under one legend; the first control carries the field's id. */
export const Choices = ({
  form,
  name,
  legend,
  hint,
  errors,
  options,
  checked,
  type,
}: {
  form: string
  name: string
  legend: string
  hint?: string
  errors?: FieldError[]
  options: { value: string; label: string }[]
  checked: string[]
  type: 'radio' | 'checkbox'
}) => {
  const id = fieldId(form, name)
  const error = errorOf(errors, name)
  return (
    <fieldset className="choices" aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <Described id={id} hint={hint} error={error} />
      {options.map((o, i) => (
        <div className="check" key={o.value}>
          <input
            type={type}
            id={i === 0 ? id : `${id}-${o.value}`}
            name={name}
            value={o.value}
            defaultChecked={checked.includes(o.value)}
          />
          <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  )
}

/** The one consent checkbox, after the privacy text that explains it. */
export const Consent = ({
  form,
  label,
  errors,
  checked,
  children,
}: {
  form: string
  label: string
  errors?: FieldError[]
  checked: boolean
  children: ReactNode
}) => {
  const id = fieldId(form, 'consent')
  const error = errorOf(errors, 'consent')
  return (
    <div className="consent">
      {children}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <div className="check">
        <input
          type="checkbox"
          id={id}
          name="consent"
          value="yes"
          defaultChecked={checked}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  )
}

/** A field people never see: robots that fill in every field give themselves away. */
export const Honeypot = ({ form }: { form: string }) => {
  const { t } = usePage()
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor={`${form}-website`}>{t('report.spam')}</label>
      <input
        type="text"
        id={`${form}-website`}
        name="website"
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
      />
    </div>
  )
}
