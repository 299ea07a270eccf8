/** Admin settings of a date field that is a calendar day ("31 maart 2026"), not a moment. */
export const dayOnly = {
  date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'd MMMM yyyy' },
}
