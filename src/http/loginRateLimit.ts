import type { RequestHandler } from 'express'

import { formRateLimit } from './formRateLimit'

export interface LoginRateLimitOptions {
  /** Failed logins allowed per client IP within `durationSeconds`. */
  failures: number
  durationSeconds: number
}

export const LOGIN_RATE_LIMIT: LoginRateLimitOptions = { failures: 10, durationSeconds: 15 * 60 }

/**
 * Brute-force protection for Payload's login (and password reset): each attempt takes a point
 * for the client's IP and a successful one gives it back, so only failures count. When the
 * points are used up, every attempt from that IP gets 429 with Retry-After until the window has
 * passed, and the request never reaches Payload. A busy office behind one IP is not locked out
 * by its own users. Counters live in this process's memory.
 */
export const loginRateLimit = (options: LoginRateLimitOptions = LOGIN_RATE_LIMIT): RequestHandler => {
  const limiter = formRateLimit({ points: options.failures, durationSeconds: options.durationSeconds })
  return async (req, res, next) => {
    // Take the point before the attempt (so parallel guesses cannot all slip through) and give
    // it back when the login succeeds.
    const retryAfter = await limiter.take(req)
    if (retryAfter !== null) {
      const minutes = Math.ceil(retryAfter / 60)
      res
        .status(429)
        .set('Retry-After', String(retryAfter))
        .set('Cache-Control', 'no-store')
        .json({
          errors: [
            {
              message: `Te veel mislukte pogingen om in te loggen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw. / Too many failed login attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
            },
          ],
        })
      return
    }
    res.on('finish', () => {
      // A password-reset request always answers 200 (it must not reveal who exists): it keeps its point.
      if (res.statusCode < 400 && req.path.endsWith('/login')) void limiter.giveBack(req)
    })
    next()
  }
}

/** Payload's endpoints where guessing is possible. */
export const LOGIN_PATHS = ['/api/users/login', '/api/users/forgot-password', '/api/users/reset-password']
