/** Themes and areas of the demo data. Keys are the slugs other demo records refer to. */
export const THEMES = [
  {
    slug: 'ontmoeten',
    name: 'Ontmoeten',
    nameEn: 'Meeting people',
    description: 'Samen koffie drinken, praten, eten en mensen leren kennen.',
  },
  {
    slug: 'taal',
    name: 'Taal',
    nameEn: 'Language',
    description: 'Nederlands leren en oefenen, lezen en schrijven.',
  },
  {
    slug: 'sport-en-bewegen',
    name: 'Sport en bewegen',
    nameEn: 'Sport and exercise',
    description: 'Wandelen, fietsen, sporten, dansen.',
  },
  {
    slug: 'creatief',
    name: 'Creatief',
    nameEn: 'Creative',
    description: 'Tekenen, handwerken, muziek, toneel.',
  },
  {
    slug: 'digitaal',
    name: 'Digitale vaardigheden',
    nameEn: 'Digital skills',
    description: 'Omgaan met de computer, telefoon, DigiD en internet.',
  },
  {
    slug: 'koken-en-eten',
    name: 'Koken en eten',
    nameEn: 'Cooking and food',
    description: 'Samen koken, samen eten, gezond en goedkoop.',
  },
  {
    slug: 'natuur-en-groen',
    name: 'Natuur en groen',
    nameEn: 'Nature and gardening',
    description: 'Tuinieren, buiten werken, de buurt groen houden.',
  },
  {
    slug: 'werk-en-leren',
    name: 'Werk en leren',
    nameEn: 'Work and learning',
    description: 'Stappen richting werk: ervaring opdoen, leren, solliciteren.',
  },
  {
    slug: 'geld-en-administratie',
    name: 'Geld en administratie',
    nameEn: 'Money and paperwork',
    description: 'Hulp bij post, rekeningen en formulieren.',
  },
  {
    slug: 'zorg-en-gezondheid',
    name: 'Zorg en gezondheid',
    nameEn: 'Care and health',
    description: 'Gezond leven, mantelzorg, even op adem komen.',
  },
] as const

export const AREAS = [
  { slug: 'haren-centrum', name: 'Haren-centrum', municipality: 'Groningen' },
  { slug: 'haren-zuid', name: 'Haren-Zuid', municipality: 'Groningen' },
  { slug: 'binnenstad', name: 'Binnenstad', municipality: 'Groningen' },
  { slug: 'oosterpoort', name: 'Oosterpoort', municipality: 'Groningen' },
  { slug: 'korrewegwijk', name: 'Korrewegwijk', municipality: 'Groningen' },
  { slug: 'selwerd', name: 'Selwerd', municipality: 'Groningen' },
  { slug: 'assen-centrum', name: 'Assen-centrum', municipality: 'Assen' },
  { slug: 'assen-oost', name: 'Assen-Oost', municipality: 'Assen' },
  { slug: 'pittelo', name: 'Pittelo', municipality: 'Assen' },
] as const

export type ThemeKey = (typeof THEMES)[number]['slug']
export type AreaKey = (typeof AREAS)[number]['slug']
