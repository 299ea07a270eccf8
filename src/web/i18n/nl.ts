import { nlAlerts } from './alertTexts'
import { nlReferral } from './referralTexts'
import { nlShortlist } from './shortlistTexts'
import { nlWhosWho } from './whosWhoTexts'
import { nlRoom } from './roomTexts'
import { nlOpenData } from './openDataTexts'
import { nlSuggest } from './suggestTexts'
import { nlPrivacy } from './privacyTexts'
import { nlContact } from './nlContact'
import { nlListing } from './nlListing'

/** Dutch (B1): the default language of the public site. */
export const nl = {
  site: {
    skip: 'Naar de inhoud',
    footerAbout:
      'Hier zie je waar je in de buurt kunt meedoen, vrijwilligerswerk kunt doen of kunt werken en leren.',
    login: 'Inloggen voor organisaties',
    accessibility: 'Toegankelijkheid',
    pc4Credit: 'Postcodegebieden: GeoNames (CC BY 4.0)',
    runBy: 'Deze website is van {{owner}}.',
    switchLanguage: 'English',
    switchLanguageLabel: 'Read this page in English',
    home: 'Home',
    menu: 'Menu',
    search: 'Zoeken',
  },
  search: {
    what: 'Wat zoek je?',
    whatHint: 'Bijvoorbeeld: koffie, taalcafé, tuin, computer',
    where: 'Waar?',
    whereHint: 'Je postcode, bijvoorbeeld 9751 AB',
    radius: 'Hoe ver?',
    radiusKm: 'binnen {{km}} km',
    submit: 'Zoeken',
    useLocation: 'Gebruik mijn locatie',
    locating: 'We zoeken je locatie …',
    locationFailed: 'Je locatie is niet gevonden. Vul je postcode in.',
    nearYou: 'bij jou in de buurt',
  },
  home: {
    title: 'Doe mee in je buurt',
    description:
      'Vind activiteiten, vrijwilligerswerk en plekken om te werken en te leren bij jou in de buurt.',
    lead: 'Hier vind je activiteiten in buurthuizen en jongerencentra, vrijwilligerswerk en plekken om te werken en te leren.',
    entriesTitle: 'Waar wil je mee beginnen?',
    join: 'Meedoen',
    joinText: 'Activiteiten in de buurt',
    volunteer: 'Vrijwilligerswerk',
    volunteerText: 'Iets doen voor een ander',
    workLearn: 'Werken en leren',
    workLearnText: 'Ervaring opdoen met begeleiding',
    upcoming: 'Binnenkort',
    openings: 'Plekken die nu open zijn',
    noActivities: 'Er staan nog geen activiteiten klaar.',
    noOpenings: 'Er staan nog geen open plekken klaar.',
    allResults: 'Bekijk alles',
  },
  results: {
    title: 'Zoeken',
    titleWith: 'Zoeken: {{q}}',
    description: 'Zoek activiteiten, vrijwilligerswerk en werk-leerplekken in de buurt.',
    showCount_one: 'Toon {{count}} resultaat',
    showCount_other: 'Toon {{count}} resultaten',
    count_one: '{{count}} resultaat',
    count_other: '{{count}} resultaten',
    near: 'binnen {{km}} km van {{place}}',
    yourLocation: 'jouw locatie',
    none: 'We hebben niets gevonden.',
    change: 'Wijzig',
    didYouMean: 'Bedoelde je',
    noneTips: 'Probeer een ander woord, zoek verder weg of zet een filter uit.',
    filters: 'Filters',
    active_one: '{{count}} aan',
    active_other: '{{count}} aan',
    apply: 'Filters toepassen',
    clear: 'Alle filters wissen',
    sort: 'Sorteren',
    sortRelevance: 'Best passend',
    sortDistance: 'Dichtstbij',
    sortSoonest: 'Eerstvolgende',
    sortApply: 'Sorteer',
    kinds: 'Wat',
    themes: 'Onderwerp',
    areas: 'Wijk of dorp',
    days: 'Dag',
    parts: 'Dagdeel',
    cost: 'Kosten en aanmelden',
    free: 'Gratis',
    walkIn: 'Zonder aanmelden',
    age: 'Leeftijd',
    ageHint: 'Hoe oud ben je? Dan zie je wat bij je leeftijd past.',
    ageBand: 'Leeftijdsgroep',
    anyAge: 'Alle leeftijden',
    help: 'Wat helpt jou?',
    access: 'Toegankelijkheid',
    rungs: 'Volgende stap (participatieladder)',
    page: 'Pagina {{page}}',
    pagination: 'Paginanummers',
    previous: 'Vorige',
    next: 'Volgende',
    errorTitle: 'Er klopt iets niet in je zoekopdracht',
    showMap: 'Toon op de kaart',
    hideMap: 'Verberg de kaart',
    mapSpot: '{{count}} op deze plek',
    mapLabel: 'Kaart met de resultaten van deze pagina',
    mapNote: 'De kaart toont alle resultaten van je zoekopdracht die een adres hebben.',
    mapTruncated:
      'De kaart toont de eerste {{count}} plekken. Maak je zoekopdracht kleiner om de rest te zien.',
  },
  ...nlListing,
  report: {
    title: 'Klopt er iets niet?',
    intro: 'Zie je een fout? Laat het ons weten. De organisatie en de redactie krijgen je melding.',
    reason: 'Wat klopt er niet?',
    message: 'Toelichting',
    messageHint:
      'Niet verplicht, behalve bij "Iets anders". Schrijf geen naam, telefoonnummer of ander persoonlijk gegeven.',
    submit: 'Verstuur melding',
    thanks: 'Dank je wel! We hebben je melding doorgestuurd naar de organisatie en de redactie.',
    errorTitle: 'Je melding is nog niet verstuurd',
    chooseReason: 'Kies wat er niet klopt.',
    needMessage: 'Schrijf kort wat er niet klopt.',
    tooLong: 'Je toelichting is te lang: hoogstens 1000 tekens.',
    tooMany:
      'Je hebt net al een paar meldingen gestuurd. Probeer het over {{minutes}} minuten opnieuw.',
    spam: 'Laat dit veld leeg',
  },
  accessibilityPage: {
    title: 'Toegankelijkheid',
    lead: 'Iedereen moet deze website kunnen gebruiken. Ook als je slecht ziet, een schermlezer gebruikt of alleen een toetsenbord.',
    standardTitle: 'Wat we doen',
    standard:
      'Deze website volgt de richtlijnen WCAG 2.1 op niveau AA. Dat is de wettelijke eis voor websites van de overheid. We testen elke versie automatisch met axe en met een echte browser die alleen het toetsenbord gebruikt.',
    worksWithout:
      'Alles werkt zonder JavaScript. De kaart is een extra: dezelfde resultaten staan altijd ook in de lijst.',
    knownTitle: 'Wat nog niet goed gaat',
    known:
      'De kaartondergrond komt van PDOK en heeft zelf geen tekstbeschrijving. De plaatsen op de kaart hebben wel een naam en staan ook in de lijst. Teksten van organisaties controleren we niet allemaal op eenvoudige taal.',
    contactTitle: 'Werkt iets niet?',
    contact: 'Laat het ons weten. Mail naar',
    contactAnswer: 'We antwoorden binnen 5 werkdagen.',
    contactNoEmail:
      'Laat het ons weten via de organisatie die deze website beheert. We antwoorden binnen 5 werkdagen.',
    reviewed: 'Laatst gecontroleerd op {{date}}.',
  },
  error: {
    notFoundTitle: 'Pagina niet gevonden',
    notFound: 'Deze pagina bestaat niet (meer). Misschien is de link verouderd.',
    errorTitle: 'Er ging iets mis',
    error: 'Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw.',
    notStored:
      'We konden je bericht nu niet opslaan. Er is niets verstuurd. Probeer het zo nog eens.',
    toHome: 'Naar de beginpagina',
    forbiddenTitle: 'Alleen voor professionals',
    forbidden:
      'Deze pagina is voor professionals, zoals klantmanagers, consulenten en sociaal werkers. Je account heeft die rol niet. Vraag de redactie om hulp.',
  },
  readAloud: {
    label: 'Lees de pagina voor',
    play: 'Lees voor',
    resume: 'Lees verder',
    pause: 'Pauze',
    stop: 'Stop',
  },
  kind: {
    activity: 'Activiteit',
  },
  day: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  part: { morning: 'Ochtend', afternoon: 'Middag', evening: 'Avond' },
  ...nlContact,
  ...nlPrivacy,
  ...nlOpenData,
  ...nlSuggest,
  ...nlAlerts,
  ...nlReferral,
  ...nlShortlist,
  ...nlWhosWho,
  ...nlRoom,
}

export type Messages = typeof nl
