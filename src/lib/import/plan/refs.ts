import { fold } from '../../geo/fold'
import type { Label } from '../../vocabulary'
import type { ImportRow } from '../rows'
import type { ID, ImportScope, Lookups } from './types'

/** Names to ids: every name folded (case, accents, spaces), and a name shared by two records. */
export interface NameIndex {
  organisations: Map<string, ID[]>
  venues: Map<string, { id: ID; organisations: ID[] }[]>
  themes: Map<string, ID>
  themeNames: string[]
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export const indexNames = (lookups: Lookups): NameIndex => {
  const organisations = new Map<string, ID[]>()
  for (const o of lookups.organisations) {
    push(organisations, fold(o.name), o.id)
    if (o.kvkNumber) push(organisations, o.kvkNumber, o.id)
  }
  const venues = new Map<string, { id: ID; organisations: ID[] }[]>()
  for (const v of lookups.venues) push(venues, fold(v.name), v)
  const themes = new Map<string, ID>()
  for (const t of lookups.themes) {
    themes.set(fold(t.name), t.id)
    if (t.slug) themes.set(fold(t.slug), t.id)
  }
  return { organisations, venues, themes, themeNames: lookups.themes.map((t) => t.name) }
}

type Problem = (key: string, text: Label, expected?: Label) => void

const sameID = (a: ID, b: ID) => String(a) === String(b)

const ORGANISATION_WORDS = {
  nl: ['De organisatie', 'organisaties'],
  en: ['The organisation', 'organisations'],
}
const VENUE_WORDS = { nl: ['De locatie', 'locaties'], en: ['The venue', 'venues'] }

/** A name that names no record, or several. */
const notOne = (count: number, name: string, words: typeof VENUE_WORDS): Label =>
  count
    ? {
        nl: `Er zijn ${count} ${words.nl[1]} "${name}".`,
        en: `There are ${count} ${words.en[1]} "${name}".`,
      }
    : {
        nl: `${words.nl[0]} "${name}" staat niet in Meedoen.`,
        en: `${words.en[0]} "${name}" is not in Meedoen.`,
      }

/** The row's organisation: named in the row, else the import's; one the user may import for. */
export const resolveOrganisation = (
  row: ImportRow,
  names: NameIndex,
  scope: ImportScope,
  problem: Problem,
): ID | undefined => {
  const name = row.refs.organisation
  const expected = {
    nl: 'de naam of het KvK-nummer van een organisatie in Meedoen (importeer eerst de organisaties), of kies bij de import één organisatie',
    en: 'the name or KvK number of an organisation in Meedoen (import the organisations first), or choose one organisation for the import',
  }
  if (!name) {
    if (scope.defaultOrganisation !== undefined) return scope.defaultOrganisation
    problem(
      'organisation',
      { nl: 'Er staat geen organisatie.', en: 'There is no organisation.' },
      expected,
    )
    return undefined
  }
  const found = names.organisations.get(fold(name).replace(/^(\d{4})\s?(\d{4})$/, '$1$2')) ?? []
  if (found.length !== 1) {
    problem(
      'organisation',
      notOne(found.length, name, ORGANISATION_WORDS),
      found.length
        ? { nl: 'het KvK-nummer van de organisatie', en: "the organisation's KvK number" }
        : expected,
    )
    return undefined
  }
  const id = found[0]!
  if (scope.organisations !== 'any' && !scope.organisations.some((own) => sameID(own, id))) {
    problem(
      'organisation',
      {
        nl: `"${name}" is niet jouw organisatie; je importeert alleen voor je eigen organisatie.`,
        en: `"${name}" is not your organisation; you import for your own organisation only.`,
      },
      { nl: 'de naam van je eigen organisatie', en: "your own organisation's name" },
    )
    return undefined
  }
  return id
}

const ONLINE = new Set(['online', 'op afstand', 'digitaal', 'via internet'])
const OUTDOOR = new Set(['buiten', 'buitenlucht', 'in de buitenlucht', 'outdoor', 'outdoors'])

/** Where a listing is: a venue by name (the organisation's own first), or online, or outdoors. */
export const resolveVenue = (
  row: ImportRow,
  names: NameIndex,
  organisation: ID | undefined,
  required: boolean,
  problem: Problem,
): { locationKind?: 'venue' | 'online' | 'outdoor'; venue?: ID } | undefined => {
  const name = row.refs.venue
  const expected = {
    nl: 'de naam van een locatie in Meedoen (importeer eerst de locaties), of "online" of "buiten"',
    en: 'the name of a venue in Meedoen (import the venues first), or "online" or "buiten"',
  }
  if (!name) {
    if (required)
      problem('venue', { nl: 'Er staat geen locatie.', en: 'There is no venue.' }, expected)
    return undefined
  }
  const folded = fold(name)
  if (ONLINE.has(folded)) return { locationKind: 'online' }
  if (OUTDOOR.has(folded)) return { locationKind: 'outdoor' }
  const found = names.venues.get(folded) ?? []
  const own =
    organisation === undefined
      ? []
      : found.filter((v) => v.organisations.some((o) => sameID(o, organisation)))
  const pick = own.length === 1 ? own[0] : found.length === 1 ? found[0] : undefined
  if (!pick) {
    problem('venue', notOne(found.length, name, VENUE_WORDS), expected)
    return undefined
  }
  return { locationKind: 'venue', venue: pick.id }
}

/** Themes by name; an unknown one is named with the themes there are. */
export const resolveThemes = (
  row: ImportRow,
  names: NameIndex,
  problem: Problem,
): ID[] | undefined => {
  const wanted = row.refs.themes
  if (!wanted) return undefined
  const ids: ID[] = []
  for (const name of wanted) {
    const id = names.themes.get(fold(name))
    if (id === undefined)
      problem(
        'themes',
        { nl: `Het thema "${name}" bestaat niet.`, en: `There is no theme "${name}".` },
        {
          nl: `thema's gescheiden door ; uit: ${names.themeNames.join(', ')}`,
          en: `themes separated by ; from: ${names.themeNames.join(', ')}`,
        },
      )
    else if (!ids.some((x) => sameID(x, id))) ids.push(id)
  }
  return ids
}
