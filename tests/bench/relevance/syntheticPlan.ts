/**
 * What the synthetic data set plants among its neutral filler listings, and the queries over it.
 * A group is a topic: each of its listings carries one of its texts, and no other listing
 * contains any of its markers (folded substrings; checked by `checkSynthetic`), so the
 * relevant listings of a query are known by construction.
 *
 * Longer than 200 lines because it is data: one entry per planted group and per judged query over
 * them.
 */
import type { ListingKind } from '../../../src/lib/search/types'
import type { QueryClass } from './types'

export interface PlantedGroup {
  /** Folded substrings only this group's listings contain. */
  markers: string[]
  /** One per planted listing (cycled when the group has more listings than texts). */
  texts: string[]
}

export const GROUPS: Record<string, PlantedGroup> = {
  // plain: rare ordinary words
  imkeren: {
    markers: ['imker', 'bijenstal'],
    texts: ['Imkeren voor beginners', 'Leer imkeren bij de bijenstal', 'Imkeren'],
  },
  pottenbakken: {
    markers: ['pottenbak'],
    texts: ['Pottenbakken', 'Pottenbakken op de draaischijf'],
  },
  kalligrafie: { markers: ['kalligraf'], texts: ['Kalligrafie', 'Mooi schrijven: kalligrafie'] },
  origami: { markers: ['origami'], texts: ['Origami vouwen', 'Origami'] },
  genealogie: { markers: ['genealog'], texts: ['Genealogie: zoek je voorouders', 'Genealogie'] },
  sterrenkijken: {
    markers: ['sterrenkijk', 'telescoop'],
    texts: ['Sterrenkijken met een telescoop', 'Sterrenkijken'],
  },
  edelsmeden: { markers: ['edelsme'], texts: ['Edelsmeden', 'Edelsmeden voor beginners'] },
  boekbinden: { markers: ['boekbind'], texts: ['Boekbinden', 'Oude boeken boekbinden'] },
  mozaiek: { markers: ['mozaiek'], texts: ['Mozaïek leggen', 'Mozaïek'] },
  zeefdrukken: { markers: ['zeefdruk'], texts: ['Zeefdrukken op textiel', 'Zeefdrukken'] },
  kantklossen: { markers: ['kantklos'], texts: ['Kantklossen', 'Kantklossen met klosjes'] },
  stamboom: { markers: ['stamboom'], texts: ['Stamboomonderzoek', 'Hulp bij je stamboom'] },
  // compound-part: a word inside planted compounds
  cafe: {
    markers: ['cafe'],
    texts: [
      'Filmcafé',
      'Buurtcafé',
      'Alzheimercafé',
      'Wijkcafé',
      'Werkcafé',
      'Praatcafé',
      'Café De Hoek',
    ],
  },
  maatje: {
    markers: ['maatje'],
    texts: ['Buurtmaatje', 'Leesmaatje', 'Maatjesproject', 'Studiemaatje', 'Maatje gezocht'],
  },
  koor: {
    markers: ['koor'],
    texts: ['Kinderkoor', 'Popkoor', 'Shantykoor', 'Gospelkoor', 'Koorrepetitie'],
  },
  spreekuur: {
    markers: ['spreekuur'],
    texts: ['Energiespreekuur', 'Inloopspreekuur', 'Juridisch spreekuur', 'Woonspreekuur'],
  },
  atelier: {
    markers: ['atelier'],
    texts: ['Schilderatelier', 'Kinderatelier', 'Textielatelier', 'Atelier De Kwast'],
  },
  markt: {
    markers: ['markt'],
    texts: ['Rommelmarkt', 'Ruilmarkt', 'Boekenmarkt', 'Kerstmarkt', 'Streekmarkt'],
  },
  klus: { markers: ['klus'], texts: ['Klusbaan', 'Klusdienst', 'Klusjesdag', 'Klushulp'] },
  werkplaats: {
    markers: ['werkplaats'],
    texts: ['Houtwerkplaats', 'Meubelwerkplaats', 'Fietswerkplaats', 'Open werkplaats'],
  },
  theater: {
    markers: ['theater'],
    texts: ['Buurttheater', 'Poppentheater', 'Theatergroep', 'Straattheater'],
  },
  school: { markers: ['school'], texts: ['Muziekschool', 'Zomerschool', 'Rijschool'] },
  // compound-whole: the parts of the query's compound, as separate words (sometimes joined)
  gitaar: {
    markers: ['gitaar'],
    texts: [
      'Gitaar spelen: les voor beginners',
      'Gitaar, lessen in kleine groepjes',
      'Les in gitaar spelen',
      'Gitaarles',
    ],
  },
  piano: {
    markers: ['piano'],
    texts: ['Piano voor beginners, les van een docent', 'Lessen piano', 'Pianoles'],
  },
  fotografie: {
    markers: ['fotografi'],
    texts: ['Fotografie: een cursus van vier avonden', 'Cursus fotografie', 'Fotografiecursus'],
  },
  breien: {
    markers: ['brei'],
    texts: ['Breien in een gezellige club', 'Club voor breien en haken', 'Breiclub De Steek'],
  },
  schaken: {
    markers: ['schaak', 'schaken'],
    texts: ['Schaken bij de club', 'Club: schaken voor iedereen', 'Schaakclub Het Paard'],
  },
  vogels: {
    markers: ['vogel'],
    texts: ['Vogels kijken met de werkgroep', 'Werkgroep vogels tellen', 'Vogelwerkgroep'],
  },
  ehbo: {
    markers: ['ehbo'],
    texts: ['EHBO: cursus van drie avonden', 'Cursus EHBO', 'EHBO-cursus'],
  },
  sieraden: {
    markers: ['sieraden'],
    texts: ['Sieraden maken in een workshop', 'Workshop sieraden', 'Sieradenworkshop'],
  },
  klaverjassen: {
    markers: ['klaverjas'],
    texts: ['Klaverjassen op vrijdagavond', 'Avond klaverjassen'],
  },
  dwarsfluit: {
    markers: ['dwarsfluit'],
    texts: ['Dwarsfluit: les voor beginners', 'Lessen dwarsfluit', 'Dwarsfluitles'],
  },
  // typo: rare words the queries misspell
  accordeon: { markers: ['accordeon'], texts: ['Accordeon spelen', 'Accordeon'] },
  mandoline: { markers: ['mandoline'], texts: ['Mandoline', 'Mandoline voor beginners'] },
  borduren: { markers: ['borduur', 'borduren'], texts: ['Borduren', 'Samen borduren'] },
  quilten: { markers: ['quilt'], texts: ['Quilten', 'Quilten met lapjes'] },
  macrame: { markers: ['macrame'], texts: ['Macramé', 'Macramé knopen'] },
  harmonica: { markers: ['harmonica'], texts: ['Harmonica spelen', 'Harmonica'] },
  klarinet: { markers: ['klarinet'], texts: ['Klarinet', 'Klarinet in het orkest'] },
  trombone: { markers: ['trombone'], texts: ['Trombone', 'Trombone spelen'] },
  aquarelleren: { markers: ['aquarel'], texts: ['Aquarelleren', 'Aquarelleren in de natuur'] },
  speksteen: { markers: ['speksteen'], texts: ['Speksteen bewerken', 'Speksteen'] },
  vilten: { markers: ['vilt'], texts: ['Vilten', 'Vilten met wol'] },
  houtsnijwerk: { markers: ['houtsnij'], texts: ['Houtsnijwerk', 'Houtsnijwerk voor beginners'] },
  // synonym and english: the words the listings use for what the query means
  bewegen: {
    markers: ['beweg', 'beweeg'],
    texts: [
      'Bewegen in het park',
      'Bewegen op de stoel',
      'Beweegochtend',
      'Rustig bewegen met een coach',
    ],
  },
  maaltijd: {
    markers: ['maaltijd'],
    texts: [
      'Gezamenlijke maaltijd',
      'Maaltijd in het dorpshuis',
      'Buurtmaaltijd',
      'Warme maaltijd voor € 5',
    ],
  },
  jongeren: {
    markers: ['jongere'],
    texts: ['Inloop voor jongeren', 'Jongerenavond', 'Jongeren ontmoeten elkaar'],
  },
  ouderen: {
    markers: ['ouderen'],
    texts: ['Ochtend voor ouderen', 'Ouderenmiddag', 'Ouderen ontmoeten elkaar'],
  },
  computer: {
    markers: ['computer'],
    texts: ['Hulp met de computer', 'Computerhulp', 'Computer voor beginners'],
  },
  schulden: {
    markers: ['schuld'],
    texts: ['Hulp bij schulden', 'Schuldhulp', 'Schulden? Praat erover'],
  },
  moestuin: { markers: ['tuin'], texts: ['Moestuin', 'Samen in de moestuin', 'Moestuinclub'] },
  gespreksgroep: {
    markers: ['gespreksgroep', 'lotgenoten'],
    texts: ['Gespreksgroep', 'Gespreksgroep voor mantelzorgers', 'Lotgenotengroep'],
  },
  kinderopvang: { markers: ['kinderopvang'], texts: ['Met kinderopvang', 'Kinderopvang is er'] },
  koffie: {
    markers: ['koffie'],
    texts: ['Koffie en een praatje', 'Koffieochtend', 'Kopje koffie met de buren'],
  },
  bibliotheek: {
    markers: ['bibliothe', 'bieb'],
    texts: ['In de bibliotheek', 'Bibliotheek open huis'],
  },
  taal: {
    markers: ['taal'],
    texts: ['Taalles Nederlands', 'Nederlandse taal oefenen', 'Taalgroep'],
  },
  naaien: { markers: ['naai'], texts: ['Naaien en verstellen', 'Samen naaien', 'Naaiochtend'] },
  wandelen: {
    markers: ['wandel'],
    texts: ['Wandelen in het bos', 'Wandelgroep', 'Samen wandelen'],
  },
  huiswerk: {
    markers: ['huiswerk'],
    texts: ['Huiswerkbegeleiding', 'Hulp bij huiswerk', 'Huiswerkklas'],
  },
  vrouwen: { markers: ['vrouw'], texts: ['Vrouwenochtend', 'Ochtend voor vrouwen'] },
}

