import { OPENING_KINDS } from '../../../collections/Openings'

/** The Dutch name of an opening kind, as editors see it in the admin. */
export const openingKindLabel = (kind: string): string =>
  OPENING_KINDS.find((k) => k.value === kind)?.label.nl ?? kind
