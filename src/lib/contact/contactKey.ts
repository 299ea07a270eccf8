/**
 * One comparable form of a person's contact detail, so "Anna@Example.nl " and
 * "anna@example.nl", or "+31 6 1234 5678" and "06-12345678", find the same person when an
 * editor exports or erases their data.
 */
export const contactKey = (value: string): string => {
  const trimmed = value.trim()
  if (trimmed.includes('@')) return trimmed.toLowerCase()
  const digits = trimmed.replace(/[^\d+]/g, '')
  if (digits.startsWith('+31')) return `0${digits.slice(3)}`
  if (digits.startsWith('0031')) return `0${digits.slice(4)}`
  return digits.replace(/\+/g, '')
}
