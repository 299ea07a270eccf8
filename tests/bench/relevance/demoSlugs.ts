/**
 * Groups of demo listings (slugs of the published ones in src/seed/data/**), judged by reading
 * their title, summary and description. Several queries share a group: "koken", "kokne" and
 * "cooking" want the same listings.
 *
 * Longer than 200 lines because it is data: one list of judged demo slugs per topic, kept
 * together so that queries can share them.
 */

// The openings, by kind (src/seed/data/openings.ts; the draft 'leerwerkplek-horeca' is not public).
export const VOLUNTEER = [
  'gastvrouw-of-gastheer-bij-de-koffieochtend',
  'taalmaatje-in-haren',
  'chauffeur-voor-de-boodschappenbus',
  'kok-voor-de-buurtkeuken',
  'huiswerkbegeleider',
  'maatje-voor-een-oudere',
  'schuldhulpmaatje',
  'trainer-jongerenboksen',
  'taalmaatje-in-assen',
  'reparateur-bij-het-repair-cafe',
]
export const WORK_EXPERIENCE = [
  'werkervaringsplek-in-de-lunchroom',
  'werkervaringsplek-magazijn',
  'werkervaring-in-de-kringloopwinkel',
  'werkervaringsplek-groenonderhoud',
]
export const LEARN_WORK = [
  'leerwerkplek-logistiek-met-certificaat',
  'leerwerkplek-zorg-helpende',
  'leerwerkplek-hovenier',
]
export const PARTICIPATION = [
  'participatieplek-in-de-werkplaats',
  'participatieplek-bij-de-gemeente',
  'participatieplek-fietsenmakerij',
]
export const DAY_ACTIVITY = [
  'dagbesteding-moestuin-en-kas',
  'dagbesteding-houtwerkplaats',
  'dagbesteding-voor-jongeren',
]
export const INTERNSHIP = ['stage-jongerenwerk', 'snuffelstage-in-de-zorg', 'stage-communicatie']
export const NEIGHBOURHOOD_JOB = [
  'buurtconcierge-haren-zuid',
  'klusser-in-de-wijk',
  'buurtsportcoach-assistent',
]
const PAID_JOB = [
  'medewerker-groenvoorziening-met-jobcoach',
  'medewerker-kringloopwinkel',
  'fietsenmaker',
]
/** "baan": paid work, including the neighbourhood jobs ("Betaald", "een echte baan"). */
export const JOBS = [...PAID_JOB, ...NEIGHBOURHOOD_JOB]
/** "werk": a job or a place to gain work experience on the way to one. */
export const WORK = [...JOBS, ...WORK_EXPERIENCE, ...LEARN_WORK]

