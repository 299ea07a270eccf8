/**
 * A citizen service number (BSN) must never be typed into a referral. A BSN is nine digits that
 * pass the "elfproef": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). Written
 * with dots or spaces ("123.456.782", "1234 56 782") it is still found; longer digit runs (a
 * phone number, an IBAN's digits) are not a BSN.
 */
const DIGIT_RUN = /(?<!\d)\d[\d. ]{7,12}\d(?!\d)/g

export const isBsn = (digits: string): boolean => {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i])
  sum -= Number(digits[8])
  return sum % 11 === 0
}

/** Whether the text contains something that is a BSN. */
export const containsBsn = (text: string): boolean =>
  [...text.matchAll(DIGIT_RUN)].some((m) => isBsn(m[0].replace(/[. ]/g, '')))
