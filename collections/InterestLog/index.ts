import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { systemWrites } from '../access/systemWrite'
import { label } from '../../src/lib/vocabulary'

const INTEREST_LOG_ACTIONS = [
  { value: 'read', label: label('Ingezien', 'Read') },
  { value: 'export', label: label('Geëxporteerd (inzageverzoek)', 'Exported (access request)') },
  { value: 'erase', label: label('Gewist (verwijderverzoek)', 'Erased (erasure request)') },
  {
    value: 'retention',
    label: label('Verwijderd na bewaartermijn', 'Deleted after retention period'),
  },
] as const

/**
 * Who read, exported or erased interests or referrals, and when. Holds no personal data of
 * residents or clients (record numbers and counts only). Written only by the server; read by administrators
 * (the privacy officer's view); pruned by the retention job after `logRetentionDays`.
 */
export const InterestLog: CollectionConfig = {
  slug: 'interest-log',
  labels: {
    singular: label('Inzage', 'Access entry'),
    plural: label('Inzagelog persoonsgegevens', 'Personal data access log'),
  },
  admin: {
    defaultColumns: ['createdAt', 'about', 'action', 'user', 'count'],
    group: label('Beheer', 'Administration'),
  },
  access: {
    read: admins,
    create: systemWrites('interest-log'),
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'about',
      type: 'select',
      required: true,
      defaultValue: 'interests',
      options: [
        { value: 'interests', label: label('Interesse', 'Interests') },
        { value: 'referrals', label: label('Verwijzingen', 'Referrals') },
        { value: 'room-bookings', label: label('Aanvragen ruimtes', 'Room requests') },
      ],
      label: label('Over', 'About'),
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [...INTEREST_LOG_ACTIONS],
      label: label('Wat', 'What'),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: label('Door', 'By') },
    { name: 'count', type: 'number', required: true, min: 0, label: label('Aantal', 'Count') },
    { name: 'interests', type: 'text', label: label('Nummers', 'Record numbers') },
  ],
}
