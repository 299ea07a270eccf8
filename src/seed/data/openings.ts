// Longer than 200 lines because it is data: the demo openings, one record each, in one list
// that the seed and the relevance judgements refer to by slug.
import type { OpeningKind } from '../../lib/vocabulary'
import type { AreaKey, ThemeKey } from './taxonomies'

export interface DemoOpening {
  kind: OpeningKind
  title: string
  summary: string
  description: string
  org: string
  venue?: string
  hours: [number, number]
  days: number[]
  places?: [number, number]
  status?: 'open' | 'full' | 'closed'
  /** Valid through this many days after seeding. */
  validForDays?: number
  support: ('begeleiding' | 'job_coach' | 'training')[]
  learn?: string
  certificate?: string
  requirements?: string
  howToApply: string
  targetGroups: string[]
  themes: ThemeKey[]
  areas: AreaKey[]
  ladder: string[]
  referralNotes?: string
  /** Default: "geen verwijzing nodig" unless applying goes through a consulent or needs an indication. */
  lowThreshold?: ('no_referral' | 'prikkelarm' | 'buddy_welcome' | 'dutch_practice')[]
  draft?: boolean
}

const APPLY_CALL = 'Bel of mail de contactpersoon. We maken een afspraak voor een kennismaking.'
const APPLY_CONSULENT =
  'Via je klantmanager of consulent. Heb je die niet? Bel ons, dan kijken we samen.'

const o = (
  kind: OpeningKind,
  title: string,
  summary: string,
  org: string,
  venue: string | undefined,
  rest: Partial<DemoOpening>,
): DemoOpening => {
  const opening: DemoOpening = {
    kind,
    title,
    summary,
    org,
    venue,
    description: rest.description ?? summary,
    hours: [4, 8],
    days: [1, 2, 3, 4, 5],
    support: ['begeleiding'],
    howToApply: APPLY_CALL,
    targetGroups: ['everyone'],
    themes: ['werk-en-leren'],
    areas: [],
    ladder: ['4'],
    ...rest,
  }
  const referred = opening.howToApply === APPLY_CONSULENT || Boolean(opening.referralNotes)
  return { ...opening, lowThreshold: rest.lowThreshold ?? (referred ? [] : ['no_referral']) }
}

