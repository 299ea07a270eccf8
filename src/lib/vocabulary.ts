/**
 * The directory's words, in one place: the kinds of places, the facets a listing can have, and
 * the choices of the admin's select fields — each value with its Dutch and English label. The
 * collections (fields and options), the search (filters and counts) and the public pages
 * (filters, badges, forms) all read them from here.
 */

/** A label in Dutch (the default) and English; Payload's admin picks one by the editor's language, the public pages by the page's. */
export type Label = {
  nl: string
  en: string
}
export const label = (nl: string, en: string): Label => ({ nl, en })

/** The collections whose documents are listings (searchable, with a public page). */
export const LISTING_SLUGS = ['activities', 'openings'] as const
export type ListingSlug = (typeof LISTING_SLUGS)[number]
export const isListingSlug = (slug: string): slug is ListingSlug =>
  (LISTING_SLUGS as readonly string[]).includes(slug)

/**
 * What can be searched for: an activity, or one of the kinds of opening. The order is part of
 * the search index (a kind's position is stored in a few bits): add new kinds at the end.
 */
export const LISTING_KINDS = [
  'activity',
  'volunteer',
  'work_experience',
  'learn_work',
  'participation',
  'day_activity',
  'internship',
  'neighbourhood_job',
  'paid_job',
] as const
export type ListingKind = (typeof LISTING_KINDS)[number]
export type OpeningKind = Exclude<ListingKind, 'activity'>

const KIND_LABELS: Record<ListingKind, Label> = {
  activity: label('Activiteit', 'Activity'),
  volunteer: label('Vrijwilligerswerk', 'Volunteering'),
  work_experience: label('Werkervaringsplek', 'Work-experience place'),
  learn_work: label('Leerwerkplek', 'Learn-and-work place'),
  participation: label('Participatieplek', 'Participation place'),
  day_activity: label('Dagbesteding', 'Day activity'),
  internship: label('Stage', 'Internship'),
  neighbourhood_job: label('Buurtbaan', 'Neighbourhood job'),
  paid_job: label('Betaalde baan', 'Paid job'),
}

/** The kinds of opening as select options. */
export const OPENING_KINDS: readonly { value: OpeningKind; label: Label }[] = LISTING_KINDS.filter(
  (k): k is OpeningKind => k !== 'activity',
).map((value) => ({ value, label: KIND_LABELS[value] }))

/** Support an opening offers. */
export const OPENING_SUPPORT = [
  { value: 'begeleiding', label: label('Vaste begeleider', 'Regular supervisor') },
  { value: 'job_coach', label: label('Jobcoach', 'Job coach') },
  { value: 'training', label: label('Training of cursus', 'Training') },
]

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const
export type PartOfDay = (typeof PARTS_OF_DAY)[number]

/** An answer about accessibility may be "not known": that is an answer too. */
export const YES_NO_UNKNOWN = [
  { value: 'yes', label: label('Ja', 'Yes') },
  { value: 'no', label: label('Nee', 'No') },
  { value: 'unknown', label: label('Onbekend', 'Unknown') },
] as const

/** How much Dutch a resident needs to take part. */
export const DUTCH_NEEDED = [
  {
    value: 'none',
    label: label('Geen: je kunt meedoen zonder Nederlands', 'None: you can join without Dutch'),
  },
  { value: 'some', label: label('Een beetje', 'A little') },
  { value: 'good', label: label('Goed', 'Good') },
  { value: 'unknown', label: label('Onbekend', 'Unknown') },
] as const

/** What a listing itself says about accessibility (its venue says the rest). */
export const LISTING_ACCESSIBILITY = {
  wheelchair: {
    label: label(
      'Mee te doen met een rolstoel of rollator',
      'Possible with a wheelchair or walker',
    ),
    options: YES_NO_UNKNOWN,
  },
  dutchNeeded: {
    label: label('Hoeveel Nederlands heb je nodig?', 'How much Dutch do you need?'),
    options: DUTCH_NEEDED,
  },
} as const

