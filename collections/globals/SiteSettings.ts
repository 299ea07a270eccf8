import type { GlobalConfig, TextFieldSingleValidation } from 'payload'

import { AA_TEXT, contrastRatio, isHexColour } from '../../src/lib/color/contrast'
import { admins } from '../access/admins'
import { anyone } from '../access/anyone'
import { inLanguage } from '../fields/inLanguage'
import { label } from '../../src/lib/vocabulary'
import { dayOnly } from '../fields/dayOnly'
import { OPEN_DATA_LICENSES, PROVINCES } from '../../src/lib/openactive/site'

/** Colours sit behind white text and next to white backgrounds: both need WCAG AA contrast. */
const validateColour: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return true
  if (!isHexColour(value))
    return inLanguage(
      req,
      'Gebruik een kleurcode als #0b5e6b.',
      'Use a colour code such as #0b5e6b.',
    )
  const ratio = contrastRatio(value, '#ffffff')
  return ratio >= AA_TEXT
    ? true
    : inLanguage(
        req,
        // A decimal comma in Dutch, a point in English.
        `Te weinig contrast met wit (${ratio.toFixed(1).replace('.', ',')}:1, minstens 4,5:1 nodig). Kies een donkerdere kleur.`,
        `Too little contrast with white (${ratio.toFixed(1)}:1, at least 4.5:1 needed). Choose a darker colour.`,
      )
}

/** The look and name of the public site, so each municipality can run it as its own. */
/** The default text of the loket page, until the municipality writes its own. */
export const EMPLOYER_OFFER = `Wil je iemand een kans geven? De gemeente helpt je daarbij.

- Jobcoaching: een jobcoach helpt je nieuwe medewerker op weg. De coach denkt ook met jou mee.
- Loonkostensubsidie: kan iemand (nog) niet het volle tempo aan? Dan betaalt de gemeente een deel van het loon.
- No-riskpolis: wordt je medewerker ziek? Dan betaalt het UWV het loon. Jij loopt dat risico niet.
- Proefplaatsing: eerst een paar maanden samen kijken of het past, zonder loon te betalen.

Wat past, hangt af van de persoon en van jouw bedrijf. Een redacteur bespreekt het met je.`

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('Website', 'Website'),
  admin: { group: label('Instellingen', 'Settings') },
  access: { read: anyone, update: admins, readVersions: admins },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      defaultValue: 'Meedoen',
      maxLength: 60,
      label: label('Naam van de website', 'Site name'),
    },
    {
      name: 'tagline',
      type: 'text',
      maxLength: 120,
      defaultValue: 'Doe mee in je buurt',
      label: label('Ondertitel', 'Tagline'),
    },
    {
      name: 'taglineEn',
      type: 'text',
      maxLength: 120,
      defaultValue: 'Join in near you',
      label: label('Ondertitel op de Engelse site', 'Tagline on the English site'),
    },
    {
      name: 'owner',
      type: 'text',
      maxLength: 120,
      label: label(
        'Wie de website beheert (gemeente of organisatie)',
        'Who runs the site (municipality or organisation)',
      ),
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Logo', 'Logo') },
    {
      type: 'row',
      fields: [
        {
          name: 'primaryColour',
          type: 'text',
          defaultValue: '#0b5e6b',
          validate: validateColour,
          label: label('Hoofdkleur (#rrggbb)', 'Main colour (#rrggbb)'),
          admin: {
            description: label(
              'Moet goed leesbaar zijn met witte tekst.',
              'Must be readable with white text on it.',
            ),
          },
        },
        {
          name: 'accentColour',
          type: 'text',
          defaultValue: '#7a3e00',
          validate: validateColour,
          label: label('Accentkleur (#rrggbb)', 'Accent colour (#rrggbb)'),
        },
      ],
    },
    {
      name: 'accessibility',
      type: 'group',
      label: label('Toegankelijkheidsverklaring', 'Accessibility statement'),
      fields: [
        {
          name: 'contactEmail',
          type: 'email',
          label: label(
            'E-mail voor problemen met toegankelijkheid',
            'E-mail for accessibility problems',
          ),
        },
        {
          name: 'lastReviewed',
          type: 'date',
          label: label('Laatst gecontroleerd op', 'Last reviewed on'),
          admin: { ...dayOnly },
        },
      ],
    },
    {
      name: 'openData',
      type: 'group',
      label: label('Open data', 'Open data'),
      admin: {
        description: label(
          'Voor de open-data-feed en de HSDS-API (zie de pagina /open-data).',
          'For the open data feed and the HSDS API (see the /open-data page).',
        ),
      },
      fields: [
        {
          name: 'province',
          type: 'select',
          options: [...PROVINCES],
          label: label('Provincie van de locaties', 'Province of the venues'),
        },
        {
          name: 'license',
          type: 'select',
          required: true,
          defaultValue: 'cc-by-4.0',
          options: OPEN_DATA_LICENSES.map(({ value, name }) => ({ value, label: name })),
          label: label('Licentie van de gegevens', 'Licence of the data'),
        },
      ],
    },
    {
      name: 'employers',
      type: 'group',
      label: label('Werkgeversloket', 'Employer desk'),
      fields: [
        {
          name: 'offer',
          type: 'textarea',
          maxLength: 3000,
          defaultValue: EMPLOYER_OFFER,
          label: label(
            'Wat de gemeente werkgevers biedt',
            'What the municipality offers employers',
          ),
          admin: {
            rows: 10,
            description: label(
              'Staat op de pagina van het werkgeversloket. Eenvoudige woorden. Een lege regel begint een nieuwe alinea; regels die met "- " beginnen worden een lijst.',
              'Shown on the employer desk page. Plain words. An empty line starts a new paragraph; lines starting with "- " become a list.',
            ),
          },
        },
        {
          name: 'offerEn',
          type: 'textarea',
          maxLength: 3000,
          label: label('Hetzelfde in het Engels', 'The same in English'),
          admin: {
            rows: 6,
            description: label(
              'Leeg: de Engelse pagina toont de Nederlandse tekst.',
              'Empty: the English page shows the Dutch text.',
            ),
          },
        },
      ],
    },
    {
      name: 'privacy',
      type: 'group',
      label: label('Privacy', 'Privacy'),
      fields: [
        {
          name: 'contactEmail',
          type: 'email',
          label: label(
            'E-mail voor vragen over privacy (inzien of verwijderen van gegevens)',
            'E-mail for privacy questions (access or erasure of data)',
          ),
          admin: {
            description: label(
              'Staat op de privacypagina en onder elk formulier met persoonsgegevens.',
              'Shown on the privacy page and with every form that asks personal data.',
            ),
          },
        },
      ],
    },
  ],
}
