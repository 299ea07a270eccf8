import type { Field } from 'payload'

import { label } from '../../src/lib/vocabulary'

/** How a venue's `location` came about; anything but 'verified' and 'manual' needs an editor's eye. */
const LOCATION_STATUSES = [
  { value: 'verified', label: label('Gecontroleerd adres (PDOK)', 'Verified address (PDOK)') },
  {
    value: 'approximate',
    label: label(
      'Locatie niet gecontroleerd: midden van het postcodegebied',
      'Location not verified: centre of the postcode area',
    ),
  },
  {
    value: 'manual',
    label: label('Handmatig geplaatst of gecontroleerd', 'Placed or checked by hand'),
  },
  {
    value: 'not_verified',
    label: label(
      'Locatie niet gecontroleerd: adres niet gevonden',
      'Location not verified: address not found',
    ),
  },
] as const

export type LocationStatus = (typeof LOCATION_STATUSES)[number]['value']

const readOnlySidebar = { position: 'sidebar' as const, readOnly: true }

/** Sidebar fields written by the geocodeVenue hook. */
export const locationFields = (): Field[] => [
  {
    name: 'locationStatus',
    type: 'select',
    options: [...LOCATION_STATUSES],
    index: true,
    label: label('Status van de ligging', 'Location status'),
    admin: {
      position: 'sidebar',
      description: label(
        'Wordt bij opslaan uit het adres bepaald: eerst het midden van het postcodegebied, binnen een minuut daarna het adres zelf (PDOK). ' +
          "Blijft het 'niet gecontroleerd' of 'midden van het postcodegebied': " +
          'controleer de speld op de kaart en zet hem zo nodig goed (dan wordt het "handmatig"), of kies "Handmatig geplaatst of gecontroleerd".',
        'Set from the address on save: first the centre of the postcode area, within a minute the address itself (PDOK). ' +
          "If it stays 'not verified' or 'centre of the postcode area', an editor should check the pin " +
          'and move it if needed (it then becomes "by hand"), or choose "Placed or checked by hand".',
      ),
    },
  },
  {
    name: 'locationSource',
    type: 'text',
    label: label('Bron van de ligging', 'Location source'),
    admin: {
      ...readOnlySidebar,
      description: label(
        'Bijvoorbeeld "pdok", "pc4 (pdok pending)" (wordt opgezocht) of "pc4 (pdok unreachable)".',
        'For example "pdok", "pc4 (pdok pending)" (being looked up) or "pc4 (pdok unreachable)".',
      ),
    },
  },
  {
    name: 'codes',
    type: 'group',
    label: label('CBS-codes (uit PDOK)', 'CBS codes (from PDOK)'),
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'gemeenteCode',
        type: 'text',
        label: label('Gemeentecode', 'Municipality code'),
        admin: { readOnly: true },
      },
      {
        name: 'wijkCode',
        type: 'text',
        label: label('Wijkcode', 'District code'),
        admin: { readOnly: true },
      },
      {
        name: 'buurtCode',
        type: 'text',
        label: label('Buurtcode', 'Neighbourhood code'),
        admin: { readOnly: true },
      },
    ],
  },
]
