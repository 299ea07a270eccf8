/** The shortlist a professional prints or shares for a client, in Dutch (B1) and English. */
export const nlShortlist = {
  shortlist: {
    add: 'Op lijstje',
    addLong: 'Zet op het lijstje voor je cliënt',
    remove: 'Van lijstje af',
    onList: 'Staat op je lijstje.',
    view: 'Lijstje ({{count}})',
    title: 'Plekken om mee te doen',
    lead: 'Deze plekken hebben we samen uitgezocht. Bel, mail of ga langs. Neem dit papier mee.',
    made: 'Gemaakt op {{date}}.',
    empty:
      'Je lijstje is nog leeg. Zet plekken op je lijstje vanuit de zoekresultaten of vanaf een plek.',
    toSearch: 'Zoek plekken',
    controlsTitle: 'Lijstje voor je cliënt',
    controlsLead:
      'Alleen jij ziet dit lijstje tot je het afdrukt of deelt. Er staat niets over je cliënt in.',
    print: 'Afdrukken of opslaan als PDF',
    printHint: 'Zonder knop: kies Afdrukken in het menu van je browser (Ctrl+P).',
    share: 'Link om te delen',
    shareHint:
      'Werkt tot en met {{date}}. Stuur hem naar je cliënt, bijvoorbeeld per sms of e-mail.',
    clear: 'Maak het lijstje leeg',
    when: 'Wanneer',
    where: 'Waar',
    how: 'Hoe doe je mee',
    scan: 'Scan voor meer informatie',
    online: 'Online',
    outdoors: 'Buiten: {{note}}',
    gone: 'Deze plek staat niet meer op de website.',
    expiredTitle: 'Deze lijst is verlopen',
    expired:
      'Een gedeelde lijst werkt {{days}} dagen. Vraag je klantmanager of consulent om een nieuwe link, of zoek zelf.',
    full: 'Je lijstje is vol: hoogstens {{max}} plekken.',
  },
}

export const enShortlist = {
  shortlist: {
    add: 'Add to list',
    addLong: 'Add to the list for your client',
    remove: 'Take off list',
    onList: 'On your list.',
    view: 'List ({{count}})',
    title: 'Places to join in',
    lead: 'We chose these places together. Call, e-mail or drop by. Take this paper with you.',
    made: 'Made on {{date}}.',
    empty: 'Your list is still empty. Add places from the search results or from a place’s page.',
    toSearch: 'Find places',
    controlsTitle: 'List for your client',
    controlsLead:
      'Only you see this list until you print or share it. Nothing about your client is in it.',
    print: 'Print or save as PDF',
    printHint: "Without a button: choose Print in your browser's menu (Ctrl+P).",
    share: 'Link to share',
    shareHint:
      'Works up to and including {{date}}. Send it to your client, for example by text or e-mail.',
    clear: 'Empty the list',
    when: 'When',
    where: 'Where',
    how: 'How to join',
    scan: 'Scan for more information',
    online: 'Online',
    outdoors: 'Outdoors: {{note}}',
    gone: 'This place is no longer on the website.',
    expiredTitle: 'This list has expired',
    expired:
      'A shared list works for {{days}} days. Ask your client manager or consultant for a new link, or search yourself.',
    full: 'Your list is full: at most {{max}} places.',
  },
}
