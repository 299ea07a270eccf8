/**
 * A small circuit breaker: closed → open after `failureThreshold` consecutive failures; after
 * `coolDownMs` one trial call is let through (half-open): success closes it, failure reopens it.
 */
type BreakerState = 'closed' | 'open' | 'half-open'

export interface CircuitBreakerOptions {
  failureThreshold?: number
  coolDownMs?: number
  now?: () => number
}

export class CircuitOpenError extends Error {
  constructor() {
    super('Circuit open: the service failed repeatedly and is not called until the cool-down ends')
    this.name = 'CircuitOpenError'
  }
}

export interface CircuitBreaker {
  state: () => BreakerState
  /** Runs fn unless the circuit is open. `isFailure` decides which errors count (default: all). */
  run: <T>(fn: () => Promise<T>, isFailure?: (err: unknown) => boolean) => Promise<T>
  reset: () => void
}

export const createCircuitBreaker = ({
  failureThreshold = 3,
  coolDownMs = 60_000,
  now = Date.now,
}: CircuitBreakerOptions = {}): CircuitBreaker => {
  let failures = 0
  let openedAt: number | null = null
  let trialInFlight = false

  const state = (): BreakerState => {
    if (openedAt === null) return 'closed'
    return now() - openedAt >= coolDownMs ? 'half-open' : 'open'
  }

  const succeed = () => {
    failures = 0
    openedAt = null
  }

  const fail = () => {
    failures += 1
    if (openedAt !== null || failures >= failureThreshold) openedAt = now()
  }

  const run = async <T>(
    fn: () => Promise<T>,
    isFailure: (err: unknown) => boolean = () => true,
  ): Promise<T> => {
    const current = state()
    if (current === 'open' || (current === 'half-open' && trialInFlight))
      throw new CircuitOpenError()
    const isTrial = current === 'half-open'
    if (isTrial) trialInFlight = true
    try {
      const result = await fn()
      succeed()
      return result
    } catch (err) {
      if (isFailure(err)) fail()
      else succeed()
      throw err
    } finally {
      if (isTrial) trialInFlight = false
    }
  }

  return {
    state,
    run,
    reset: () => {
      failures = 0
      openedAt = null
      trialInFlight = false
    },
  }
}
