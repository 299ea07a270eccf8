/** The privacy statement, Dutch (B1) and English. */
export const nlPrivacy = {
  privacyPage: {
    title: 'Privacy',
    lead: 'We vragen zo min mogelijk gegevens. Hier lees je welke, waarom, wie ze ziet en hoe lang we ze bewaren.',
    searchTitle: 'Zoeken en kijken',
    search:
      'Je kunt alles zoeken en bekijken zonder account. We zetten geen cookies om je te volgen. We bewaren geen zoekopdrachten, tenzij je om nieuwe plekken vraagt (zie hieronder). Je postcode staat alleen in het adres van de pagina.',
    ip: 'Om misbruik van de formulieren te voorkomen, onthoudt de server je IP-adres hoogstens 15 minuten. Daarna is het weg.',
    interestTitle: '"Ik heb interesse" en aanmelden',
    interest:
      'Je geeft je naam, je e-mailadres of telefoonnummer en als je wilt een bericht. Alleen de organisatie van het aanbod en de redactie zien dit. Ze gebruiken het alleen om contact met je op te nemen. Elke keer dat iemand je gegevens bekijkt, wordt dat vastgelegd. De e-mail die de organisatie krijgt, bevat je gegevens niet.',
    interestDeleted:
      'Na {{days}} dagen verwijderen we je gegevens automatisch. Wat overblijft is alleen een telling, zonder naam: hoeveel mensen interesse hadden en of het iets werd.',
    alertsTitle: '"Stuur me nieuwe plekken"',
    alerts:
      'Je geeft je e-mailadres en je zoekopdracht. We gebruiken ze alleen om je elke week nieuwe plekken te sturen, en pas nadat je dat in een eerste e-mail hebt bevestigd. Bevestig je niet, dan verwijderen we je adres na een week. In elke e-mail staat een link om je af te melden: dan verwijderen we je adres meteen. Alleen de redactie kan je gegevens zien, om ze op jouw vraag te laten zien of te verwijderen.',
    referralTitle: 'Als een professional je verwijst',
    referral:
      'Je klantmanager, consulent of sociaal werker kan je, met jouw toestemming, aanmelden bij een activiteit of plek. Dan geeft hij of zij alleen je voornaam of initialen, één manier om je te bereiken, wat je helpt en een korte toelichting. Nooit je BSN. Alleen de verwijzer, de organisatie en de redactie zien dit, en elke keer dat iemand het bekijkt, wordt vastgelegd. Na {{days}} dagen verwijderen we het automatisch. Wat overblijft is een telling zonder namen: hoeveel verwijzingen er waren en of ze lukten.',
    reportTitle: '"Klopt er iets niet?"',
    report:
      'Hier vragen we geen persoonsgegevens. Schrijf ook geen naam of telefoonnummer in je toelichting.',
    loketTitle: 'Werkgeversloket',
    loket:
      'We vragen de gegevens van je bedrijf en van een contactpersoon. Alleen de redactie ziet ze. We gebruiken ze om contact op te nemen en om je plekken op de website te zetten.',
    rightsTitle: 'Jouw rechten',
    rights:
      'Je mag altijd vragen welke gegevens we van je hebben. Je mag ze laten verbeteren of laten verwijderen. Dat kost niets.',
    rightsEmail: 'Mail daarvoor naar',
    rightsNoEmail: 'Vraag het aan {{owner}}, die deze website beheert.',
    rightsOwnerUnknown: 'de organisatie',
    more: 'Meer over privacy',
    footer: 'Privacy',
  },
}

export const enPrivacy: typeof nlPrivacy = {
  privacyPage: {
    title: 'Privacy',
    lead: 'We ask as little as possible. Here you can read what we ask, why, who sees it and how long we keep it.',
    searchTitle: 'Searching and reading',
    search:
      'You can search and read everything without an account. We set no cookies to follow you. We keep no searches, unless you ask for new places (see below). Your postcode is only in the page address.',
    ip: 'To prevent misuse of the forms, the server remembers your IP address for at most 15 minutes. Then it is gone.',
    interestTitle: '"I am interested" and signing up',
    interest:
      'You give your name, your e-mail address or phone number and, if you like, a message. Only the organisation of the listing and the editors see this. They use it only to contact you. Every time someone looks at your details, this is recorded. The e-mail the organisation receives does not contain your details.',
    interestDeleted:
      'After {{days}} days your details are deleted automatically. What remains is only a count without names: how many people were interested and whether it worked out.',
    alertsTitle: '"Send me new places"',
    alerts:
      'You give your e-mail address and your search. We use them only to send you new places every week, and only after you have confirmed this in a first e-mail. If you do not confirm, we delete your address after a week. Every e-mail has a link to unsubscribe: then we delete your address at once. Only the editors can see your details, to show or delete them when you ask.',
    referralTitle: 'When a professional refers you',
    referral:
      'Your client manager, consultant or social worker can, with your consent, sign you up for an activity or place. They give only your first name or initials, one way to reach you, what helps you and a short note. Never your citizen service number (BSN). Only the referrer, the organisation and the editors see this, and every time someone looks at it, this is recorded. After {{days}} days we delete it automatically. What remains is a count without names: how many referrals there were and whether they worked out.',
    reportTitle: '"Something wrong?"',
    report:
      'We ask no personal details here. Please do not write a name or phone number in your message either.',
    loketTitle: 'Employer desk',
    loket:
      "We ask your company's details and a contact person. Only the editors see them. We use them to contact you and to put your places on the website.",
    rightsTitle: 'Your rights',
    rights:
      'You may always ask what details we hold about you, and have them corrected or deleted. This is free.',
    rightsEmail: 'E-mail',
    rightsNoEmail: 'Ask {{owner}}, who runs this website.',
    rightsOwnerUnknown: 'the organisation',
    more: 'More about privacy',
    footer: 'Privacy',
  },
}
