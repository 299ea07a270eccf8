/** The import panel's words (plain Dutch, B1), and English. */
export const IMPORT_TEXT = {
  nl: {
    templates: 'Sjablonen',
    templatesIntro:
      'Begin je een nieuw bestand? Neem een sjabloon: de kolommen van Meedoen met een voorbeeldregel. Je eigen spreadsheet mag ook: na het uploaden kies je welke kolom wat is.',
    kinds: {
      activities: 'Activiteiten',
      openings: 'Plekken',
      venues: 'Locaties',
      organisations: 'Organisaties',
    },
    loading: 'Het bestand wordt gecontroleerd…',
    checkTitle: 'Controle: er is nog niets geïmporteerd',
    readAs: (how: string, rows: number) => `Gelezen als ${how}; ${rows} regels.`,
    columns: 'Kolommen',
    columnsIntro:
      'Kies per kolom van je bestand wat erin staat. Bij een volgende import uit dezelfde bron onthouden we dit.',
    sheetColumn: 'Kolom in je bestand',
    becomes: 'Wordt in Meedoen',
    skip: 'Niet importeren',
    required: '(verplicht)',
    missing: (names: string) => `Deze kolommen ontbreken nog: ${names}.`,
    summary: (c: Counts) =>
      `${c.create} nieuw · ${c.update} bijgewerkt · ${c.unchanged} ongewijzigd · ${c.invalid} met problemen`,
    row: 'Regel',
    name: 'Naam',
    what: 'Wat er gebeurt',
    notes: 'Problemen en opmerkingen',
    actions: {
      create: 'Nieuw',
      update: 'Bijwerken',
      unchanged: 'Ongewijzigd',
      invalid: 'Niet geïmporteerd',
    },
    changed: (fields: string) => `Verandert: ${fields}`,
    expected: 'Verwacht',
    showAll: (n: number) => `Toon alle ${n} regels`,
    shownOf: (shown: number, total: number) => `De eerste ${shown} van ${total} regels.`,
    mode: 'Wat wil je importeren?',
    all: 'Het hele bestand',
    allWhy:
      'Alles of niets: alleen als elke regel klopt, komt het hele bestand in één keer in Meedoen.',
    allBlocked: (n: number) =>
      `Kan nu niet: ${n === 1 ? '1 regel heeft' : `${n} regels hebben`} problemen. Verbeter ze in je bestand en upload het opnieuw.`,
    valid: 'Alleen de goede regels',
    validWhy: (n: number) =>
      n
        ? `${n === 1 ? 'De regel' : `De ${n} regels`} met problemen ${n === 1 ? 'wordt' : 'worden'} overgeslagen. Verbeter ze later en importeer het bestand opnieuw: wat er al staat, wordt dan bijgewerkt en niet dubbel toegevoegd.`
        : 'Alle regels zijn goed.',
    start: 'Importeren',
    nothing: 'Er is niets te importeren: alles staat er al zo in.',
    running: (done: number, total: number) => `Bezig met importeren: ${done} van ${total} regels.`,
    reportTitle: 'Verslag',
    report: (r: Report) =>
      `${r.created} nieuw, ${r.updated} bijgewerkt, ${r.unchanged} ongewijzigd, ${r.skipped} overgeslagen.`,
    rolledBack: 'Er is niets opgeslagen: het hele bestand gaat in één keer, en dit ging mis:',
    failed: 'Deze regels konden niet worden opgeslagen:',
    geocoding: (n: number) =>
      `${n} locaties worden op de kaart gezet: het adres wordt opgezocht. Tot dan staan ze midden in hun postcodegebied.`,
    view: (kind: string) => `Bekijk de geïmporteerde ${kind.toLowerCase()}`,
    submitted: 'Wat je importeert, bekijkt de redactie eerst (zoals bij het formulier).',
    waiting: (n: number) =>
      `${n === 1 ? '1 regel wacht' : `${n} regels wachten`} op de redactie; die kreeg er één bericht over.`,
  },
  en: {
    templates: 'Templates',
    templatesIntro:
      "Starting a new file? Take a template: Meedoen's columns with an example row. Your own spreadsheet works too: after uploading you choose which column is what.",
    kinds: {
      activities: 'Activities',
      openings: 'Openings',
      venues: 'Venues',
      organisations: 'Organisations',
    },
    loading: 'Checking the file…',
    checkTitle: 'Check: nothing has been imported yet',
    readAs: (how: string, rows: number) => `Read as ${how}; ${rows} rows.`,
    columns: 'Columns',
    columnsIntro:
      'Choose what each column of your file holds. The next import from the same source remembers it.',
    sheetColumn: 'Column in your file',
    becomes: 'Becomes in Meedoen',
    skip: 'Do not import',
    required: '(required)',
    missing: (names: string) => `These columns are still missing: ${names}.`,
    summary: (c: Counts) =>
      `${c.create} new · ${c.update} updated · ${c.unchanged} unchanged · ${c.invalid} with problems`,
    row: 'Row',
    name: 'Name',
    what: 'What happens',
    notes: 'Problems and notes',
    actions: { create: 'New', update: 'Update', unchanged: 'Unchanged', invalid: 'Not imported' },
    changed: (fields: string) => `Changes: ${fields}`,
    expected: 'Expected',
    showAll: (n: number) => `Show all ${n} rows`,
    shownOf: (shown: number, total: number) => `The first ${shown} of ${total} rows.`,
    mode: 'What do you want to import?',
    all: 'The whole file',
    allWhy:
      'All or nothing: only when every row is right does the whole file go into Meedoen at once.',
    allBlocked: (n: number) =>
      `Not possible now: ${n} rows have problems. Fix them in your file and upload it again.`,
    valid: 'Only the valid rows',
    validWhy: (n: number) =>
      n
        ? `${n === 1 ? 'The row' : `The ${n} rows`} with problems ${n === 1 ? 'is' : 'are'} skipped. Fix them later and import the file again: what is there is updated, not added twice.`
        : 'Every row is valid.',
    start: 'Import',
    nothing: 'There is nothing to import: everything is there already.',
    running: (done: number, total: number) => `Importing: ${done} of ${total} rows.`,
    reportTitle: 'Report',
    report: (r: Report) =>
      `${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped.`,
    rolledBack: 'Nothing was stored: the whole file goes in at once, and this went wrong:',
    failed: 'These rows could not be stored:',
    geocoding: (n: number) =>
      `${n} venues are being put on the map: their address is looked up. Until then they sit in the middle of their postcode area.`,
    view: (kind: string) => `View the imported ${kind.toLowerCase()}`,
    submitted: 'What you import is reviewed by the editors first (as with the form).',
    waiting: (n: number) =>
      `${n === 1 ? '1 row awaits' : `${n} rows await`} the editors' review; they got one message about it.`,
  },
}

export interface Counts {
  create: number
  update: number
  unchanged: number
  invalid: number
}

export interface Report {
  created: number
  updated: number
  unchanged: number
  skipped: number
  rolledBack: boolean
  submitted: number
  geocoding: number
  failed: { row: number; label: string; message: string }[]
}

export type ImportText = (typeof IMPORT_TEXT)['nl']
