import { usePage } from '../context'
import type { FieldError } from '../forms/formInput'
import { Described, describedBy, errorOf, type FieldProps, fieldId } from './fieldParts'

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
  step,
  min,
}: FieldProps & {
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number'
  autoComplete?: string
  inputMode?: 'numeric' | 'tel' | 'email' | 'text'
  maxLength?: number
  /** Times on the quarter hour: 900 (seconds). */
  step?: number
  min?: string
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
        maxLength={type === 'date' || type === 'time' || type === 'number' ? undefined : maxLength}
        autoComplete={autoComplete}
        inputMode={inputMode}
        step={step}
        min={min}
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

type ContactFieldProps = Omit<FieldProps, 'name'>

/** An e-mail address (field `email`): the keyboard and autofill for addresses. */
export const EmailInput = (props: ContactFieldProps) => (
  <TextInput {...props} name="email" type="email" autoComplete="email" inputMode="email" />
)

/** A phone number (field `phone`): the phone keypad and autofill, at most 20 characters. */
export const PhoneInput = (props: ContactFieldProps) => (
  <TextInput {...props} name="phone" type="tel" autoComplete="tel" inputMode="tel" maxLength={20} />
)

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
