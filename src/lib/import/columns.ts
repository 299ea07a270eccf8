/**
 * Longer than 200 lines because it is one table: every column an import understands, per kind,
 * with its Dutch and English header, the aliases municipalities' sheets use and the template's
 * example.
 */
import type { Label } from '../vocabulary'

/**
 * The columns an import understands, per kind of record: our Dutch header (the template's),
 * the English one, and the other names municipalities' sheets use for the same thing, from which
 * the mapping step suggests a match. The order is the template's.
 */
export type ImportKind = 'organisations' | 'venues' | 'activities' | 'openings'

export interface ImportColumn {
  key: string
  label: Label
  /** Other headers that mean this column (folded: lower case, no accents). */
  aliases: string[]
  required?: boolean
  /** The template's example row. */
  example: string
}

const col = (
  key: string,
  nl: string,
  en: string,
  example: string,
  aliases: string[] = [],
  required = false,
): ImportColumn => ({ key, label: { nl, en }, aliases, example, required })

/** Every kind: the id in the source's own system, so a second import updates instead of adding. */
const EXTERNAL_ID = col('externalId', 'Eigen nummer', 'Own id', 'SK-0042', [
  'id',
  'nummer',
  'nr',
  'code',
  'referentie',
  'kenmerk',
  'registratienummer',
])
/** Which organisation a row belongs to (or the one chosen for the whole import). */
const ORGANISATION = col('organisation', 'Organisatie', 'Organisation', 'Welzijn Haren', [
  'aanbieder',
  'organisator',
  'door',
  'naam organisatie',
])
const CONTACT = [
  col('contactEmail', 'E-mail', 'E-mail', 'info@welzijnharen.nl', ['email', 'e-mailadres', 'mail']),
  col('contactPhone', 'Telefoon', 'Phone', '050 123 45 67', [
    'telefoonnummer',
    'tel',
    'tel.',
    'mobiel',
  ]),
]
const LISTING = [
  EXTERNAL_ID,
  ORGANISATION,
  col('venue', 'Locatie', 'Venue', 'Huis van de Wijk De Dilgt', [
    'waar',
    'plek',
    'gebouw',
    'adres locatie',
    'naam locatie',
  ]),
  col('summary', 'Korte omschrijving', 'Summary', 'Samen Nederlands praten bij een kop koffie.', [
    'samenvatting',
    'korte beschrijving',
    'wat',
  ]),
  col('description', 'Omschrijving', 'Description', 'Iedereen is welkom, ook als je net begint.', [
    'beschrijving',
    'toelichting',
    'meer informatie',
    'info',
  ]),
  col('themes', "Thema's", 'Themes', 'Taal; Ontmoeten', [
    'thema',
    'categorie',
    'categorieen',
    'onderwerp',
    'soort',
  ]),
  ...CONTACT,
]

