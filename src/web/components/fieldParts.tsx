import type { FieldError } from '../forms/formInput'

/** What the form fields share: ids that the error summary links to, hints and errors read with the field. */

/** The id of a form's field, so the error summary can link to it. */
export const fieldId = (form: string, field: string): string => `${form}-${field}`

export const errorOf = (errors: FieldError[] | undefined, field: string) =>
  errors?.find((e) => e.field === field)?.message

export interface FieldProps {
  form: string
  name: string
  label: string
  hint?: string
  errors?: FieldError[]
  value?: string
}

export const Described = ({ id, hint, error }: { id: string; hint?: string; error?: string }) => (
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
export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
