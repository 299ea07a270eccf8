/** What is wrong with a whole file, in Dutch and English: the import stops before reading rows. */
export interface FileProblem {
  nl: string
  en: string
}

/** The limits a file must stay within (a sociale kaart is hundreds of rows, not a hundred thousand). */
export const FILE_LIMITS = {
  /** Bytes as uploaded. */
  bytes: 10 * 1024 * 1024,
  /** Rows below the header. */
  rows: 20_000,
  /** Bytes inside an .xlsx once unpacked, all parts together. */
  unpacked: 100 * 1024 * 1024,
  /** Unpacked / packed for one part: real sheets pack 5–20×, a zip bomb thousands. */
  ratio: 200,
} as const

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

export const PROBLEMS = {
  empty: { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  tooBig: (bytes: number): FileProblem => ({
    nl: `Het bestand is ${mb(bytes)}; het mag hoogstens ${mb(FILE_LIMITS.bytes)} zijn. Splits het in delen.`,
    en: `The file is ${mb(bytes)}; it may be at most ${mb(FILE_LIMITS.bytes)}. Split it into parts.`,
  }),
  tooManyRows: (rows: number): FileProblem => ({
    nl: `Het bestand heeft ${rows} regels; hoogstens ${FILE_LIMITS.rows} per keer. Splits het in delen.`,
    en: `The file has ${rows} rows; at most ${FILE_LIMITS.rows} at a time. Split it into parts.`,
  }),
  oldExcel: {
    nl: 'Dit is het oude Excel-formaat (.xls). Sla het in Excel op als .xlsx of als CSV en probeer het opnieuw.',
    en: 'This is the old Excel format (.xls). Save it in Excel as .xlsx or CSV and try again.',
  },
  notASheet: {
    nl: 'Dit is geen spreadsheet. Gebruik een .xlsx-bestand of een CSV-bestand.',
    en: 'This is not a spreadsheet. Use an .xlsx file or a CSV file.',
  },
  brokenXlsx: {
    nl: 'Dit .xlsx-bestand is beschadigd of geen echt Excel-bestand. Sla het opnieuw op in Excel.',
    en: 'This .xlsx file is damaged or not a real Excel file. Save it again in Excel.',
  },
  bomb: {
    nl: 'Dit .xlsx-bestand pakt uit tot veel meer dan een spreadsheet kan zijn. Het is niet gelezen.',
    en: 'This .xlsx file unpacks to far more than a spreadsheet can be. It was not read.',
  },
  noHeader: {
    nl: 'De eerste regel moet de namen van de kolommen hebben (bijvoorbeeld Naam, Postcode, Dag).',
    en: 'The first row must hold the column names (for example Naam, Postcode, Dag).',
  },
  badCsv: (line: number, reason: string): FileProblem => ({
    nl: `Het CSV-bestand is niet te lezen vanaf regel ${line} (${reason}). Staat er ergens een aanhalingsteken (") dat niet wordt gesloten?`,
    en: `The CSV file cannot be read from line ${line} (${reason}). Is there a quote (") somewhere that is not closed?`,
  }),
}
