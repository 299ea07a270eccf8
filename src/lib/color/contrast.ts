/** WCAG 2.1 colour contrast, for the colours a municipality may choose for its theme. */

const HEX = /^#([0-9a-f]{6})$/i

export const isHexColour = (value: unknown): value is string =>
  typeof value === 'string' && HEX.test(value)

const channel = (c: number): number => {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

/** Relative luminance (WCAG 2.1 definition) of a #rrggbb colour. */
const luminance = (hex: string): number => {
  const n = Number.parseInt(hex.slice(1), 16)
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  )
}

/** Contrast ratio between two #rrggbb colours, 1 … 21. */
export const contrastRatio = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** WCAG 2.1 AA for normal text. */
export const AA_TEXT = 4.5

/** Mixes a colour with black (amount < 0) or white (amount > 0); for hover and subtle shades. */
export const shade = (hex: string, amount: number): string => {
  const n = Number.parseInt(hex.slice(1), 16)
  const target = amount < 0 ? 0 : 255
  const t = Math.abs(amount)
  const mix = (c: number) => Math.round(c + (target - c) * t)
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix)
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}
