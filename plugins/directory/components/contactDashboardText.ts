/** The words of the admin dashboard's "Binnengekomen" section, in Dutch and English. */
export const TEXT = {
  nl: {
    contact: 'Binnengekomen',
    newInterests: 'Nieuwe interesse, nog geen contact',
    openReports: 'Meldingen "Klopt er iets niet?" die nog open staan',
    loketOpen: 'Werkgeversloket: open aanvragen',
    loketOverdue: 'te laat',
    counts: 'Interesse in cijfers (laatste 12 maanden)',
    countsHint: 'Aantallen zonder persoonsgegevens; verwijderde interesse telt mee.',
    organisation: 'Organisatie',
    kind: 'Soort',
    total: 'Totaal',
    contacted: 'Contact',
    placed: 'Geplaatst',
    notPlaced: 'Niet geplaatst',
    none: 'Nog geen interesse ontvangen.',
  },
  en: {
    contact: 'Received',
    newInterests: 'New interest, not yet contacted',
    openReports: 'Open "Something wrong?" reports',
    loketOpen: 'Employer desk: open requests',
    loketOverdue: 'overdue',
    counts: 'Interest in numbers (last 12 months)',
    countsHint: 'Counts without personal data; deleted interests still count.',
    organisation: 'Organisation',
    kind: 'Kind',
    total: 'Total',
    contacted: 'Contacted',
    placed: 'Placed',
    notPlaced: 'Not placed',
    none: 'No interest received yet.',
  },
}

export type ContactText = (typeof TEXT)['nl']
