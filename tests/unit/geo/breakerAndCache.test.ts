import { describe, expect, test } from '@jest/globals'

import { createLruCache } from '../../../src/lib/geo/cache'
import { CircuitOpenError, createCircuitBreaker } from '../../../src/lib/geo/circuitBreaker'

const clock = (start = 1_000_000) => {
  let t = start
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms
    },
  }
}

describe('circuit breaker', () => {
  test('opens after 3 consecutive failures, half-opens after the cool-down, closes on success', async () => {
    const c = clock()
    const breaker = createCircuitBreaker({ now: c.now })
    let calls = 0
    const failing = () => {
      calls += 1
      return Promise.reject(new Error('down'))
    }
    for (let i = 0; i < 3; i++) await expect(breaker.run(failing)).rejects.toThrow('down')
    expect(breaker.state()).toBe('open')
    await expect(breaker.run(failing)).rejects.toBeInstanceOf(CircuitOpenError)
    expect(calls).toBe(3)
    c.advance(59_999)
    expect(breaker.state()).toBe('open')
    c.advance(1)
    expect(breaker.state()).toBe('half-open')
    // A failed trial reopens it for another cool-down.
    await expect(breaker.run(failing)).rejects.toThrow('down')
    expect(calls).toBe(4)
    expect(breaker.state()).toBe('open')
    c.advance(60_000)
    await expect(breaker.run(() => Promise.resolve('ok'))).resolves.toBe('ok')
    expect(breaker.state()).toBe('closed')
  })

  test('a success resets the count; errors that are not failures do not count', async () => {
    const breaker = createCircuitBreaker({ failureThreshold: 2 })
    await expect(breaker.run(() => Promise.reject(new Error('a')))).rejects.toThrow()
    await breaker.run(() => Promise.resolve(1))
    await expect(breaker.run(() => Promise.reject(new Error('b')))).rejects.toThrow()
    expect(breaker.state()).toBe('closed')
    const notFound = new Error('not found')
    for (let i = 0; i < 5; i++)
      await expect(
        breaker.run(
          () => Promise.reject(notFound),
          (e) => e !== notFound,
        ),
      ).rejects.toBe(notFound)
    expect(breaker.state()).toBe('closed')
  })

  test('lets one trial through while half-open', async () => {
    const c = clock()
    const breaker = createCircuitBreaker({ failureThreshold: 1, coolDownMs: 10, now: c.now })
    await expect(breaker.run(() => Promise.reject(new Error('x')))).rejects.toThrow()
    c.advance(10)
    let release!: () => void
    const trial = breaker.run(
      () =>
        new Promise<void>((r) => {
          release = r
        }),
    )
    await expect(breaker.run(() => Promise.resolve(2))).rejects.toBeInstanceOf(CircuitOpenError)
    release()
    await trial
    expect(breaker.state()).toBe('closed')
  })
})

describe('LRU + TTL cache', () => {
  test('evicts the least recently used entry beyond max', () => {
    const cache = createLruCache<number>({ max: 2 })
    cache.set('a', 1)
    cache.set('b', 2)
    expect(cache.get('a')).toBe(1)
    cache.set('c', 3)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBe(1)
    expect(cache.get('c')).toBe(3)
    expect(cache.size()).toBe(2)
  })

  test('forgets entries after the time to live (7 days by default)', () => {
    const c = clock()
    const cache = createLruCache<string>({ now: c.now })
    cache.set('k', 'v')
    c.advance(7 * 24 * 3600_000 - 1)
    expect(cache.get('k')).toBe('v')
    c.advance(1)
    expect(cache.get('k')).toBeUndefined()
  })
})
