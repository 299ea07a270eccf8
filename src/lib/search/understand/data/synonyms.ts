/**
 * Words residents use for the same thing, two ways (any word of a group finds the others):
 * the seed of the synonyms editors maintain in the admin. Multi-word entries are phrases
 * ("koffie drinken": both words). Folding (accents, case) is done when read.
 */
export const DUTCH_SYNONYMS: string[][] = [
  ['koffie', 'koffiedrinken', 'koffie drinken', 'inloop', 'koffieochtend', 'thee', 'kopje'],
  ['ontmoeten', 'ontmoeting', 'gezelligheid', 'gezellig', 'contact', 'praatje', 'eenzaam', 'praten', 'praatgroep', 'gespreksgroep', 'lotgenoten'],
  ['eten', 'maaltijd', 'samen eten', 'eettafel', 'diner', 'lunch', 'avondeten', 'buurtrestaurant', 'buurtkeuken', 'soep'],
  ['koken', 'kookles', 'kookcursus', 'kookclub', 'kookcafe', 'kookgroep', 'avondeten', 'buurtkeuken'],
  ['sport', 'sporten', 'bewegen', 'beweging', 'fitness', 'gym', 'gymnastiek', 'boksen', 'voetbal', 'streetdance', 'dansen'],
  ['voetbal', 'football', 'walking football', 'voetballen'],
  ['boksen', 'boks', 'boxing', 'kickboksen'],
  ['wandelen', 'wandeling', 'wandelgroep', 'lopen'],
  ['fietsen', 'fiets', 'fietsles', 'fietsreparatie'],
  ['computer', 'laptop', 'digitaal', 'digitale', 'internet', 'tablet', 'smartphone', 'telefoon', 'digid', 'computerhulp'],
  ['telefoon', 'mobiel', 'mobieltje', 'smartphone', 'gsm'],
  ['les', 'lessen', 'cursus', 'training', 'workshop', 'leren'],
  ['taal', 'nederlands', 'taalles', 'taalcafe', 'inburgering', 'nt2'],
  ['maatje', 'buddy', 'taalmaatje', 'maatjes'],
  ['jongeren', 'jeugd', 'tieners', 'jongerenwerk', 'jongerencentrum', 'hangplek', 'jongereninloop', 'pubers'],
  ['ouderen', 'senioren', 'senior', '55+', '65+', 'bejaarden', 'plussers', '55-plussers', 'oudere'],
  ['kinderen', 'kids', 'kind'],
  ['tuin', 'tuinieren', 'moestuin', 'groen', 'buurttuin', 'natuur'],
  ['naaien', 'naaicafe', 'naaiatelier', 'kleding', 'verstellen', 'handwerken', 'breien', 'haken'],
  ['repareren', 'reparatie', 'repair', 'maken', 'kapot', 'kapotte', 'fietsenmaken'],
  ['klussen', 'klusjes', 'klusjesman', 'klusser', 'conciërge', 'buurtconciërge', 'onderhoud'],
  ['huiswerk', 'huiswerkhulp', 'huiswerkbegeleiding', 'bijles'],
  ['geld', 'administratie', 'formulieren', 'schulden', 'budget', 'financien', 'thuisadministratie', 'papierwerk', 'post', 'brieven', 'geldzaken'],
  ['mantelzorg', 'mantelzorger', 'mantelzorgers', 'zorgen voor'],
  ['muziek', 'zingen', 'koor', 'muziekles'],
  ['tekenen', 'schilderen', 'creatief', 'knutselen'],
  ['dansen', 'dans', 'streetdance'],
  ['spel', 'spelletjes', 'spelletjesmiddag', 'sjoelen', 'klaverjassen', 'bingo'],
  ['lezen', 'voorlezen', 'boeken', 'bibliotheek', 'leesclub'],
  ['werk', 'werken', 'baan', 'solliciteren', 'sollicitatie', 'vacature'],
  ['chauffeur', 'rijden', 'bus', 'vervoer', 'bestuurder'],
  ['winkel', 'kringloop', 'kringloopwinkel', 'magazijn'],
]
