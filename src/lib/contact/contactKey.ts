/**
 * One comparable form of a person's contact detail, so "Anna@Example.nl " and
 * "anna@example.nl", or "+31 6 1234 5678" and "06-12345678", find the same person when an
 * editor exports or erases their data.
 */
export const contactKey = (value: string): string => {
  const trimmed = value.trim()
  if (trimmed.includes('@')) return trimmed.toLowerCase()
  // "+31 (0)6 …" and "0031 6 …" are the Dutch "06 …"; other countries keep their +code
  // (and drop the "(0)" written for callers from inside the country).
  let digits = trimmed.replace(/\(0\)/g, '').replace(/[^\d+]/g, '')
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`
  digits = digits.replace(/(?!^)\+/g, '')
  if (digits.startsWith('+31')) return `0${digits.slice(3).replace(/^0/, '')}`
  return digits
}
