import {
  describeTerms,
  KIND_TERMS,
  LADDER_TERMS,
  LOCATION_KIND_TERMS,
  LOW_THRESHOLD_TERMS,
} from './terms'

/**
 * The Meedoen profile's patch to HSDS 3.0 `service.json` (a JSON Merge Patch, RFC 7396): four
 * fields of our own, each named `meedoen_…` and at the top level of the service, and what
 * `assured_date` means here. docs/hsds-profile.md explains the choices.
 */
const ladderRungs = {
  name: 'meedoen_ladder_rungs',
  type: 'array',
  title: 'Participation ladder rungs',
  description: `The rungs of the participation ladder (participatieladder) the listing suits, lowest first, each as its number and its Dutch label: ${LADDER_TERMS.map((t) => `${t.rung} ${t.label.en} (${t.label.nl})`).join('; ')}. An empty list: the organisation did not say.`,
  uniqueItems: true,
  items: {
    type: 'object',
    required: ['rung', 'label'],
    properties: {
      rung: {
        type: 'integer',
        title: 'Rung',
        description: 'The rung (trede), 1 to 6.',
        enum: LADDER_TERMS.map((t) => t.rung),
      },
      label: {
        type: 'string',
        title: 'Label',
        description: 'The rung’s Dutch label in Meedoen (naam van de trede).',
        enum: LADDER_TERMS.map((t) => t.label.nl),
      },
    },
    // Each number with its own label.
    oneOf: LADDER_TERMS.map((t) => ({
      title: `${t.rung} ${t.label.en}`,
      properties: { rung: { const: t.rung }, label: { const: t.label.nl } },
    })),
  },
  example: [{ rung: LADDER_TERMS[2]!.rung, label: LADDER_TERMS[2]!.label.nl }],
}

export const servicePatch = {
  properties: {
    assured_date: {
      description:
        'In Meedoen: the day (the Dutch calendar day, Europe/Amsterdam) on which an editor or the organisation last confirmed that the listing is still current (gecontroleerd op). Publishing a listing sets it, as does the "still current" action (nog actueel); a listing not confirmed for 180 days (the default) is hidden from the public and from this API, so a published service’s date is recent. Not the date it was last edited: that is last_modified.',
      format: 'date',
    },
    meedoen_kind: {
      name: 'meedoen_kind',
      type: 'string',
      title: 'Kind of listing',
      description: `What the listing is in Meedoen (soort plek): an activity to join (activiteit), or the kind of opening, a place to contribute (plek). One of: ${describeTerms(KIND_TERMS)}.`,
      enum: KIND_TERMS.map((t) => t.value),
      example: 'work_experience',
    },
    meedoen_location_kind: {
      name: 'meedoen_location_kind',
      type: 'string',
      title: 'Where the activity happens',
      description: `Activities only: where the activity happens (waar). One of: ${describeTerms(LOCATION_KIND_TERMS)}. At a venue, the venue is the service's location (see /service_at_locations).`,
      enum: LOCATION_KIND_TERMS.map((t) => t.value),
      example: 'venue',
    },
    meedoen_ladder_rungs: ladderRungs,
    meedoen_low_threshold: {
      name: 'meedoen_low_threshold',
      type: 'array',
      title: 'Low-threshold facets',
      description: `Activities only: what makes the activity easy to join (laagdrempelig), in this order: ${describeTerms(LOW_THRESHOLD_TERMS)}. \`walk_in\` follows the sign-up (aanmelden) and \`free\` the cost (kosten); an empty list: none of these.`,
      uniqueItems: true,
      items: { type: 'string', enum: LOW_THRESHOLD_TERMS.map((t) => t.value) },
      example: ['walk_in', 'free', 'dutch_practice'],
    },
  },
  // Every Meedoen service says what it is; HSDS's own `required` stays as it is.
  allOf: [{ required: ['meedoen_kind'] }],
}
