import { containsBsn, isBsn } from '../../../src/lib/bsn'

describe('BSN in a referral', () => {
  it('knows the elfproef', () => {
    expect(isBsn('111222333')).toBe(true)
    expect(isBsn('123456782')).toBe(true)
    expect(isBsn('123456789')).toBe(false)
    expect(isBsn('000000000')).toBe(false)
    expect(isBsn('12345678')).toBe(false)
  })

  it('finds one written plainly, with dots or with spaces', () => {
    expect(containsBsn('BSN 111222333, graag bellen')).toBe(true)
    expect(containsBsn('bsn: 123.456.782')).toBe(true)
    expect(containsBsn('nummer 1234 56 782')).toBe(true)
  })

  it('leaves phone numbers, postcodes, dates and numbers failing the test alone', () => {
    expect(containsBsn('bel 0612345678 of +31 6 12345678')).toBe(false)
    expect(containsBsn('+31612345678')).toBe(false)
    expect(containsBsn('9712 AB, 12-03-2026, 123456789')).toBe(false)
    expect(containsBsn('Heeft hulp nodig bij de taal')).toBe(false)
  })
})
