import type { CollectionConfig } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { importRunAccess } from './access'
import { importRunFields } from './fields'

/**
 * One import of a spreadsheet: the uploaded file (kept, so the dry run can be re-read with
 * another column mapping), what it holds, the mapping, and after the import its report. The
 * steps (dry run, mapping, start, progress) are the plugin's endpoints; the admin shows them
 * on the run's page (ImportRunPanel).
 */
export const createImportRuns = (staticDir: string): CollectionConfig => ({
  slug: 'import-runs',
  labels: { singular: label('Import', 'Import'), plural: label('Importeren', 'Imports') },
  admin: {
    group: label('Aanbod', 'Directory'),
    useAsTitle: 'source',
    defaultColumns: ['source', 'kind', 'status', 'rowCount', 'createdAt'],
    description: label(
      'Zet organisaties, locaties, activiteiten of plekken uit een spreadsheet (CSV of Excel) in Meedoen. Eerst zie je wat er zou gebeuren; pas daarna importeer je.',
      'Bring organisations, venues, activities or openings in from a spreadsheet (CSV or Excel). First you see what would happen; only then do you import.',
    ),
  },
  access: importRunAccess,
  upload: {
    staticDir,
    // The bytes decide what a file is (src/lib/import/file): a CSV has no magic number.
    mimeTypes: [],
    // A sheet is not an image: no crop or focal point ("Bewerk").
    crop: false,
    focalPoint: false,
    filesRequiredOnCreate: true,
  },
  fields: importRunFields(),
})
