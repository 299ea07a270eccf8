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
 * Who read, exported or erased interests, and when. Holds no personal data of residents
 * (interest numbers and counts only). Written only by the server; read by administrators
 * (the privacy officer's view); pruned by the retention job after `logRetentionDays`.
 */
export const InterestLog: CollectionConfig = {
  slug: 'interest-log',
  labels: {
    singular: label('Inzage', 'Access entry'),
    plural: label('Inzagelog interesse', 'Interest access log'),
  },
  admin: {
    defaultColumns: ['createdAt', 'action', 'user', 'count'],
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
      name: 'action',
      type: 'select',
      required: true,
      options: [...INTEREST_LOG_ACTIONS],
      label: label('Wat', 'What'),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: label('Door', 'By') },
    { name: 'count', type: 'number', required: true, min: 0, label: label('Aantal', 'Count') },
    { name: 'interests', type: 'text', label: label('Interesse-nummers', 'Interest numbers') },
  ],
}
