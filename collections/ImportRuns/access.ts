import type { Access, Where } from 'payload'

import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'
import { systemWrites } from '../access/systemWrite'

/** Editors import anything; organisation members import for their own organisation. */
const mayImport: Access = ({ req: { user } }) =>
  isEditorUser(user) || getUserOrganisationIDs(user).length > 0

/** Editors read every import; a member reads the imports they started. */
const ownRuns: Access = ({ req: { user } }) => {
  if (isEditorUser(user)) return true
  if (!user || getUserOrganisationIDs(user).length === 0) return false
  return { createdBy: { equals: user.id } } satisfies Where
}

/**
 * An import run is started by uploading its file (create); from then on only the import's own
 * endpoints change it (the mapping, the start, the progress and the report), through a system
 * request after checking that the user may read the run. Deleting a run removes its file, not
 * what it imported.
 */
export const importRunAccess = {
  read: ownRuns,
  create: mayImport,
  update: systemWrites('import-run'),
  delete: ownRuns,
}
