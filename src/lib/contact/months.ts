const MONTH = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
})

/** yyyy-mm of an instant in Amsterdam, `back` months earlier (counts are by Dutch calendar month). */
export const amsterdamMonth = (at: Date, back = 0): string => {
  const [year, month] = MONTH.format(at).split('-').map(Number) as [number, number]
  const total = year * 12 + (month - 1) - back
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
}

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** yyyy-mm-dd of an instant in Amsterdam (what "today" is for a Dutch date). */
export const amsterdamDay = (at: Date): string => DAY.format(at)
