import type { AreaKey } from './taxonomies'

export interface DemoOrganisation {
  slug: string
  name: string
  type: string
  verified: boolean
  /** Keeps a waiting list for its full openings. */
  waitlist?: boolean
  description: string
  email: string
  phone: string
  website: string
  kvkNumber?: string
  address: { street: string; houseNumber: string; postcode: string; city: string }
  areasServed: AreaKey[]
}

/** Fictional organisations in Haren, Groningen and Assen. E-mail goes to `.test` domains. */
export const ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: 'welzijn-haren',
    name: 'Stichting Welzijn Haren',
    type: 'welzijn',
    verified: false,
    description:
      'Wij helpen inwoners van Haren om mee te doen: in de buurt, met vrijwilligerswerk en met een steuntje in de rug.',
    email: 'info@welzijnharen.test',
    phone: '050 123 45 67',
    website: 'https://welzijnharen.test',
    kvkNumber: '41000001',
    address: { street: 'Kerklaan', houseNumber: '12', postcode: '9751 NN', city: 'Haren' },
    areasServed: ['haren-centrum', 'haren-zuid'],
  },
  {
    slug: 'vrijwilligerscentrale-groningen',
    name: 'Vrijwilligerscentrale Groningen',
    type: 'vrijwilligerscentrale',
    verified: true,
    waitlist: true,
    description:
      'Wij brengen vrijwilligers en organisaties in de stad Groningen bij elkaar. Kom langs voor een gesprek.',
    email: 'hallo@vcgroningen.test',
    phone: '050 765 43 21',
    website: 'https://vcgroningen.test',
    kvkNumber: '41000002',
    address: {
      street: 'Oude Boteringestraat',
      houseNumber: '44',
      postcode: '9712 GL',
      city: 'Groningen',
    },
    areasServed: ['binnenstad', 'oosterpoort', 'korrewegwijk', 'selwerd'],
  },
  {
    slug: 'werkplaats-noord',
    name: 'WerkPlaats Noord',
    type: 'sociale_werkvoorziening',
    verified: true,
    description:
      'Leren werken in een echte werkplaats: hout, fietsen, groen en logistiek. Met begeleiding op jouw tempo.',
    email: 'contact@werkplaatsnoord.test',
    phone: '050 311 22 33',
    website: 'https://werkplaatsnoord.test',
    kvkNumber: '41000003',
    address: { street: 'Industrieweg', houseNumber: '8', postcode: '9741 AB', city: 'Groningen' },
    areasServed: ['selwerd', 'korrewegwijk'],
  },
  {
    slug: 'buurtbedrijf-de-kern',
    name: 'Buurtbedrijf De Kern',
    type: 'sociale_onderneming',
    verified: false,
    description:
      'Een buurtbedrijf met een lunchroom en klusdienst. Buurtbewoners werken hier mee en leren een vak.',
    email: 'info@dekern.test',
    phone: '050 322 11 00',
    website: 'https://buurtbedrijfdekern.test',
    kvkNumber: '41000004',
    address: { street: 'Oosterstraat', houseNumber: '61', postcode: '9711 NS', city: 'Groningen' },
    areasServed: ['oosterpoort', 'binnenstad'],
  },
  {
    slug: 'jongerenwerk-assen',
    name: 'Jongerenwerk Assen',
    type: 'welzijn',
    verified: true,
    description:
      'Voor jongeren van 13 tot 27 jaar in Assen: een plek om te chillen, te sporten en hulp te vragen.',
    email: 'jongerenwerk@assen-welzijn.test',
    phone: '0592 30 40 50',
    website: 'https://jongerenwerkassen.test',
    kvkNumber: '41000005',
    address: { street: 'Kloekhorststraat', houseNumber: '20', postcode: '9401 AX', city: 'Assen' },
    areasServed: ['assen-centrum', 'assen-oost', 'pittelo'],
  },
  {
    slug: 'gemeente-assen-participatie',
    name: 'Team Participatie Gemeente Assen',
    type: 'gemeente',
    verified: true,
    description:
      'Het team dat inwoners met een uitkering helpt bij de volgende stap richting werk of meedoen.',
    email: 'participatie@assen.test',
    phone: '14 0592',
    website: 'https://assen.test/participatie',
    address: { street: 'Noordersingel', houseNumber: '33', postcode: '9401 JW', city: 'Assen' },
    areasServed: ['assen-centrum', 'assen-oost', 'pittelo'],
  },
  {
    slug: 'zorggroep-de-linde',
    name: 'Zorggroep De Linde',
    type: 'zorg',
    verified: true,
    description:
      'Dagbesteding en begeleiding voor volwassenen met een beperking of psychische kwetsbaarheid.',
    email: 'aanmelden@delinde.test',
    phone: '0592 12 34 56',
    website: 'https://zorggroepdelinde.test',
    kvkNumber: '41000007',
    address: { street: 'Lindelaan', houseNumber: '3', postcode: '9403 DA', city: 'Assen' },
    areasServed: ['pittelo', 'assen-oost'],
  },
  {
    slug: 'haren-actief',
    name: 'Sportvereniging Haren Actief',
    type: 'vereniging',
    verified: false,
    description:
      'Een vereniging waar iedereen mag meedoen, ook als je niet zo sportief bent. De eerste keer is gratis.',
    email: 'secretariaat@harenactief.test',
    phone: '050 534 00 11',
    website: 'https://harenactief.test',
    kvkNumber: '41000008',
    address: { street: 'Sportlaan', houseNumber: '2', postcode: '9752 AA', city: 'Haren' },
    areasServed: ['haren-centrum', 'haren-zuid'],
  },
  {
    slug: 'leerwerkcentrum-noorderkwartier',
    name: 'Leerwerkcentrum Noorderkwartier',
    type: 'onderwijs',
    verified: true,
    description:
      'Praktijkleren met een erkend certificaat, in de zorg, horeca, techniek en logistiek.',
    email: 'leren@noorderkwartier.test',
    phone: '050 800 90 10',
    website: 'https://noorderkwartier.test',
    kvkNumber: '41000009',
    address: { street: 'Zonnelaan', houseNumber: '140', postcode: '9741 ML', city: 'Groningen' },
    areasServed: ['selwerd', 'korrewegwijk', 'binnenstad'],
  },
  {
    slug: 'kringloop-tweede-ronde',
    name: 'Kringloop De Tweede Ronde',
    type: 'sociale_onderneming',
    verified: false,
    description:
      'Kringloopwinkel met werkplaats. We geven spullen een tweede leven en mensen een plek om te werken.',
    email: 'winkel@tweederonde.test',
    phone: '0592 45 67 89',
    website: 'https://tweederonde.test',
    kvkNumber: '41000010',
    address: { street: 'Industrieweg', houseNumber: '27', postcode: '9402 NR', city: 'Assen' },
    areasServed: ['assen-centrum', 'assen-oost'],
  },
  {
    slug: 'groenrijk-hoveniers',
    name: 'Hoveniersbedrijf Groenrijk Noord',
    type: 'werkgever',
    verified: false,
    description:
      'Hoveniersbedrijf dat graag mensen opleidt die buiten willen werken. Ook plekken met een jobcoach.',
    email: 'werk@groenrijknoord.test',
    phone: '050 406 70 80',
    website: 'https://groenrijknoord.test',
    kvkNumber: '41000011',
    address: { street: 'Rijksstraatweg', houseNumber: '210', postcode: '9752 CE', city: 'Haren' },
    areasServed: ['haren-centrum', 'haren-zuid', 'oosterpoort'],
  },
  {
    slug: 'taalmaatjes-drenthe',
    name: 'Stichting Taalmaatjes Drenthe',
    type: 'vereniging',
    verified: true,
    description:
      'Vrijwilligers die samen met nieuwkomers Nederlands oefenen, één op één of in een groep.',
    email: 'info@taalmaatjesdrenthe.test',
    phone: '0592 70 80 90',
    website: 'https://taalmaatjesdrenthe.test',
    kvkNumber: '41000012',
    address: { street: 'Brink', houseNumber: '5', postcode: '9401 HS', city: 'Assen' },
    areasServed: ['assen-centrum', 'assen-oost', 'pittelo'],
  },
]
