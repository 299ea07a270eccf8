import type { ReactNode } from 'react'

import type { FieldError } from '../forms/formInput'
import { Described, describedBy, errorOf, fieldId } from './fieldParts'

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