export const OPENINGS: DemoOpening[] = [
  // Vrijwilligerswerk
  o(
    'volunteer',
    'Gastvrouw of gastheer bij de koffieochtend',
    'Zet koffie, maak een praatje en zorg dat nieuwe bezoekers zich welkom voelen.',
    'welzijn-haren',
    'huis-van-de-wijk-de-dilgt',
    {
      hours: [2, 3],
      days: [2],
      places: [3, 2],
      targetGroups: ['everyone', 'older_people'],
      themes: ['ontmoeten'],
      areas: ['haren-centrum'],
      ladder: ['3', '4'],
    },
  ),
  o(
    'volunteer',
    'Taalmaatje in Haren',
    'Oefen één uur per week Nederlands met een nieuwkomer. Je krijgt een korte training.',
    'welzijn-haren',
    undefined,
    {
      hours: [1, 2],
      days: [1, 2, 3, 4, 5],
      support: ['training'],
      places: [10, 6],
      targetGroups: ['everyone'],
      themes: ['taal'],
      areas: ['haren-centrum', 'haren-zuid'],
    },
  ),
  o(
    'volunteer',
    'Chauffeur voor de boodschappenbus',
    'Rijd ouderen op donderdag naar de supermarkt en weer naar huis.',
    'welzijn-haren',
    'huis-van-de-wijk-de-dilgt',
    {
      hours: [3, 3],
      days: [4],
      requirements: 'Rijbewijs B.',
      places: [4, 1],
      themes: ['ontmoeten'],
      areas: ['haren-centrum'],
    },
  ),
  o(
    'volunteer',
    'Kok voor de buurtkeuken',
    'Kook mee voor 30 buurtgenoten. Je hoeft geen kok te zijn, wel van koken houden.',
    'buurtbedrijf-de-kern',
    'buurthuis-de-poort',
    {
      hours: [4, 4],
      days: [3],
      themes: ['koken-en-eten'],
      areas: ['oosterpoort'],
      ladder: ['3', '4'],
    },
  ),
  o(
    'volunteer',
    'Huiswerkbegeleider',
    'Help jongeren van 12 tot 18 met hun huiswerk, twee middagen per week.',
    'vrijwilligerscentrale-groningen',
    'jongerencentrum-het-platform',
    {
      hours: [2, 4],
      days: [1, 4],
      places: [6, 3],
      support: ['training'],
      themes: ['taal'],
      areas: ['binnenstad'],
    },
  ),
  o(
    'volunteer',
    'Maatje voor een oudere',
    'Ga wekelijks op bezoek bij iemand die weinig mensen ziet: wandelen, praten, een spelletje.',
    'vrijwilligerscentrale-groningen',
    undefined,
    {
      hours: [1, 3],
      days: [1, 2, 3, 4, 5, 6, 7],
      support: ['begeleiding', 'training'],
      targetGroups: ['everyone'],
      themes: ['ontmoeten', 'zorg-en-gezondheid'],
      areas: ['korrewegwijk', 'selwerd'],
    },
  ),
  o(
    'volunteer',
    'Schuldhulpmaatje',
    'Help mensen met hun post en geldzaken. Na een training van vier dagen.',
    'vrijwilligerscentrale-groningen',
    'inloopcentrum-de-oase',
    {
      hours: [3, 4],
      days: [4],
      support: ['training', 'begeleiding'],
      certificate: 'Certificaat Schuldhulpmaatje',
      themes: ['geld-en-administratie'],
      areas: ['korrewegwijk'],
      ladder: ['4'],
    },
  ),
  o(
    'volunteer',
    'Trainer jongerenboksen',
    'Geef samen met onze vaste trainer bokslessen aan jongeren.',
    'vrijwilligerscentrale-groningen',
    'jongerencentrum-het-platform',
    {
      hours: [2, 2],
      days: [2, 5],
      status: 'full',
      places: [2, 0],
      themes: ['sport-en-bewegen'],
      areas: ['binnenstad'],
    },
  ),
  o(
    'volunteer',
    'Taalmaatje in Assen',
    'Oefen Nederlands met een nieuwkomer, thuis, in de bibliotheek of tijdens een wandeling.',
    'taalmaatjes-drenthe',
    'wijkcentrum-de-marsch',
    {
      hours: [1, 2],
      days: [1, 2, 3, 4, 5],
      support: ['training'],
      places: [20, 12],
      themes: ['taal'],
      areas: ['assen-centrum', 'assen-oost', 'pittelo'],
    },
  ),
  o(
    'volunteer',
    'Reparateur bij het Repair Café',
    'Handig met apparaten, fietsen of kleding? Repareer samen met bezoekers.',
    'kringloop-tweede-ronde',
    'kringloopwinkel-assen',
    { hours: [3, 3], days: [6], themes: ['creatief'], areas: ['assen-oost'] },
  ),
  // Werkervaringsplek
  o(
    'work_experience',
    'Werkervaringsplek in de lunchroom',
    'Werk mee in de keuken en bediening van onze lunchroom. Je bouwt ritme en ervaring op.',
    'buurtbedrijf-de-kern',
    'buurthuis-de-poort',
    {
      hours: [12, 24],
      days: [1, 2, 3, 4, 5],
      support: ['begeleiding', 'job_coach'],
      howToApply: APPLY_CONSULENT,
      targetGroups: ['job_seekers'],
      themes: ['koken-en-eten', 'werk-en-leren'],
      areas: ['oosterpoort'],
      ladder: ['4', '5'],
      referralNotes: 'Plaatsing via klantmanager; proefplaatsing van 2 weken mogelijk.',
    },
  ),
  o(
    'work_experience',
    'Werkervaringsplek magazijn',
    'Orders klaarzetten, dozen inpakken en de voorraad bijhouden in ons magazijn.',
    'werkplaats-noord',
    'werkplaats-noord-industrieweg',
    {
      hours: [16, 32],
      support: ['begeleiding', 'job_coach'],
      howToApply: APPLY_CONSULENT,
      targetGroups: ['job_seekers', 'disability'],
      areas: ['selwerd'],
      ladder: ['4', '5'],
      validForDays: 90,
    },
  ),
  o(
    'work_experience',
    'Werkervaring in de kringloopwinkel',
    'Help in de winkel: spullen prijzen, klanten helpen, de kassa. In je eigen tempo.',
    'kringloop-tweede-ronde',
    'kringloopwinkel-assen',
    {
      hours: [8, 20],
      days: [2, 3, 4, 5, 6],
      support: ['begeleiding'],
      howToApply: APPLY_CONSULENT,
      targetGroups: ['job_seekers', 'mental_health'],
      areas: ['assen-oost'],
      ladder: ['4', '5'],
    },
  ),
  o(
    'work_experience',
    'Werkervaringsplek groenonderhoud',
    'Buiten werken: maaien, snoeien en schoffelen in Haren, met een vaste ploeg.',
    'groenrijk-hoveniers',
    undefined,
    {
      hours: [16, 32],
      days: [1, 2, 3, 4, 5],
      support: ['begeleiding', 'job_coach'],
      howToApply: APPLY_CONSULENT,
      targetGroups: ['job_seekers'],
      themes: ['natuur-en-groen', 'werk-en-leren'],
      areas: ['haren-centrum', 'haren-zuid'],
      ladder: ['4', '5'],
    },
  ),
  // Leerwerkplek
  o(
    'learn_work',
    'Leerwerkplek logistiek met certificaat',
    'Werk vier dagen in het magazijn en leer één dag op school. Je haalt een mbo-certificaat.',
    'leerwerkcentrum-noorderkwartier',
    'werkplaats-noord-industrieweg',
    {
      hours: [32, 32],
      support: ['begeleiding', 'training'],
      certificate: 'Mbo-certificaat Medewerker logistiek (niveau 1)',
      learn: 'Orderpicken, heftruck-basis, veilig werken.',
      targetGroups: ['job_seekers', 'young_people'],
      areas: ['selwerd'],
      ladder: ['5'],
      validForDays: 60,
    },
  ),
  o(
    'learn_work',
    'Leerwerkplek zorg: helpende',
    'Leer het vak van helpende zorg en welzijn in een zorglocatie, met een opleiding erbij.',
    'leerwerkcentrum-noorderkwartier',
    'de-linde-dagbesteding',
    {
      hours: [24, 32],
      support: ['begeleiding', 'training'],
      certificate: 'Mbo-diploma Helpende Zorg en Welzijn (niveau 2)',
      targetGroups: ['job_seekers', 'newcomers'],
      themes: ['zorg-en-gezondheid', 'werk-en-leren'],
      areas: ['pittelo'],
      ladder: ['5'],
    },
  ),
  o(
    'learn_work',
    'Leerwerkplek hovenier',
    'Leer het vak van hovenier in de praktijk, met één lesdag per week.',
    'groenrijk-hoveniers',
    undefined,
    {
      hours: [32, 38],
      support: ['training', 'job_coach'],
      certificate: 'Mbo-certificaat Hovenier',
      targetGroups: ['job_seekers', 'young_people'],
      themes: ['natuur-en-groen'],
      areas: ['haren-zuid'],
      ladder: ['5'],
    },
  ),
  o(
    'learn_work',
    'Leerwerkplek horeca',
    'Koken en serveren in onze lunchroom, met lessen Nederlands op de werkvloer.',
    'buurtbedrijf-de-kern',
    'buurthuis-de-poort',
    {
      hours: [20, 32],
      support: ['begeleiding', 'training'],
      certificate: 'Praktijkverklaring Medewerker horeca',
      targetGroups: ['newcomers', 'job_seekers'],
      themes: ['koken-en-eten'],
      areas: ['oosterpoort'],
      ladder: ['5'],
      draft: true,
    },
  ),
  // Participatieplek
  o(
    'participation',
    'Participatieplek in de werkplaats',
    'Houtbewerking en kleine klussen in een rustige werkplaats. Zonder druk, wel met een doel.',
    'werkplaats-noord',
    'werkplaats-noord-industrieweg',
    {
      hours: [8, 16],
      days: [1, 2, 3, 4],
      howToApply: APPLY_CONSULENT,
      targetGroups: ['job_seekers', 'mental_health'],
      areas: ['selwerd'],
      ladder: ['3', '4'],
      referralNotes: 'Indicatie Participatiewet nodig; wachttijd ongeveer 3 weken.',
    },
  ),
  o(
    'participation',
    'Participatieplek bij de gemeente',
    'Help mee bij de balie van het wijkcentrum of in de administratie. Een eerste stap terug.',
    'gemeente-assen-participatie',
    'wijkcentrum-de-marsch',
    {
      hours: [8, 16],
      howToApply: APPLY_CONSULENT,
      targetGroups: ['job_seekers'],
      areas: ['assen-centrum'],
      ladder: ['3', '4'],
    },
  ),
  o(
    'participation',
    'Participatieplek fietsenmakerij',
    'Fietsen opknappen voor de verkoop. Je leert van een ervaren fietsenmaker.',
    'kringloop-tweede-ronde',
    'kringloopwinkel-assen',
    {
      hours: [12, 20],
      support: ['begeleiding'],
      howToApply: APPLY_CONSULENT,
      targetGroups: ['job_seekers', 'newcomers'],
      areas: ['assen-oost'],
      ladder: ['3', '4'],
    },
  ),
  // Dagbesteding
  o(
    'day_activity',
    'Dagbesteding moestuin en kas',
    'Werk in de moestuin en de kas, in een kleine groep met vaste begeleiders.',
    'zorggroep-de-linde',
    'de-linde-dagbesteding',
    {
      hours: [6, 20],
      support: ['begeleiding'],
      places: [12, 3],
      howToApply: 'Met een indicatie Wmo of Wlz. Bel ons voor een kennismaking.',
      targetGroups: ['disability', 'mental_health'],
      themes: ['natuur-en-groen'],
      areas: ['pittelo'],
      ladder: ['2', '3'],
      referralNotes: 'Wmo-indicatie via het Wmo-loket Assen; Wlz mogelijk.',
    },
  ),
  o(
    'day_activity',
    'Dagbesteding houtwerkplaats',
    'Maak vogelhuisjes, bankjes en speelgoed voor de kringloop. Rustig en met structuur.',
    'zorggroep-de-linde',
    'de-linde-dagbesteding',
    {
      hours: [6, 20],
      support: ['begeleiding'],
      places: [8, 0],
      status: 'full',
      targetGroups: ['disability'],
      themes: ['creatief'],
      areas: ['pittelo'],
      ladder: ['2', '3'],
    },
  ),
  o(
    'day_activity',
    'Dagbesteding voor jongeren',
    'Een dagprogramma voor jongeren die (nog) niet naar school of werk gaan.',
    'jongerenwerk-assen',
    'jongerencentrum-de-schakel',
    {
      hours: [8, 16],
      days: [2, 3, 5],
      support: ['begeleiding', 'job_coach'],
      targetGroups: ['young_people', 'mental_health'],
      areas: ['assen-oost'],
      ladder: ['2', '3'],
    },
  ),
  // Stage
  o(
    'internship',
    'Stage jongerenwerk',
    'Loop stage bij het jongerenwerk in Assen-Oost (mbo of hbo Sociaal Werk).',
    'jongerenwerk-assen',
    'jongerencentrum-de-schakel',
    {
      hours: [16, 32],
      days: [2, 3, 4, 5],
      support: ['begeleiding'],
      requirements: 'Je volgt een opleiding Sociaal Werk.',
      targetGroups: ['young_people'],
      areas: ['assen-oost'],
      ladder: ['5'],
      validForDays: 120,
    },
  ),
  o(
    'internship',
    'Snuffelstage in de zorg',
    'Twee weken meelopen in de dagbesteding. Ontdek of werken in de zorg bij je past.',
    'zorggroep-de-linde',
    'de-linde-dagbesteding',
    {
      hours: [16, 24],
      support: ['begeleiding'],
      targetGroups: ['young_people', 'job_seekers', 'newcomers'],
      themes: ['zorg-en-gezondheid'],
      areas: ['pittelo'],
      ladder: ['4', '5'],
    },
  ),
  o(
    'internship',
    'Stage communicatie',
    'Help ons met de website, social media en de nieuwsbrief. Voor een mbo- of hbo-stage.',
    'vrijwilligerscentrale-groningen',
    undefined,
    {
      hours: [24, 32],
      support: ['begeleiding'],
      targetGroups: ['young_people'],
      themes: ['digitaal'],
      areas: ['binnenstad'],
      ladder: ['5'],
      validForDays: 45,
    },
  ),
  // Buurtbaan
  o(
    'neighbourhood_job',
    'Buurtconciërge Haren-Zuid',
    'Houd de buurt netjes, signaleer problemen en help buren met kleine klussen. Betaald, met begeleiding.',
    'welzijn-haren',
    'inloophuis-de-haven',
    {
      hours: [16, 24],
      support: ['job_coach'],
      howToApply: APPLY_CONSULENT,
      targetGroups: ['job_seekers'],
      themes: ['ontmoeten'],
      areas: ['haren-zuid'],
      ladder: ['5'],
    },
  ),
  o(
    'neighbourhood_job',
    'Klusser in de wijk',
    'Kleine klussen bij mensen thuis: een lamp ophangen, een kraan repareren. Een echte baan in je eigen wijk.',
    'buurtbedrijf-de-kern',
    undefined,
    {
      hours: [20, 32],
      support: ['begeleiding', 'job_coach'],
      targetGroups: ['job_seekers'],
      areas: ['oosterpoort', 'binnenstad'],
      ladder: ['5'],
    },
  ),
  o(
    'neighbourhood_job',
    'Buurtsportcoach-assistent',
    'Help de buurtsportcoach met activiteiten voor kinderen en ouderen in Assen-Oost.',
    'gemeente-assen-participatie',
    'jongerencentrum-de-schakel',
    {
      hours: [12, 20],
      support: ['job_coach'],
      targetGroups: ['job_seekers', 'young_people'],
      themes: ['sport-en-bewegen'],
      areas: ['assen-oost'],
      ladder: ['5'],
    },
  ),
  // Betaalde baan
  o(
    'paid_job',
    'Medewerker groenvoorziening (met jobcoach)',
    'Vaste baan in het groen voor 32 uur, met een jobcoach in het eerste jaar.',
    'groenrijk-hoveniers',
    undefined,
    {
      hours: [32, 32],
      support: ['job_coach'],
      requirements: 'Je werkt graag buiten, ook bij slecht weer.',
      targetGroups: ['job_seekers', 'disability'],
      themes: ['natuur-en-groen'],
      areas: ['haren-centrum', 'haren-zuid'],
      ladder: ['5', '6'],
      validForDays: 30,
    },
  ),
  o(
    'paid_job',
    'Medewerker kringloopwinkel',
    'Een baan van 24 uur in de winkel en het magazijn. Werkervaring bij ons is een pré.',
    'kringloop-tweede-ronde',
    'kringloopwinkel-assen',
    {
      hours: [24, 24],
      days: [2, 3, 4, 5, 6],
      support: ['begeleiding'],
      targetGroups: ['job_seekers'],
      areas: ['assen-oost'],
      ladder: ['6'],
      validForDays: 21,
    },
  ),
  o(
    'paid_job',
    'Fietsenmaker',
    'Fietsen repareren in onze werkplaats, 32 tot 38 uur. Ook geschikt als je via ons hebt geleerd.',
    'werkplaats-noord',
    'werkplaats-noord-industrieweg',
    {
      hours: [32, 38],
      support: [],
      requirements: 'Ervaring met fietsen repareren.',
      targetGroups: ['job_seekers'],
      areas: ['selwerd'],
      ladder: ['6'],
      validForDays: 40,
    },
  ),
]
