/**
 * Pure parsers for the cells of a municipality's spreadsheet (CSV or XLSX): each reads one cell
 * and gives a value in the data model's shape, or a problem in plain Dutch and English.
 */
export type { CellProblem, CellResult } from './result'

export { parseDays, type DaysValue } from './days'
export { parseTimeRange } from './times'
export { parseCost, type CostValue } from './cost'
export { parseDate, excelSerialToDay } from './dates'
export { parseAges, type AgeRange } from './ages'
export { parseYesNo } from './yesNo'
export { parseSignUp, type SignUp } from './signUp'
