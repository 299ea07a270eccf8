/**
 * Words a query can do without (folded): "vrijwilligers gezocht", "ik zoek een taalcursus",
 * "help for young people". Dropped when other words remain.
 */
export const STOPWORDS: Record<'nl' | 'en', Set<string>> = {
  nl: new Set(['de', 'het', 'een', 'en', 'of', 'voor', 'met', 'van', 'in', 'op', 'bij', 'om', 'te', 'ik', 'wil', 'graag', 'zoek', 'zoeken', 'gezocht', 'gevraagd', 'mijn', 'buurt', 'iets']),
  en: new Set(['the', 'a', 'an', 'and', 'or', 'for', 'with', 'of', 'in', 'on', 'at', 'to', 'i', 'want', 'looking', 'near', 'me', 'my', 'people', 'some', 'something']),
}

/**
 * Words that narrow a query without being its subject ("computer hulp", "wandel club"):
 * listings with them come first, listings without them follow.
 */
export const SOFT_WORDS = new Set([
  'hulp', 'help', 'helpen', 'groep', 'club', 'les', 'lessen', 'cursus', 'training', 'workshop', 'activiteit', 'activiteiten', 'middag', 'ochtend', 'avond', 'uur',
  'group', 'class', 'classes', 'course', 'lesson', 'lessons', 'activity', 'activities', 'morning', 'afternoon', 'evening',
])
