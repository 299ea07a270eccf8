import { expect, test } from '@jest/globals'

import { visibleUntil } from '../../../src/lib/search/visibleUntil'

test('stale: hideAfterDays after it was last confirmed, or created when never confirmed', () => {
  expect(
    visibleUntil(
      { checkedOn: '2026-06-01T10:00:00.000Z', createdAt: '2025-01-01T00:00:00.000Z' },
      180,
    ),
  ).toBe('2026-11-28T10:00:00.000Z')
  expect(visibleUntil({ checkedOn: null, createdAt: '2026-06-01T10:00:00.000Z' }, 10)).toBe(
    '2026-06-11T10:00:00.000Z',
  )
  expect(visibleUntil({ checkedOn: '2026-06-01T10:00:00.000Z' })).toBeNull()
})

test('over: from the start of the Dutch day after its last day (summer and winter time), whichever comes first', () => {
  // Last day 10 December: over from 11 December 00.00 in Amsterdam (23.00 UTC, winter time).
  expect(visibleUntil({ lastDay: '2026-12-10' })).toBe('2026-12-10T23:00:00.000Z')
  // Stored as Payload stores a date (noon UTC of the day): the same.
  expect(visibleUntil({ lastDay: '2026-07-10T12:00:00.000Z' })).toBe('2026-07-10T22:00:00.000Z')
  expect(visibleUntil({ lastDay: '2026-07-10', checkedOn: '2026-07-01T00:00:00.000Z' }, 5)).toBe(
    '2026-07-06T00:00:00.000Z',
  )
  expect(visibleUntil({ lastDay: 'no date' })).toBeNull()
})
