import { APIError } from 'payload'

/** What a resident or editor reads when the database cannot store their write right now. */
const UNAVAILABLE_MESSAGE =
  'De database kan dit nu niet opslaan. Probeer het zo nog eens. / The database cannot store this right now. Please try again in a moment.'

/**
 * 503 Service Unavailable: nothing was stored and trying again later may work (disk full, I/O
 * error, the write lock held too long elsewhere). Payload answers it as JSON with this status and
 * logs it as an error.
 */
export const databaseUnavailable = (): APIError => new APIError(UNAVAILABLE_MESSAGE, 503)

export const isDatabaseUnavailable = (error: unknown): boolean =>
  (error as { status?: unknown } | null)?.status === 503
