export { contactKey } from './contactKey'
export { amsterdamMonth } from './months'
export { OUTCOME_STATUSES, tallyOutcomes, type OutcomeRow, type OutcomeStatus, type TallyRow } from './tally'
export { addWorkingDays, dutchPublicHolidays, easterSunday, isWorkingDay } from './workingDays'
