import { label } from './label'

export const TARGET_GROUPS = [
  { value: 'everyone', label: label('Iedereen', 'Everyone') },
  { value: 'children', label: label('Kinderen', 'Children') },
  { value: 'young_people', label: label('Jongeren (13–27)', 'Young people (13–27)') },
  { value: 'older_people', label: label('Ouderen', 'Older people') },
  { value: 'newcomers', label: label('Nieuwkomers en statushouders', 'Newcomers and refugees') },
  { value: 'disability', label: label('Mensen met een beperking', 'People with a disability') },
  { value: 'mental_health', label: label('Mensen met psychische kwetsbaarheid', 'People with mental health needs') },
  { value: 'carers', label: label('Mantelzorgers', 'Carers') },
  { value: 'job_seekers', label: label('Werkzoekenden', 'Job seekers') },
]

/** Low-threshold facets. `walk_in` and `free` follow the sign-up and cost fields automatically. */
export const LOW_THRESHOLD = [
  { value: 'walk_in', label: label('Zonder aanmelden', 'Walk-in') },
  { value: 'free', label: label('Gratis', 'Free') },
  { value: 'no_referral', label: label('Geen verwijzing nodig', 'No referral needed') },
  { value: 'prikkelarm', label: label('Prikkelarm', 'Low-stimulus') },
  { value: 'buddy_welcome', label: label('Maatje mag mee', 'Bring a buddy') },
  { value: 'dutch_practice', label: label('Nederlands oefenen', 'Practise Dutch') },
]

export const LANGUAGES = [
  { value: 'nl', label: label('Nederlands', 'Dutch') },
  { value: 'en', label: label('Engels', 'English') },
  { value: 'ar', label: label('Arabisch', 'Arabic') },
  { value: 'tr', label: label('Turks', 'Turkish') },
  { value: 'pl', label: label('Pools', 'Polish') },
  { value: 'uk', label: label('Oekraïens', 'Ukrainian') },
  { value: 'ti', label: label('Tigrinya', 'Tigrinya') },
  { value: 'fa', label: label('Perzisch (Farsi/Dari)', 'Persian (Farsi/Dari)') },
  { value: 'so', label: label('Somalisch', 'Somali') },
  { value: 'nl_easy', label: label('Eenvoudig Nederlands', 'Plain Dutch') },
]

export const ACCESSIBILITY = [
  { name: 'stepFreeEntrance', label: label('Drempelvrije ingang', 'Step-free entrance') },
  { name: 'accessibleToilet', label: label('Aangepast toilet', 'Accessible toilet') },
  { name: 'hearingLoop', label: label('Ringleiding', 'Hearing loop') },
  { name: 'quietRoom', label: label('Stille ruimte / prikkelarm', 'Quiet room / low-stimulus') },
  { name: 'parking', label: label('Parkeren bij de deur', 'Parking nearby') },
] as const
