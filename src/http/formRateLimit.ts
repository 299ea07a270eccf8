import { RateLimiterMemory } from 'rate-limiter-flexible'

export interface FormRateLimitOptions {
  /** Submissions allowed per client IP within `durationSeconds`. */
  points: number
  durationSeconds: number
}

const FORM_RATE_LIMIT: FormRateLimitOptions = { points: 5, durationSeconds: 10 * 60 }

/** Anything with the client's IP: an express request, or the client context Payload's hooks see. */
interface Client {
  ip?: string
}

/**
 * A per-key budget (the client's IP unless a key is given). `take` answers null when the
 * request may go ahead, or the seconds to wait (for a 429 with Retry-After). In memory, per
 * process.
 */
export interface FormRateLimiter {
  take: (client: Client, key?: string) => Promise<number | null>
  /** Returns the point `take` used (e.g. after a successful login). */
  giveBack: (client: Client, key?: string) => Promise<void>
}

export const formRateLimit = (options: FormRateLimitOptions = FORM_RATE_LIMIT): FormRateLimiter => {
  const limiter = new RateLimiterMemory({
    points: options.points,
    duration: options.durationSeconds,
  })
  const keyOf = (client: Client, key?: string) => key ?? client.ip ?? 'unknown'
  return {
    take: async (client, key) => {
      try {
        await limiter.consume(keyOf(client, key))
        return null
      } catch (rejected) {
        const ms =
          (rejected as { msBeforeNext?: number }).msBeforeNext ?? options.durationSeconds * 1000
        return Math.max(1, Math.ceil(ms / 1000))
      }
    },
    giveBack: async (client, key) => {
      // Only into the current window: a reward after it ended would be an extra point.
      const used = await limiter.get(keyOf(client, key))
      if (used && used.consumedPoints > 0) await limiter.reward(keyOf(client, key), 1)
    },
  }
}

/** The public forms, each with its own per-IP budget. */
const FORM_KINDS = ['report', 'interest', 'loket', 'alert', 'room'] as const
export type FormKind = (typeof FORM_KINDS)[number]
export type FormLimiters = Record<FormKind, FormRateLimiter>

export const formLimiters = (options?: FormRateLimitOptions): FormLimiters =>
  Object.fromEntries(FORM_KINDS.map((kind) => [kind, formRateLimit(options)])) as FormLimiters

/** Collections anyone may create over REST, with the budget of the public form that creates them too. */
export const PUBLIC_CREATES: Record<string, FormKind> = {
  'listing-reports': 'report',
  interests: 'interest',
  'loket-requests': 'loket',
  alerts: 'alert',
  'room-bookings': 'room',
}
