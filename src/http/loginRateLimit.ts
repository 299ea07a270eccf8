import type { RequestHandler } from 'express'
import { RateLimiterMemory } from 'rate-limiter-flexible'

export interface LoginRateLimitOptions {
  /** Failed logins allowed per client IP within `durationSeconds`. */
  failures: number
  durationSeconds: number
}

export const LOGIN_RATE_LIMIT: LoginRateLimitOptions = { failures: 10, durationSeconds: 15 * 60 }

/**
 * Brute-force protection for Payload's login (and password reset request): each *failed*
 * attempt (401/403/400 answer) costs a point for the client's IP; when the points are used up,
 * every login from that IP gets 429 with Retry-After until the window has passed, and the
 * request never reaches Payload. Successful logins cost nothing, so a busy office behind one
 * IP is not locked out by its own users. Counters live in this process's memory.
 */
export const loginRateLimit = (options: LoginRateLimitOptions = LOGIN_RATE_LIMIT): RequestHandler => {
  const limiter = new RateLimiterMemory({ points: options.failures, duration: options.durationSeconds })
  return async (req, res, next) => {
    const key = req.ip ?? 'unknown'
    const state = await limiter.get(key)
    if (state && state.consumedPoints >= options.failures) {
      const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000))
      res
        .status(429)
        .set('Retry-After', String(retryAfter))
        .set('Cache-Control', 'no-store')
        .json({
          errors: [
            {
              message: `Te veel mislukte pogingen om in te loggen. Probeer het over ${Math.ceil(retryAfter / 60)} minuten opnieuw. / Too many failed login attempts. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
            },
          ],
        })
      return
    }
    res.on('finish', () => {
      if (res.statusCode === 400 || res.statusCode === 401 || res.statusCode === 403) void limiter.penalty(key, 1).catch(() => undefined)
    })
    next()
  }
}

/** Payload's endpoints where guessing is possible. */
export const LOGIN_PATHS = ['/api/users/login', '/api/users/forgot-password', '/api/users/reset-password']
