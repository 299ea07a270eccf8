const n = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`

/** The words of the "mogelijk dubbel" list and the warning under an organisation's name. */
export const DUPLICATES_TEXT = {
  nl: {
    title: (n: number) => `Mogelijk dubbel (${n})`,
    intro:
      'Deze organisaties staan er misschien twee keer in: met dezelfde naam (hoofdletters, accenten, "stichting" en de volgorde van de woorden tellen niet mee) of met hetzelfde KvK-nummer. Voeg ze samen, of zeg dat het twee organisaties zijn.',
    none: 'Er zijn geen mogelijk dubbele organisaties.',
    reason: { name: 'Zelfde naam', kvk: 'Zelfde KvK-nummer' },
    rows: {
      kvk: 'KvK-nummer',
      city: 'Plaats',
      status: 'Status',
      createdAt: 'Ingevoerd op',
      has: 'Heeft',
    },
    status: { published: 'Gepubliceerd', draft: 'Concept' },
    has: (c: Counts) =>
      [
        n(c.activities, 'activiteit', 'activiteiten'),
        n(c.openings, 'plek', 'plekken'),
        n(c.venues, 'locatie', 'locaties'),
        n(c.members, 'lid', 'leden'),
      ].join(', '),
    mergeInto: (from: string, into: string) => `Voeg "${from}" samen in "${into}"`,
    confirm: (from: string, into: string, c: Counts) =>
      `Alles van "${from}" gaat naar "${into}": ${DUPLICATES_TEXT.nl.has(c)}, en de aanmeldingen en verwijzingen. "${from}" wordt verwijderd; de pagina ervan verwijst dan naar "${into}". Dit kun je niet terugdraaien.`,
    yes: 'Ja, samenvoegen',
    cancel: 'Annuleren',
    notDuplicate: 'Geen dubbel: het zijn twee organisaties',
    merged: (into: string) => `Samengevoegd in "${into}".`,
    dismissed: 'Bewaard: deze twee staan niet meer in de lijst.',
    busy: 'Bezig…',
    similar: 'Lijkt op een organisatie die er al is:',
    similarHint:
      'Is het dezelfde? Pas dan die aan in plaats van een nieuwe te maken. Twee die er al zijn voeg je samen onder Organisaties, bij "Mogelijk dubbel".',
  },
  en: {
    title: (n: number) => `Possible duplicates (${n})`,
    intro:
      'These organisations may have been entered twice: with the same name (case, accents, "stichting" and word order do not count) or the same KvK number. Merge them, or say they are two organisations.',
    none: 'There are no possible duplicate organisations.',
    reason: { name: 'Same name', kvk: 'Same KvK number' },
    rows: {
      kvk: 'KvK number',
      city: 'Town',
      status: 'Status',
      createdAt: 'Entered on',
      has: 'Has',
    },
    status: { published: 'Published', draft: 'Draft' },
    has: (c: Counts) =>
      [
        n(c.activities, 'activity', 'activities'),
        n(c.openings, 'opening', 'openings'),
        n(c.venues, 'venue', 'venues'),
        n(c.members, 'member', 'members'),
      ].join(', '),
    mergeInto: (from: string, into: string) => `Merge "${from}" into "${into}"`,
    confirm: (from: string, into: string, c: Counts) =>
      `Everything of "${from}" moves to "${into}": ${DUPLICATES_TEXT.en.has(c)}, and the interests and referrals. "${from}" is deleted; its page then redirects to "${into}". This cannot be undone.`,
    yes: 'Yes, merge',
    cancel: 'Cancel',
    notDuplicate: 'Not a duplicate: these are two organisations',
    merged: (into: string) => `Merged into "${into}".`,
    dismissed: 'Saved: these two are no longer listed.',
    busy: 'Working…',
    similar: 'Looks like an organisation that is already here:',
    similarHint:
      'Is it the same one? Then edit that one instead of making a new one. Two that are already here are merged under Organisations, at "Possible duplicates".',
  },
}

export interface Counts {
  activities: number
  openings: number
  venues: number
  members: number
}

export interface Side {
  id: number
  name: string
  slug: string | null
  kvkNumber: string | null
  city: string | null
  status: 'published' | 'draft' | null
  createdAt: string
  counts: Counts
}

export interface Pair {
  reason: 'name' | 'kvk'
  keep: Side
  other: Side
}