/** A venue's accessibility, one yes / no / not known answer each (the order is part of the search index, as for the kinds). */
export const ACCESSIBILITY_FACETS = [
  'stepFreeEntrance',
  'accessibleToilet',
  'hearingLoop',
  'quietRoom',
  'parking',
] as const
export type AccessibilityFacet = (typeof ACCESSIBILITY_FACETS)[number]
const ACCESSIBILITY_LABELS: Record<AccessibilityFacet, Label> = {
  stepFreeEntrance: label('Drempelvrije ingang', 'Step-free entrance'),
  accessibleToilet: label('Aangepast toilet', 'Accessible toilet'),
  hearingLoop: label('Ringleiding', 'Hearing loop'),
  quietRoom: label('Stille ruimte / prikkelarm', 'Quiet room / low-stimulus'),
  parking: label('Parkeren bij de deur', 'Parking nearby'),
}
export const ACCESSIBILITY = ACCESSIBILITY_FACETS.map((name) => ({
  name,
  label: ACCESSIBILITY_LABELS[name],
}))

export const TARGET_GROUPS = [
  { value: 'everyone', label: label('Iedereen', 'Everyone') },
  { value: 'children', label: label('Kinderen', 'Children') },
  { value: 'young_people', label: label('Jongeren (13–27)', 'Young people (13–27)') },
  { value: 'older_people', label: label('Ouderen', 'Older people') },
  { value: 'newcomers', label: label('Nieuwkomers en statushouders', 'Newcomers and refugees') },
  { value: 'disability', label: label('Mensen met een beperking', 'People with a disability') },
  {
    value: 'mental_health',
    label: label('Mensen met psychische kwetsbaarheid', 'People with mental health needs'),
  },
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
/** An opening's low-threshold facets: those of an activity without the sign-up and cost ones. */
export const OPENING_LOW_THRESHOLD = LOW_THRESHOLD.filter(
  (o) => o.value !== 'walk_in' && o.value !== 'free',
)

/**
 * What helps a resident take part — the filters "Wat helpt jou?" (results page, questionnaire and
 * search API). The first four are an activity's or opening's own low-threshold facets;
 * `guidance` is an opening with a regular supervisor or a job coach. The order is part of the
 * search index (bits), as for the accessibility facets.
 */
export const HELP_FACETS = [
  'buddy_welcome',
  'no_referral',
  'dutch_practice',
  'prikkelarm',
  'guidance',
] as const
export type HelpFacet = (typeof HELP_FACETS)[number]
const HELP_LABELS: Record<HelpFacet, Label> = {
  buddy_welcome: label('Maatje mag mee', 'Bring a buddy'),
  no_referral: label('Geen verwijzing nodig', 'No referral needed'),
  dutch_practice: label('Nederlands oefenen', 'Practise Dutch'),
  prikkelarm: label('Prikkelarm', 'Low-stimulus'),
  guidance: label('Met begeleiding', 'With a supervisor or job coach'),
}
export const HELP = HELP_FACETS.map((value) => ({ value, label: HELP_LABELS[value] }))

/**
 * Age as a band, beside the exact age: a listing fits a band when its age range (if it has one)
 * overlaps it. 18–27 is the youth centres' range. The bands do not overlap each other.
 */
export const AGE_BANDS = [
  { value: 'children', min: 0, max: 12, label: label('Kinderen (tot 13)', 'Children (under 13)') },
  { value: 'teens', min: 13, max: 17, label: label('13 tot 18 jaar', '13 to 17') },
  { value: 'young_adults', min: 18, max: 27, label: label('18 tot 28 jaar', '18 to 27') },
  {
    value: 'adults',
    min: 28,
    max: 54,
    label: label('Volwassenen (28 tot 55)', 'Adults (28 to 54)'),
  },
  { value: 'seniors', min: 55, max: 120, label: label('55 jaar en ouder', '55 and over') },
] as const
export type AgeBand = (typeof AGE_BANDS)[number]['value']

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

/** Participation ladder (participatieladder) rungs 1–6, as select values '1'…'6'. */
export const LADDER_RUNGS = [
  { value: '1', label: label('1 · Geïsoleerd', '1 · Isolated') },
  {
    value: '2',
    label: label('2 · Sociale contacten buiten huis', '2 · Social contacts outside home'),
  },
  {
    value: '3',
    label: label('3 · Deelname aan georganiseerde activiteiten', '3 · Organised activities'),
  },
  {
    value: '4',
    label: label('4 · Onbetaald werk (vrijwilligerswerk)', '4 · Unpaid work (volunteering)'),
  },
  { value: '5', label: label('5 · Betaald werk met ondersteuning', '5 · Paid work with support') },
  { value: '6', label: label('6 · Betaald werk', '6 · Paid work') },
]

/**
 * The same rungs in a resident's own words, as the step a listing offers: the official labels
 * ("1 · Geïsoleerd") describe the person and read as stigmatising to the resident they describe.
 * Professionals (and editors) keep the official labels.
 */
const LADDER_STEPS: Record<string, Label> = {
  '1': label('Eerste stap: mensen ontmoeten', 'First step: meeting people'),
  '2': label('Vaker de deur uit', 'Getting out more'),
  '3': label('Meedoen in een groep', 'Taking part in a group'),
  '4': label('Vrijwilligerswerk', 'Volunteering'),
  '5': label('Werken met begeleiding', 'Working with support'),
  '6': label('Betaald werk', 'Paid work'),
}

/** A rung's label for the reader: official for professionals, the resident's words otherwise. */
export const rungLabel = (rung: string, official: boolean): Label =>
  official
    ? (LADDER_RUNGS.find((r) => r.value === rung)?.label ?? label(rung, rung))
    : (LADDER_STEPS[rung] ?? label(rung, rung))

/** "Klopt er iets niet?": why a resident reports a listing. */
export const REPORT_REASONS = [
  { value: 'wrong_address', label: label('Het adres klopt niet', 'The address is wrong') },
  { value: 'wrong_time', label: label('De tijd of dag klopt niet', 'The time or day is wrong') },
  {
    value: 'wrong_contact',
    label: label('De contactgegevens kloppen niet', 'The contact details are wrong'),
  },
  { value: 'no_longer_exists', label: label('Dit bestaat niet meer', 'This no longer exists') },
  { value: 'other', label: label('Iets anders', 'Something else') },
] as const

export const ORGANISATION_TYPES = [
  { value: 'welzijn', label: label('Welzijnsorganisatie', 'Social-work organisation') },
  {
    value: 'sociale_werkvoorziening',
    label: label('Sociale werkvoorziening', 'Sheltered workplace'),
  },
  { value: 'sociale_onderneming', label: label('Sociale onderneming', 'Social enterprise') },
  { value: 'werkgever', label: label('Werkgever', 'Employer') },
  { value: 'vrijwilligerscentrale', label: label('Vrijwilligerscentrale', 'Volunteer centre') },
  { value: 'gemeente', label: label('Gemeente', 'Municipality') },
  { value: 'zorg', label: label('Zorgorganisatie', 'Care provider') },
  { value: 'vereniging', label: label('Vereniging of stichting', 'Association or foundation') },
  { value: 'onderwijs', label: label('Onderwijs', 'Education') },
]

export const VENUE_TYPES = [
  { value: 'buurthuis', label: label('Buurthuis / Huis van de Wijk', 'Community centre') },
  { value: 'jongerencentrum', label: label('Jongerencentrum', 'Youth centre') },
  { value: 'inloopcentrum', label: label('Inloopcentrum', 'Drop-in centre') },
  { value: 'bibliotheek', label: label('Bibliotheek', 'Library') },
  { value: 'zorglocatie', label: label('Zorglocatie', 'Care location') },
  { value: 'werkplaats', label: label('Werkplaats', 'Workshop') },
  { value: 'buiten', label: label('Buiten', 'Outdoor') },
  { value: 'overig', label: label('Anders', 'Other') },
]
