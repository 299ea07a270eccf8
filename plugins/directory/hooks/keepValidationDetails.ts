import type { AfterErrorHook } from 'payload'

interface FieldError {
  path: string
  message: string
}
interface DetailedError {
  name?: string
  message?: string
  status?: number
  data?: { errors?: FieldError[] }
}

const fieldErrorsOf = (error: unknown): FieldError[] | undefined => {
  const errors = (error as DetailedError | null)?.data?.errors
  return Array.isArray(errors) && errors.length && errors.every((e) => typeof e?.path === 'string')
    ? errors
    : undefined
}

/**
 * A validation error answers with each field's path and message, so the admin marks the fields
 * and not only shows a toast. Payload adds them only when the error is an instance of its own
 * ValidationError class; Next bundles its own copy of Payload beside the host's, so an error
 * made by the other copy failed that check and lost its fields (every field error in the admin
 * showed only as a toast). This puts them back in Payload's own shape.
 */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const fields = fieldErrorsOf(error)
  const answered = (result as { errors?: { data?: unknown }[] } | undefined)?.errors?.[0]?.data
  if (!fields || answered) return
  const e = error as DetailedError
  return {
    status: e.status ?? 400,
    response: { errors: [{ name: 'ValidationError', data: e.data, message: e.message }] },
  }
}
