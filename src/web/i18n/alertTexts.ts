/** "Stuur me nieuwe plekken" (alerts for a search) in Dutch (B1) and English. */
export const nlAlerts = {
  alerts: {
    title: 'Stuur me nieuwe plekken',
    lead: 'Krijg elke week een e-mail als er nieuwe plekken zijn voor deze zoekopdracht.',
    email: 'Je e-mailadres',
    consent:
      'Ik wil elke week een e-mail met nieuwe plekken voor deze zoekopdracht. Ik kan me altijd afmelden.',
    privacy:
      'We gebruiken je e-mailadres alleen voor deze e-mails. Je krijgt eerst een e-mail om te bevestigen. Bevestig je niet, dan verwijderen we je adres binnen een week. In elke e-mail staat een link om je af te melden.',
    submit: 'Stuur me nieuwe plekken',
    errorTitle: 'Het is nog niet gelukt',
    needConsent: 'Zet een vinkje als je deze e-mails wilt krijgen.',
    badSearch: 'Deze zoekopdracht kennen we niet. Zoek opnieuw en probeer het dan nog eens.',
    tooMany:
      'Je hebt dit net al een paar keer gedaan. Probeer het over {{minutes}} minuten opnieuw.',
    forSearch: 'Voor je zoekopdracht:',
    sentTitle: 'Kijk in je mail',
    sentLead:
      'We hebben je een e-mail gestuurd. Klik op de link in die e-mail om te bevestigen. Pas dan sturen we je nieuwe plekken.',
    sentSpam: 'Geen e-mail gekregen? Kijk ook bij ongewenste e-mail (spam).',
    backToSearch: 'Terug naar je zoekopdracht',
    confirmTitle: 'Bevestig je e-mail',
    confirmLead: 'Wil je elke week een e-mail met nieuwe plekken? Druk dan op de knop.',
    confirmButton: 'Ja, stuur me nieuwe plekken',
    confirmedTitle: 'Gelukt',
    confirmed:
      'Je krijgt voortaan elke week een e-mail als er nieuwe plekken zijn. In elke e-mail staat een link om je af te melden.',
    invalidTitle: 'Deze link werkt niet',
    invalid: 'Deze link is niet (meer) geldig. Vraag opnieuw om nieuwe plekken op de zoekpagina.',
    expired: 'Deze link is verlopen. Vraag opnieuw om nieuwe plekken op de zoekpagina.',
    unsubscribeTitle: 'Afmelden',
    unsubscribeLead: 'Wil je geen e-mails met nieuwe plekken meer? Druk dan op de knop.',
    unsubscribeButton: 'Meld me af',
    unsubscribedTitle: 'Je bent afgemeld',
    unsubscribed: 'Je krijgt deze e-mails niet meer. We hebben je e-mailadres verwijderd.',
    toSearch: 'Naar de zoekpagina',
  },
}

export const enAlerts: typeof nlAlerts = {
  alerts: {
    title: 'Send me new places',
    lead: 'Get an e-mail every week when there are new places for this search.',
    email: 'Your e-mail address',
    consent:
      'I want a weekly e-mail with new places for this search. I can unsubscribe at any time.',
    privacy:
      'We use your e-mail address only for these e-mails. First you get an e-mail to confirm. If you do not confirm, we delete your address within a week. Every e-mail has a link to unsubscribe.',
    submit: 'Send me new places',
    errorTitle: 'Not done yet',
    needConsent: 'Tick the box if you want these e-mails.',
    badSearch: 'We do not know this search. Search again and then try once more.',
    tooMany: 'You just did this a few times. Please try again in {{minutes}} minutes.',
    forSearch: 'For your search:',
    sentTitle: 'Check your e-mail',
    sentLead:
      'We sent you an e-mail. Follow the link in it to confirm. Only then do we send you new places.',
    sentSpam: 'No e-mail? Also look in your spam folder.',
    backToSearch: 'Back to your search',
    confirmTitle: 'Confirm your e-mail',
    confirmLead: 'Do you want a weekly e-mail with new places? Then press the button.',
    confirmButton: 'Yes, send me new places',
    confirmedTitle: 'Done',
    confirmed:
      'From now on you get an e-mail every week when there are new places. Every e-mail has a link to unsubscribe.',
    invalidTitle: 'This link does not work',
    invalid: 'This link is not valid (any more). Ask again for new places on the search page.',
    expired: 'This link has expired. Ask again for new places on the search page.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeLead: 'No longer want e-mails with new places? Then press the button.',
    unsubscribeButton: 'Unsubscribe me',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribed: 'You will not get these e-mails any more. We have deleted your e-mail address.',
    toSearch: 'To the search page',
  },
}