export interface SyntheticQuerySpec {
  text: string
  locale: 'nl' | 'en'
  class: QueryClass
  /** Relevant: the listings of these groups … */
  groups?: string[]
  /** … or the listings of these kinds in the place planted for this query (`{place}` in text). */
  kinds?: ListingKind[]
  /** For typos: the word that was meant. */
  meant?: string
}

const q =
  (cls: QueryClass, locale: 'nl' | 'en' = 'nl') =>
  (text: string, groups: string[], meant?: string): SyntheticQuerySpec => ({
    text,
    locale,
    class: cls,
    groups,
    ...(meant ? { meant } : {}),
  })
const kindQ =
  (locale: 'nl' | 'en', cls: QueryClass) =>
  (text: string, kinds: ListingKind[]): SyntheticQuerySpec => ({
    text: `${text} {place}`,
    locale,
    class: cls,
    kinds,
  })
const plain = q('plain')
const part = q('compound-part')
const whole = q('compound-whole')
const typo = q('typo')
const syn = q('synonym')
const en = q('english', 'en')
const kind = kindQ('nl', 'kind')
const enKind = kindQ('en', 'english')

export const SYNTHETIC_QUERIES: SyntheticQuerySpec[] = [
  ...[
    'imkeren',
    'pottenbakken',
    'kalligrafie',
    'origami',
    'genealogie',
    'sterrenkijken',
    'edelsmeden',
    'boekbinden',
    'zeefdrukken',
    'kantklossen',
  ].map((w) => plain(w, [w])),
  plain('mozaïek', ['mozaiek']),
  plain('stamboom', ['stamboom']),
  ...[
    'café',
    'maatje',
    'koor',
    'spreekuur',
    'atelier',
    'markt',
    'klus',
    'werkplaats',
    'theater',
    'school',
  ].map((w) => part(w, [w === 'café' ? 'cafe' : w])),
  whole('gitaarles', ['gitaar']),
  whole('pianoles', ['piano']),
  whole('fotografiecursus', ['fotografie']),
  whole('breiclub', ['breien']),
  whole('schaakclub', ['schaken']),
  whole('vogelwerkgroep', ['vogels']),
  whole('ehbocursus', ['ehbo']),
  whole('sieradenworkshop', ['sieraden']),
  whole('klaverjasavond', ['klaverjassen']),
  whole('dwarsfluitles', ['dwarsfluit']),
  typo('acordeon', ['accordeon'], 'accordeon'),
  typo('madnolien', ['mandoline'], 'mandoline'),
  typo('borrduren', ['borduren'], 'borduren'),
  typo('qiulten', ['quilten'], 'quilten'),
  typo('macrane', ['macrame'], 'macrame'),
  typo('harmonca', ['harmonica'], 'harmonica'),
  typo('klarinnet', ['klarinet'], 'klarinet'),
  typo('tromboen', ['trombone'], 'trombone'),
  typo('aquarelleern', ['aquarelleren'], 'aquarelleren'),
  typo('spekstene', ['speksteen'], 'speksteen'),
  typo('vlten', ['vilten'], 'vilten'),
  typo('hotsnijwrek', ['houtsnijwerk'], 'houtsnijwerk'),
  kind('vrijwilligerswerk', ['volunteer']),
  kind('vrijwilliger', ['volunteer']),
  kind('stage', ['internship']),
  kind('stageplek', ['internship']),
  kind('werkervaringsplek', ['work_experience']),
  kind('leerwerkplek', ['learn_work']),
  kind('participatieplek', ['participation']),
  kind('dagbesteding', ['day_activity']),
  kind('buurtbaan', ['neighbourhood_job']),
  kind('baan', ['paid_job', 'neighbourhood_job']),
  kind('betaald werk', ['paid_job', 'neighbourhood_job']),
  kind('werk', ['paid_job', 'neighbourhood_job', 'work_experience', 'learn_work']),
  syn('sporten', ['bewegen']),
  syn('eten', ['maaltijd']),
  syn('jeugd', ['jongeren']),
  syn('senioren', ['ouderen']),
  syn('digitaal', ['computer']),
  syn('geldzorgen', ['schulden']),
  syn('tuinieren', ['moestuin']),
  syn('praatgroep', ['gespreksgroep']),
  syn('oppas', ['kinderopvang']),
  syn('koffiedrinken', ['koffie']),
  syn('bieb', ['bibliotheek']),
  en('coffee', ['koffie']),
  en('language', ['taal']),
  en('garden', ['moestuin']),
  en('sewing', ['naaien']),
  en('walking', ['wandelen']),
  en('homework help', ['huiswerk']),
  en('youth', ['jongeren']),
  en('elderly', ['ouderen']),
  en('debt', ['schulden']),
  en('choir', ['koor']),
  en('library', ['bibliotheek']),
  en('women', ['vrouwen']),
  enKind('volunteer', ['volunteer']),
  enKind('internship', ['internship']),
]
