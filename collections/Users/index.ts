import type { CollectionConfig, Field } from 'payload'

import { admins, adminsField } from '../access/admins'
import { isAdminUser, isEditorUser, ROLES } from '../access/roles'
import { label } from '../../src/lib/vocabulary'
import { equalLoginTiming } from './hooks/equalLoginTiming'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'

const ACCOUNT_LOCK_COLUMNS: Field[] = [
  {
    name: 'loginAttempts',
    type: 'number',
    defaultValue: 0,
    hidden: true,
    access: { create: () => false, update: () => false },
  },
  {
    name: 'lockUntil',
    type: 'date',
    hidden: true,
    access: { create: () => false, update: () => false },
  },
]

/**
 * Staff and organisation accounts. Roles and memberships live on the user and are saved to
 * the JWT, so access checks need no extra database read.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Gebruiker', 'User'), plural: label('Gebruikers', 'Users') },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // No lock: it let any stranger lock any account. Guessing is throttled per IP and per
    // account instead (src/http/loginThrottle.ts), without locking the owner out.
    maxLoginAttempts: 0,
    cookies: { sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: label('Beheer', 'Administration'),
  },
  hooks: {
    beforeOperation: [equalLoginTiming],
    beforeValidate: [requireCurrentPassword],
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
    {
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: label('Huidig wachtwoord', 'Current password'),
      admin: {
        readOnly: false,
        description: label(
          'Nodig om uw eigen wachtwoord te veranderen.',
          'Needed to change your own password.',
        ),
        // Shown once you type a new password for your own account (see requireCurrentPassword).
        condition: (data, _siblingData, { user }) =>
          Boolean(data?.password) &&
          Boolean(user) &&
          String(user?.id) === String(data?.id) &&
          !isAdminUser(user),
        components: { Field: '@payloadcms/ui#PasswordField' },
      },
    },
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
      labels: {
        singular: label('Lidmaatschap', 'Membership'),
        plural: label('Lidmaatschappen', 'Memberships'),
      },
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
    // The columns Payload's lock used (maxLoginAttempts > 0) stay in the schema, unused, so
    // turning the lock off needs no migration.
    ...ACCOUNT_LOCK_COLUMNS,
  ],
}
