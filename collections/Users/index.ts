import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../access/admins'
import { isAdminUser, isEditorUser, ROLES } from '../access/roles'
import { label } from '../fields/label'

/**
 * Staff and organisation accounts. Roles and memberships live on the user and are saved to
 * the JWT, so access checks need no extra database read.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Gebruiker', 'User'), plural: label('Gebruikers', 'Users') },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: label('Beheer', 'Administration'),
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: ({ req }) => {
      if (isEditorUser(req.user)) return true
      return req.user ? { id: { equals: req.user.id } } : false
    },
    create: admins,
    update: ({ req }) => {
      if (isAdminUser(req.user)) return true
      return req.user ? { id: { equals: req.user.id } } : false
    },
    delete: admins,
    unlock: admins,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Naam', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: label('Rollen', 'Roles'),
      options: ROLES.map((value) => ({
        value,
        label: {
          admin: label('Beheerder', 'Administrator'),
          editor: label('Redacteur', 'Editor'),
          professional: label('Professional', 'Professional'),
        }[value],
      })),
      access: { create: adminsField, update: adminsField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'memberships',
      type: 'array',
      saveToJWT: true,
      label: label('Lid van organisaties', 'Member of organisations'),
      labels: { singular: label('Lidmaatschap', 'Membership'), plural: label('Lidmaatschappen', 'Memberships') },
      access: { create: adminsField, update: adminsField },
      fields: [
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          required: true,
          label: label('Organisatie', 'Organisation'),
        },
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'member',
          label: label('Rol', 'Role'),
          options: [
            { value: 'owner', label: label('Eigenaar', 'Owner') },
            { value: 'member', label: label('Lid', 'Member') },
          ],
        },
      ],
    },
  ],
}
