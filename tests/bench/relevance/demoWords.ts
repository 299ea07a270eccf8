/** Judged demo queries: ordinary words, parts of compounds, and compounds of indexed words. */
import * as S from './demoSlugs'
import { judged, type JudgedQuery } from './types'

const plain = judged('plain')
const part = judged('compound-part')
const whole = judged('compound-whole')

/** Ordinary words (and two-word phrases) that appear in the listings. */
export const DEMO_PLAIN: JudgedQuery[] = [
  plain('koken', S.COOKING),
  plain(
    'wandelen',
    ['wandelgroep-haren-actief'],
    'not the buddy openings that mention a walk: a volunteer role',
  ),
  plain('computer', S.COMPUTER),
  plain('taalcafé', ['taalcafe-haren']),
  plain('koffie', S.COFFEE),
  plain('fiets', S.BIKE),
  plain('moestuin', S.GARDEN, 'the open garden of De Linde is a moestuin too'),
  plain('huiswerk', S.HOMEWORK),
  plain('boksen', S.BOXING),
  plain('naaien', ['naaicafe']),
  plain('repareren', S.REPAIR),
  plain('DigiD', S.PHONE_HELP),
  plain('mantelzorg', ['mantelzorgcafe']),
  plain('voetbal', ['walking-football']),
  plain('schilderen', ['creatief-atelier']),
  plain('sollicitatiegesprek', ['sollicitatiewerkplaats']),
  plain('soep', ['soepinloop-de-oase']),
  plain('magazijn', S.WAREHOUSE),
  plain(
    'jongeren',
    S.YOUTH,
    'activities for young people, not the volunteer openings that work with them',
  ),
  plain('Nederlands oefenen', S.DUTCH_PRACTICE),
  plain('bibliotheek', S.LIBRARY),
  plain('kringloop', S.KRINGLOOP),
  plain('muziek', S.MUSIC),
  plain('dansles', ['streetdance']),
  plain('post', S.MONEY),
  plain('chauffeur', ['chauffeur-voor-de-boodschappenbus']),
  plain('lunchroom', ['werkervaringsplek-in-de-lunchroom']),
  plain('burn-out', ['lotgenotengroep-na-een-burn-out']),
  plain('tekenen', ['creatief-atelier']),
  plain('heftruck', ['leerwerkplek-logistiek-met-certificaat']),
]

/** A word that is part of an indexed compound ("café" in Taalcafé, Naaicafé, Repair Café …). */
export const DEMO_COMPOUND_PART: JudgedQuery[] = [
  part('café', S.CAFE),
  part(
    'maatje',
    S.MAATJE,
    'every text with "maatje" inside a word: taalmaatje, schuldhulpmaatje, …',
  ),
  part('tuin', S.GARDEN, 'moestuin, buurttuin; the Beweegtuin is for exercise, not gardening'),
  part('hout', S.WOOD),
  part('keuken', S.KITCHEN),
  part('spreekuur', S.CONSULTATION),
  part('inloop', S.DROP_IN),
  part('ochtend', S.MORNING),
  part('maaltijd', S.MAALTIJD),
  part('groen', S.GREEN_JOBS),
  part('dans', ['streetdance']),
  part('boks', S.BOXING),
  part('studio', ['muziekstudio-voor-jongeren']),
  part('kerst', ['buurtmaaltijd-kerstmis']),
  part('conciërge', ['buurtconcierge-haren-zuid']),
  part('bus', ['chauffeur-voor-de-boodschappenbus']),
  part('boodschappen', ['chauffeur-voor-de-boodschappenbus']),
  part('winkel', S.SHOP),
  part('taal', S.LANGUAGE),
  part('klus', S.ODD_JOBS),
  part(
    'werkplaats',
    [
      'sollicitatiewerkplaats',
      'dagbesteding-houtwerkplaats',
      'participatieplek-in-de-werkplaats',
      'fietsenmaken-leren',
      'fietsenmaker',
      'informatiemiddag-werken-met-begeleiding',
      'repair-cafe-assen',
    ],
    'houtwerkplaats, sollicitatiewerkplaats and the workshops themselves',
  ),
  part(
    'coach',
    [
      'buurtsportcoach-assistent',
      'medewerker-groenvoorziening-met-jobcoach',
      'beweegtuin-assen-oost',
      'muziekstudio-voor-jongeren',
    ],
    'jobcoach, beweegcoach, buurtsportcoach',
  ),
]

/** A compound of indexed words ("computerles": computer + les/cursus). */
export const DEMO_COMPOUND_WHOLE: JudgedQuery[] = [
  whole('computerles', S.COMPUTER_COURSE),
  whole('computercursus', S.COMPUTER_COURSE),
  whole('taalles', S.DUTCH_LESSONS),
  whole('taalcursus', S.DUTCH_LESSONS),
  whole('kookles', S.COOKING_CLASS),
  whole('kookgroep', ['buurtkeuken-de-poort', 'koken-met-jongeren']),
  whole('huiswerkhulp', S.HOMEWORK),
  whole('fietsreparatie', S.BIKE),
  whole('fietsenwerkplaats', S.BIKE_WORKSHOP),
  whole('dansgroep', ['streetdance']),
  whole('wandelclub', ['wandelgroep-haren-actief']),
  whole('haakclub', ['naaicafe']),
  whole('naailes', ['naaicafe']),
  whole('laptophulp', ['computerhulp-de-marsch']),
  whole('telefoonhulp', S.PHONE_HELP),
  whole('bokstraining', S.BOXING),
  whole('voetbaltraining', ['walking-football']),
  whole('tuinwerk', S.GARDEN_WORK),
  whole('sollicitatietraining', ['sollicitatiewerkplaats']),
  whole('muziekles', ['muziekstudio-voor-jongeren']),
  whole('schilderles', ['creatief-atelier']),
  whole('jongerenclub', S.YOUTH_DROP_IN),
  whole('beweegles', S.EXERCISE_OUTDOORS),
  whole('boodschappenhulp', ['chauffeur-voor-de-boodschappenbus']),
  whole('formulierenhulp', ['hulp-bij-post-en-formulieren']),
  whole('kledingreparatie', S.CLOTHES_REPAIR),
]
