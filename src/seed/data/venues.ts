// Longer than 200 lines because it is data: the demo venues, one record each.
import type { AreaKey } from './taxonomies'

export interface DemoVenue {
  slug: string
  name: string
  type: string
  description: string
  organisations: string[]
  address: { street: string; houseNumber: string; postcode: string; city: string }
  /** [longitude, latitude], near the PC4 centroid of the postcode (GeoNames, CC BY 4.0). */
  location: [number, number]
  areas: AreaKey[]
  accessibility: {
    stepFreeEntrance?: boolean
    accessibleToilet?: boolean
    hearingLoop?: boolean
    quietRoom?: boolean
    parking?: boolean
    notes?: string
  }
  /** [weekday 1–7, opens, closes] */
  openingHours: [number, string, string][]
  rooms?: {
    name: string
    capacity: number
    howToBook: string
    bookable?: boolean
    stepFree?: 'yes' | 'no' | 'unknown'
    facilities?: ('kitchen' | 'coffee' | 'projector' | 'wifi' | 'whiteboard' | 'sound')[]
    conditions?: string
  }[]
}

const weekdays = (
  opens: string,
  closes: string,
  days = [1, 2, 3, 4, 5],
): [number, string, string][] => days.map((d) => [d, opens, closes])

export const VENUES: DemoVenue[] = [
  {
    slug: 'huis-van-de-wijk-de-dilgt',
    name: 'Huis van de Wijk De Dilgt',
    type: 'buurthuis',
    description:
      'Het buurthuis midden in Haren. De koffie staat klaar; je kunt gewoon binnenlopen.',
    organisations: ['welzijn-haren', 'haren-actief'],
    address: { street: 'Kerklaan', houseNumber: '12', postcode: '9751 NN', city: 'Haren' },
    location: [6.6097, 53.1728],
    areas: ['haren-centrum'],
    accessibility: {
      stepFreeEntrance: true,
      accessibleToilet: true,
      hearingLoop: true,
      parking: true,
    },
    openingHours: [...weekdays('09:00', '17:00'), [2, '19:00', '22:00'], [4, '19:00', '22:00']],
    rooms: [
      {
        name: 'Grote zaal',
        capacity: 60,
        howToBook: 'Bel of mail het buurthuis; voor buurtinitiatieven is de zaal gratis.',
        bookable: true,
        stepFree: 'yes',
        facilities: ['kitchen', 'coffee', 'projector', 'wifi'],
        conditions:
          'Gratis voor bewonersinitiatieven. Laat de zaal opgeruimd achter; de sleutel haal je bij de balie.',
      },
      { name: 'Stilteruimte', capacity: 4, howToBook: 'Vraag het aan de bar.' },
    ],
  },
  {
    slug: 'jongerencentrum-de-zolder',
    name: 'Jongerencentrum De Zolder',
    type: 'jongerencentrum',
    description:
      'Voor jongeren uit Haren: chillen, gamen, muziek maken en praten met de jongerenwerker.',
    organisations: ['welzijn-haren'],
    address: { street: 'Raadhuisplein', houseNumber: '3', postcode: '9751 AN', city: 'Haren' },
    location: [6.6121, 53.1741],
    areas: ['haren-centrum'],
    accessibility: {
      stepFreeEntrance: false,
      notes:
        'Op de eerste verdieping, met een trap. Bel aan, dan komen we je ophalen bij de zij-ingang.',
    },
    openingHours: [
      [3, '14:00', '21:00'],
      [5, '15:00', '23:00'],
      [6, '14:00', '18:00'],
    ],
  },
  {
    slug: 'inloophuis-de-haven',
    name: 'Inloophuis De Haven',
    type: 'inloopcentrum',
    description: 'Een rustige plek om even te zijn. Zonder afspraak, zonder vragen.',
    organisations: ['welzijn-haren'],
    address: { street: 'Molenweg', houseNumber: '7', postcode: '9752 HK', city: 'Haren' },
    location: [6.5994, 53.1689],
    areas: ['haren-zuid'],
    accessibility: { stepFreeEntrance: true, accessibleToilet: true, quietRoom: true },
    openingHours: weekdays('10:00', '15:00', [1, 2, 4]),
  },
  {
    slug: 'buurthuis-de-poort',
    name: 'Buurthuis De Poort',
    type: 'buurthuis',
    description: 'Buurthuis in de Oosterpoort met een grote keuken en een tuin.',
    organisations: ['vrijwilligerscentrale-groningen', 'buurtbedrijf-de-kern'],
    address: { street: 'Meeuwerderweg', houseNumber: '90', postcode: '9711 KA', city: 'Groningen' },
    location: [6.5711, 53.2152],
    areas: ['oosterpoort'],
    accessibility: {
      stepFreeEntrance: true,
      accessibleToilet: true,
      hearingLoop: false,
      parking: false,
      notes: 'Betaald parkeren in de straat.',
    },
    openingHours: weekdays('09:00', '21:30'),
    rooms: [
      {
        name: 'Keuken',
        capacity: 12,
        howToBook: 'Via de beheerder, minstens een week van tevoren.',
      },
    ],
  },
  {
    slug: 'jongerencentrum-het-platform',
    name: 'Jongerencentrum Het Platform',
    type: 'jongerencentrum',
    description: 'Jongerencentrum met een studio, een sportzaal en huiswerkbegeleiding.',
    organisations: ['vrijwilligerscentrale-groningen'],
    address: {
      street: 'Nieuwe Ebbingestraat',
      houseNumber: '101',
      postcode: '9712 NJ',
      city: 'Groningen',
    },
    location: [6.5641, 53.2229],
    areas: ['binnenstad'],
    accessibility: { stepFreeEntrance: true, accessibleToilet: true },
    openingHours: weekdays('13:00', '22:00', [1, 2, 3, 4, 5, 6]),
  },
  {
    slug: 'inloopcentrum-de-oase',
    name: 'Inloopcentrum De Oase',
    type: 'inloopcentrum',
    description:
      'Een inloop voor iedereen die even wil praten, een kop soep wil of hulp zoekt bij de post.',
    organisations: ['vrijwilligerscentrale-groningen', 'leerwerkcentrum-noorderkwartier'],
    address: { street: 'Korreweg', houseNumber: '150', postcode: '9717 AK', city: 'Groningen' },
    location: [6.5531, 53.2249],
    areas: ['korrewegwijk'],
    accessibility: {
      stepFreeEntrance: true,
      accessibleToilet: true,
      quietRoom: true,
      hearingLoop: true,
    },
    openingHours: weekdays('10:00', '16:00'),
  },
  {
    slug: 'bibliotheek-selwerd',
    name: 'Bibliotheek Selwerd',
    type: 'bibliotheek',
    description:
      'Bibliotheek met een Taalhuis en een Digihuis: hulp bij lezen, schrijven en de computer.',
    organisations: ['vrijwilligerscentrale-groningen', 'leerwerkcentrum-noorderkwartier'],
    address: { street: 'Zonnelaan', houseNumber: '24', postcode: '9741 MA', city: 'Groningen' },
    location: [6.5539, 53.2327],
    areas: ['selwerd'],
    accessibility: {
      stepFreeEntrance: true,
      accessibleToilet: true,
      hearingLoop: true,
      parking: true,
    },
    openingHours: [...weekdays('10:00', '18:00'), [6, '10:00', '14:00']],
  },
  {
    slug: 'werkplaats-noord-industrieweg',
    name: 'WerkPlaats Noord, Industrieweg',
    type: 'werkplaats',
    description: 'De werkplaats met houtbewerking, fietsenmakerij en magazijn.',
    organisations: ['werkplaats-noord'],
    address: { street: 'Industrieweg', houseNumber: '8', postcode: '9741 AB', city: 'Groningen' },
    location: [6.5512, 53.2351],
    areas: ['selwerd'],
    accessibility: { stepFreeEntrance: true, accessibleToilet: true, parking: true },
    openingHours: weekdays('08:00', '16:30'),
  },
  {
    slug: 'wijkcentrum-de-marsch',
    name: 'Wijkcentrum De Marsch',
    type: 'buurthuis',
    description: 'Het wijkcentrum van Assen-centrum, met een grote zaal en een computerlokaal.',
    organisations: ['taalmaatjes-drenthe', 'gemeente-assen-participatie'],
    address: { street: 'Marsstraat', houseNumber: '15', postcode: '9401 EB', city: 'Assen' },
    location: [6.5634, 52.9941],
    areas: ['assen-centrum'],
    accessibility: {
      stepFreeEntrance: true,
      accessibleToilet: true,
      hearingLoop: true,
      parking: true,
    },
    openingHours: weekdays('08:30', '22:00'),
    rooms: [
      { name: 'Computerlokaal', capacity: 14, howToBook: 'Mail het wijkcentrum.' },
      { name: 'Vergaderkamer', capacity: 8, howToBook: 'Reserveren aan de balie.' },
    ],
  },
  {
    slug: 'jongerencentrum-de-schakel',
    name: 'Jongerencentrum De Schakel',
    type: 'jongerencentrum',
    description: 'Het jongerencentrum van Assen-Oost: sport, muziek, koken en een luisterend oor.',
    organisations: ['jongerenwerk-assen'],
    address: { street: 'Pelikaanstraat', houseNumber: '2', postcode: '9402 KB', city: 'Assen' },
    location: [6.5612, 53.0051],
    areas: ['assen-oost'],
    accessibility: { stepFreeEntrance: true, accessibleToilet: false },
    openingHours: [
      [2, '15:00', '21:00'],
      [3, '13:00', '21:00'],
      [5, '15:00', '23:00'],
    ],
  },
  {
    slug: 'de-linde-dagbesteding',
    name: 'De Linde, locatie Pittelo',
    type: 'zorglocatie',
    description: 'Dagbesteding in een rustig gebouw met een moestuin en een houtwerkplaats.',
    organisations: ['zorggroep-de-linde'],
    address: { street: 'Lindelaan', houseNumber: '3', postcode: '9403 DA', city: 'Assen' },
    location: [6.5873, 53.0139],
    areas: ['pittelo'],
    accessibility: {
      stepFreeEntrance: true,
      accessibleToilet: true,
      quietRoom: true,
      parking: true,
    },
    openingHours: weekdays('09:00', '16:00'),
  },
  {
    slug: 'kringloopwinkel-assen',
    name: 'Kringloopwinkel De Tweede Ronde',
    type: 'werkplaats',
    description:
      'Winkel en werkplaats. Hier repareren we meubels, fietsen en elektrische apparaten.',
    organisations: ['kringloop-tweede-ronde'],
    address: { street: 'Industrieweg', houseNumber: '27', postcode: '9402 NR', city: 'Assen' },
    location: [6.5581, 53.0027],
    areas: ['assen-oost'],
    accessibility: { stepFreeEntrance: true, accessibleToilet: true, parking: true },
    openingHours: [...weekdays('10:00', '17:00', [2, 3, 4, 5]), [6, '10:00', '16:00']],
  },
]
