import type { Request } from 'express'
import { RateLimiterMemory } from 'rate-limiter-flexible'

export interface FormRateLimitOptions {
  /** Submissions allowed per client IP within `durationSeconds`. */
  points: number
  durationSeconds: number
}

export const FORM_RATE_LIMIT: FormRateLimitOptions = { points: 5, durationSeconds: 10 * 60 }

/**
 * Per-IP limit for the public forms (and, with give-back on success, for logins). `take`
 * answers null when the request may go ahead, or the seconds to wait (for a 429 with
 * Retry-After). In memory, per process.
 */
export interface FormRateLimiter {
  take: (req: Request) => Promise<number | null>
  /** Returns the point `take` used (e.g. after a successful login). */
  giveBack: (req: Request) => Promise<void>
}

export const formRateLimit = (options: FormRateLimitOptions = FORM_RATE_LIMIT): FormRateLimiter => {
  const limiter = new RateLimiterMemory({ points: options.points, duration: options.durationSeconds })
  return {
    take: async (req: Request): Promise<number | null> => {
      try {
        await limiter.consume(req.ip ?? 'unknown')
        return null
      } catch (rejected) {
        const ms = (rejected as { msBeforeNext?: number }).msBeforeNext ?? options.durationSeconds * 1000
        return Math.max(1, Math.ceil(ms / 1000))
      }
    },
    giveBack: async (req: Request) => {
      await limiter.reward(req.ip ?? 'unknown', 1).catch(() => undefined)
    },
  }
}

/** The public forms, each with its own per-IP budget. */
export const FORM_KINDS = ['report', 'interest', 'loket'] as const
export type FormKind = (typeof FORM_KINDS)[number]
export type FormLimiters = Record<FormKind, FormRateLimiter>

export const formLimiters = (options?: FormRateLimitOptions): FormLimiters =>
  Object.fromEntries(FORM_KINDS.map((kind) => [kind, formRateLimit(options)])) as FormLimiters
