import type { Access, FieldAccess } from 'payload'

import { isEditorUser } from './roles'

export const editors: Access = ({ req }) => isEditorUser(req.user)

export const editorsField: FieldAccess = ({ req }) => isEditorUser(req.user)
