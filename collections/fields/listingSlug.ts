/** The two kinds of listing residents find: things to join and places to contribute. */
export type ListingSlug = 'activities' | 'openings'
