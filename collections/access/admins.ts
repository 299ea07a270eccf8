import type { Access, FieldAccess } from 'payload'

import { isAdminUser } from './roles'

export const admins: Access = ({ req }) => isAdminUser(req.user)

export const adminsField: FieldAccess = ({ req }) => isAdminUser(req.user)