export const IMPORT_COLUMNS: Record<ImportKind, ImportColumn[]> = {
  organisations: [
    EXTERNAL_ID,
    col(
      'name',
      'Naam',
      'Name',
      'Welzijn Haren',
      ['naam organisatie', 'organisatie', 'organisatienaam'],
      true,
    ),
    col('kvkNumber', 'KvK-nummer', 'KvK number', '12345678', [
      'kvk',
      'kvk nummer',
      'kamer van koophandel',
    ]),
    col('type', 'Soort organisatie', 'Kind of organisation', 'welzijn', ['soort', 'type']),
    col('description', 'Omschrijving', 'Description', 'Sociaal werk in Haren.', [
      'beschrijving',
      'over ons',
    ]),
    col('website', 'Website', 'Website', 'https://welzijnharen.nl', ['url', 'internet', 'site']),
    ...CONTACT,
  ],
  venues: [
    EXTERNAL_ID,
    col(
      'name',
      'Naam',
      'Name',
      'Huis van de Wijk De Dilgt',
      ['naam locatie', 'locatie', 'gebouw'],
      true,
    ),
    col('street', 'Straat', 'Street', 'Dilgtweg', ['straatnaam', 'adres'], true),
    col('houseNumber', 'Huisnummer', 'House number', '12a', ['nummer', 'huisnr', 'nr.'], true),
    col('postcode', 'Postcode', 'Postcode', '9751 NG', ['pc', 'post code'], true),
    col('city', 'Plaats', 'City', 'Haren', ['woonplaats', 'plaatsnaam', 'gemeente'], true),
    col('type', 'Soort locatie', 'Kind of venue', 'buurthuis', ['soort', 'type']),
    ORGANISATION,
  ],
  activities: [
    col(
      'title',
      'Naam activiteit',
      'Activity name',
      'Taalcafé',
      ['activiteit', 'naam', 'titel', 'naam van de activiteit'],
      true,
    ),
    ...LISTING,
    col('days', 'Dag', 'Day', 'ma en wo', ['dagen', 'wanneer', 'dag(en)', 'weekdag']),
    col('time', 'Tijd', 'Time', '10.00-12.00 uur', [
      'tijden',
      'tijdstip',
      'van tot',
      'openingstijden',
    ]),
    col('date', 'Datum', 'Date', '', ['op', 'eenmalig op', 'datum activiteit']),
    col('validFrom', 'Vanaf', 'From', '01-01-2027', ['startdatum', 'begindatum', 'start']),
    col('validUntil', 'Tot en met', 'Until', '', ['einddatum', 'tot', 't/m']),
    col('cost', 'Kosten', 'Cost', '€ 2,50', [
      'prijs',
      'bijdrage',
      'kosten per keer',
      'eigen bijdrage',
    ]),
    col('signUp', 'Aanmelden', 'Sign-up', 'vrije inloop', ['aanmelding', 'inschrijven', 'opgeven']),
    col('ages', 'Leeftijd', 'Age', '18+', ['leeftijden', 'doelgroep leeftijd', 'voor wie']),
  ],
  openings: [
    col(
      'title',
      'Naam plek',
      'Opening name',
      'Gastvrouw bij de koffieochtend',
      ['functie', 'naam', 'titel', 'vacature', 'plek'],
      true,
    ),
    col(
      'kind',
      'Soort plek',
      'Kind of opening',
      'vrijwilligerswerk',
      ['soort', 'type', 'soort vacature'],
      true,
    ),
    ...LISTING,
    col('days', 'Dagen', 'Days', 'di en do', ['dag', 'wanneer', 'werkdagen']),
    col('hours', 'Uren per week', 'Hours a week', '4-8', ['uren', 'uur per week', 'aantal uren']),
    col('validThrough', 'Open tot', 'Open until', '31-12-2027', [
      'sluitingsdatum',
      'reageren voor',
      'einddatum',
    ]),
    col('requirements', 'Wat vragen we', 'Requirements', 'Je houdt van mensen.', [
      'eisen',
      'functie-eisen',
      'wie zoeken we',
    ]),
    col('howToApply', 'Hoe meld je je aan', 'How to apply', 'Bel of mail Anja.', [
      'aanmelden',
      'reageren',
      'solliciteren',
    ]),
  ],
}

/** What the dry run calls a field it would change: its column's header, or for fields several columns fill, their name. */
const FIELD_LABELS: Record<string, Label> = {
  externalSource: { nl: 'Geïmporteerd uit', en: 'Imported from' },
  schedule: { nl: 'Dag en tijd', en: 'Day and time' },
  cost: { nl: 'Kosten', en: 'Cost' },
  contact: { nl: 'Contact', en: 'Contact' },
  organisations: { nl: 'Organisaties', en: 'Organisations' },
  locationKind: { nl: 'Waar', en: 'Where' },
  address: { nl: 'Adres', en: 'Address' },
  ageMin: { nl: 'Leeftijd', en: 'Age' },
  ageMax: { nl: 'Leeftijd', en: 'Age' },
  hoursPerWeekMin: { nl: 'Uren per week', en: 'Hours a week' },
  hoursPerWeekMax: { nl: 'Uren per week', en: 'Hours a week' },
}

export const fieldLabel = (kind: ImportKind, field: string): Label =>
  FIELD_LABELS[field] ??
  IMPORT_COLUMNS[kind].find((c) => c.key === field)?.label ?? { nl: field, en: field }
