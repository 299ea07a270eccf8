import { biweekly, monthly, weekly, type DemoActivity } from './types'

/** Activities in Assen (9401, 9402, 9403). */
export const ASSEN_ACTIVITIES: DemoActivity[] = [
  {
    title: 'Taalgroep De Marsch', summary: 'Nederlands oefenen in een kleine groep met taalmaatjes. Alle niveaus welkom.',
    description: 'We praten, lezen korte teksten en oefenen gesprekken bij de dokter of in de winkel.',
    org: 'taalmaatjes-drenthe', venue: 'wijkcentrum-de-marsch', schedule: weekly([2], ['19:00', '20:30']),
    targetGroups: ['newcomers'], themes: ['taal'], areas: ['assen-centrum'],
    lowThreshold: ['no_referral', 'dutch_practice'], languages: ['nl', 'ar', 'ti', 'uk'], ladder: ['2', '3'],
  },
  {
    title: 'Vrouwenochtend', summary: 'Een ochtend voor vrouwen: koffie, praten, soms een workshop. Kinderopvang is er.',
    description: 'Samen met andere vrouwen uit de wijk. Nederlands oefenen kan, maar hoeft niet.',
    org: 'taalmaatjes-drenthe', venue: 'wijkcentrum-de-marsch', schedule: weekly([3], ['09:30', '11:30'], { skipSchoolHolidays: 'noord' }),
    targetGroups: ['newcomers', 'everyone'], themes: ['ontmoeten', 'taal'], areas: ['assen-centrum'],
    lowThreshold: ['no_referral', 'dutch_practice', 'buddy_welcome'], languages: ['nl', 'ar', 'tr', 'so'], ladder: ['2', '3'],
  },
  {
    title: 'Computerhulp De Marsch', summary: 'Hulp met je laptop, telefoon of DigiD. Zonder afspraak.',
    description: 'Vrijwilligers helpen je stap voor stap.',
    org: 'gemeente-assen-participatie', venue: 'wijkcentrum-de-marsch', schedule: weekly([4], ['13:30', '15:30']),
    targetGroups: ['older_people', 'everyone'], themes: ['digitaal'], areas: ['assen-centrum'],
    lowThreshold: ['no_referral'], languages: ['nl'], ladder: ['2', '3'],
  },
  {
    title: 'Werkcafé Assen', summary: 'Praat met anderen die werk zoeken en met een consulent. Elke eerste donderdag van de maand.',
    description: 'Geen verplichting, wel koffie en tips. Je hoort welke plekken er zijn bij bedrijven in Assen.',
    org: 'gemeente-assen-participatie', venue: 'wijkcentrum-de-marsch', schedule: monthly(1, 4, ['10:00', '12:00']),
    targetGroups: ['job_seekers'], themes: ['werk-en-leren'], areas: ['assen-centrum', 'assen-oost', 'pittelo'],
    lowThreshold: ['no_referral'], languages: ['nl', 'nl_easy'], ladder: ['3', '4', '5'],
  },
  {
    title: 'Jongereninloop De Schakel', summary: 'Chillen, poolen, gamen en praten. Voor jongeren van 13 tot 23 jaar.',
    description: 'Gratis en zonder aanmelden. De jongerenwerkers zijn er om mee te praten of te helpen.',
    org: 'jongerenwerk-assen', venue: 'jongerencentrum-de-schakel', schedule: weekly([2, 5], ['15:00', '21:00']), age: [13, 23],
    targetGroups: ['young_people'], themes: ['ontmoeten'], areas: ['assen-oost'], lowThreshold: ['no_referral'], languages: ['nl'], ladder: ['2', '3'],
  },
  {
    title: 'Koken met jongeren', summary: 'Samen koken en eten voor € 2. Je leert goedkope en gezonde recepten.',
    description: 'Elke woensdag. Meld je aan via Instagram of bij de jongerenwerker.',
    org: 'jongerenwerk-assen', venue: 'jongerencentrum-de-schakel', schedule: weekly([3], ['17:00', '19:00']), age: [16, 27],
    cost: { kind: 'amount', amount: 2 }, signUp: 'sign_up', targetGroups: ['young_people'], themes: ['koken-en-eten'], areas: ['assen-oost'],
    languages: ['nl'], ladder: ['3'],
  },
  {
    title: 'Streetdance', summary: 'Dansles op woensdagmiddag, voor beginners en gevorderden.',
    description: 'Met een dansdocent. Je hoeft geen ervaring te hebben.',
    org: 'jongerenwerk-assen', venue: 'jongerencentrum-de-schakel', schedule: weekly([3], ['14:00', '15:30'], { skipSchoolHolidays: 'noord' }), age: [10, 18],
    targetGroups: ['young_people', 'children'], themes: ['sport-en-bewegen', 'creatief'], areas: ['assen-oost'],
    lowThreshold: ['no_referral'], languages: ['nl'], ladder: ['3'],
  },
  {
    title: 'Open tuin De Linde', summary: 'Help mee in de moestuin of drink koffie in de kas. Rustig en zonder prikkels.',
    description: 'Voor bewoners uit Pittelo en deelnemers van de dagbesteding. Iedereen is welkom.',
    org: 'zorggroep-de-linde', venue: 'de-linde-dagbesteding', schedule: weekly([2, 4], ['10:00', '12:00']),
    targetGroups: ['disability', 'mental_health', 'everyone'], themes: ['natuur-en-groen', 'ontmoeten'], areas: ['pittelo'],
    lowThreshold: ['no_referral', 'prikkelarm', 'buddy_welcome'], languages: ['nl'], ladder: ['1', '2', '3'],
  },
  {
    title: 'Lotgenotengroep na een burn-out', summary: 'Om de week praten met mensen die hetzelfde meemaken, onder leiding van een ervaringsdeskundige.',
    description: 'Een kleine groep van hoogstens acht mensen. Meld je aan voor een kennismaking.',
    org: 'zorggroep-de-linde', venue: 'de-linde-dagbesteding', schedule: biweekly(1, ['19:00', '20:30']), signUp: 'sign_up',
    targetGroups: ['mental_health'], themes: ['zorg-en-gezondheid'], areas: ['pittelo', 'assen-oost'], lowThreshold: ['prikkelarm'],
    languages: ['nl'], ladder: ['2', '3'], checkedDaysAgo: 200,
  },
  {
    title: 'Repair Café Assen', summary: 'Laat je kapotte spullen maken door handige vrijwilligers. Elke tweede zaterdag.',
    description: 'In de werkplaats van De Tweede Ronde. Koffie staat klaar.',
    org: 'kringloop-tweede-ronde', venue: 'kringloopwinkel-assen', schedule: monthly(2, 6, ['10:00', '13:00']),
    cost: { kind: 'pay_what_you_can' }, targetGroups: ['everyone'], themes: ['creatief', 'ontmoeten'], areas: ['assen-oost'],
    lowThreshold: ['no_referral'], languages: ['nl'], ladder: ['3'],
  },
  {
    title: 'Naaicafé', summary: 'Samen naaien, verstellen en haken. Naaimachines zijn er.',
    description: 'Breng je eigen kleding of werk mee aan spullen voor de winkel.',
    org: 'kringloop-tweede-ronde', venue: 'kringloopwinkel-assen', schedule: weekly([4], ['13:30', '16:00']),
    targetGroups: ['everyone', 'newcomers'], themes: ['creatief'], areas: ['assen-oost'],
    lowThreshold: ['no_referral', 'dutch_practice'], languages: ['nl', 'tr', 'ar'], ladder: ['2', '3'],
  },
  {
    title: 'Beweegtuin Assen-Oost', summary: 'Buiten bewegen met toestellen in het park, met een beweegcoach.',
    description: 'Start bij het hek van het Asserbos. Bij regen gaat het niet door.',
    org: 'gemeente-assen-participatie', locationKind: 'outdoor', locationNote: 'Beweegtuin bij de ingang van het Asserbos', schedule: weekly([5], ['10:00', '11:00']),
    targetGroups: ['older_people', 'everyone'], themes: ['sport-en-bewegen'], areas: ['assen-oost'],
    lowThreshold: ['no_referral'], languages: ['nl'], ladder: ['2', '3'],
  },
  {
    title: 'Samen lezen (concept)', summary: 'Een leesclub in eenvoudig Nederlands. Ingestuurd door de organisatie.',
    description: 'Wacht op controle door de redactie.',
    org: 'taalmaatjes-drenthe', venue: 'wijkcentrum-de-marsch', schedule: weekly([1], ['14:00', '15:00']), draft: true,
    targetGroups: ['newcomers'], themes: ['taal'], areas: ['assen-centrum'], languages: ['nl_easy'], ladder: ['3'],
  },
]