// Topics.
export const COFFEE = [
  'koffieochtend-in-de-dilgt',
  'gastvrouw-of-gastheer-bij-de-koffieochtend',
  'taalcafe-haren',
  'vrouwenochtend',
  'open-tuin-de-linde',
]
export const COFFEE_MORNING = [
  'koffieochtend-in-de-dilgt',
  'gastvrouw-of-gastheer-bij-de-koffieochtend',
  'vrouwenochtend',
]
export const COOKING = ['buurtkeuken-de-poort', 'koken-met-jongeren', 'kok-voor-de-buurtkeuken']
export const COOKING_CLASS = ['koken-met-jongeren']
export const MEALS = [
  'samen-eten-op-vrijdag',
  'buurtkeuken-de-poort',
  'buurtmaaltijd-kerstmis',
  'soepinloop-de-oase',
  'koken-met-jongeren',
]
export const DINNER = [
  'samen-eten-op-vrijdag',
  'buurtkeuken-de-poort',
  'buurtmaaltijd-kerstmis',
  'koken-met-jongeren',
]
export const MAALTIJD = ['samen-eten-op-vrijdag', 'buurtkeuken-de-poort', 'buurtmaaltijd-kerstmis']
export const COMPUTER = ['klik-and-tik-beginnen-met-de-computer', 'computerhulp-de-marsch']
export const COMPUTER_COURSE = ['klik-and-tik-beginnen-met-de-computer']
export const PHONE_HELP = [
  'digi-spreekuur-hulp-met-je-telefoon-en-digi-d',
  'computerhulp-de-marsch',
]
export const DIGITAL = [...COMPUTER, 'digi-spreekuur-hulp-met-je-telefoon-en-digi-d']
export const BIKE = [
  'fietsenmaken-leren',
  'participatieplek-fietsenmakerij',
  'fietsenmaker',
  'repair-cafe-haren',
  'reparateur-bij-het-repair-cafe',
]
export const BIKE_WORKSHOP = [
  'fietsenmaken-leren',
  'participatieplek-fietsenmakerij',
  'fietsenmaker',
]
export const REPAIR = [
  'repair-cafe-haren',
  'repair-cafe-assen',
  'reparateur-bij-het-repair-cafe',
  'fietsenmaken-leren',
  'klusser-in-de-wijk',
  'fietsenmaker',
]
export const CLOTHES_REPAIR = ['naaicafe', 'repair-cafe-haren', 'reparateur-bij-het-repair-cafe']
export const GARDEN = ['moestuin-de-poort', 'open-tuin-de-linde', 'dagbesteding-moestuin-en-kas']
export const GREEN_JOBS = [
  'werkervaringsplek-groenonderhoud',
  'leerwerkplek-hovenier',
  'medewerker-groenvoorziening-met-jobcoach',
]
export const GARDEN_WORK = [...GARDEN, ...GREEN_JOBS]
export const HOMEWORK = ['huiswerkklas-het-platform', 'huiswerkbegeleider']
export const BOXING = ['boksen-voor-jongeren', 'trainer-jongerenboksen']
export const YOUTH = [
  'jongereninloop-de-zolder',
  'muziekstudio-voor-jongeren',
  'boksen-voor-jongeren',
  'open-podium',
  'jongereninloop-de-schakel',
  'koken-met-jongeren',
  'streetdance',
  'huiswerkklas-het-platform',
  'dagbesteding-voor-jongeren',
]
export const YOUTH_DROP_IN = ['jongereninloop-de-zolder', 'jongereninloop-de-schakel']
export const DUTCH_PRACTICE = [
  'taalcafe-haren',
  'taalhuis-nederlands-oefenen',
  'taalgroep-de-marsch',
  'vrouwenochtend',
]
export const DUTCH_LESSONS = [
  'taalcafe-haren',
  'taalhuis-nederlands-oefenen',
  'taalgroep-de-marsch',
]
export const LANGUAGE = [
  'taalcafe-haren',
  'taalhuis-nederlands-oefenen',
  'taalgroep-de-marsch',
  'taalmaatje-in-haren',
  'taalmaatje-in-assen',
  'online-taalmaatje-training',
]
export const CAFE = [
  'taalcafe-haren',
  'mantelzorgcafe',
  'werkcafe-assen',
  'naaicafe',
  'repair-cafe-haren',
  'repair-cafe-assen',
  'reparateur-bij-het-repair-cafe',
]
/** Buddies: the volunteer maatjes and their training. */
export const BUDDY = [
  'taalmaatje-in-haren',
  'taalmaatje-in-assen',
  'maatje-voor-een-oudere',
  'schuldhulpmaatje',
  'online-taalmaatje-training',
]
/** Every listing with "maatje" in (a word of) its text: the buddies, and where you meet one. */
export const MAATJE = [...BUDDY, 'geldfit-spreekuur', 'taalgroep-de-marsch']
export const SPORT = [
  'walking-football',
  'boksen-voor-jongeren',
  'streetdance',
  'bewegen-voor-ouderen',
  'beweegtuin-assen-oost',
  'wandelgroep-haren-actief',
]
export const EXERCISE_OUTDOORS = ['bewegen-voor-ouderen', 'beweegtuin-assen-oost']
export const OLDER = ['bewegen-voor-ouderen', 'walking-football']
export const MONEY = ['geldfit-spreekuur', 'hulp-bij-post-en-formulieren']
export const LIBRARY = [
  'taalhuis-nederlands-oefenen',
  'klik-and-tik-beginnen-met-de-computer',
  'sollicitatiewerkplaats',
]
export const KRINGLOOP = [
  'werkervaring-in-de-kringloopwinkel',
  'medewerker-kringloopwinkel',
  'repair-cafe-assen',
  'naaicafe',
  'reparateur-bij-het-repair-cafe',
  'participatieplek-fietsenmakerij',
  'dagbesteding-houtwerkplaats',
]
export const SHOP = ['werkervaring-in-de-kringloopwinkel', 'medewerker-kringloopwinkel']
export const WAREHOUSE = [
  'werkervaringsplek-magazijn',
  'leerwerkplek-logistiek-met-certificaat',
  'medewerker-kringloopwinkel',
]
export const MUSIC = ['muziekstudio-voor-jongeren', 'open-podium']
export const KITCHEN = [
  'buurtkeuken-de-poort',
  'kok-voor-de-buurtkeuken',
  'werkervaringsplek-in-de-lunchroom',
]
export const CONSULTATION = [
  'digi-spreekuur-hulp-met-je-telefoon-en-digi-d',
  'geldfit-spreekuur',
  'vrijwilligersspreekuur',
]
export const DROP_IN = [
  'jongereninloop-de-zolder',
  'jongereninloop-de-schakel',
  'soepinloop-de-oase',
  'stille-inloop',
]
export const MORNING = [
  'koffieochtend-in-de-dilgt',
  'vrouwenochtend',
  'gastvrouw-of-gastheer-bij-de-koffieochtend',
]
export const WOOD = ['participatieplek-in-de-werkplaats', 'dagbesteding-houtwerkplaats']
export const ODD_JOBS = [
  'klusser-in-de-wijk',
  'participatieplek-in-de-werkplaats',
  'buurtconcierge-haren-zuid',
]
export const JOB_SEARCH = ['sollicitatiewerkplaats', 'werkcafe-assen']
export const SUPPORT_GROUP = ['lotgenotengroep-na-een-burn-out', 'mantelzorgcafe']
