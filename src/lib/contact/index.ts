export { contactKey } from './contactKey'
export { amsterdamMonth } from './months'
export { tallyOutcomes, type TallyRow } from './tally'
export { addWorkingDays, dutchPublicHolidays, easterSunday, isWorkingDay } from './workingDays'
