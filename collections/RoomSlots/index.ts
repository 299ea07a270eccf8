import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { systemWrites } from '../access/systemWrite'
import { label } from '../../src/lib/vocabulary'

/**
 * The quarter hours accepted room bookings hold: one row per quarter hour, its key unique per
 * room (`venue:room:date:HH:mm`), so the database itself refuses a second booking of the same
 * time, also when two are accepted at the same moment. No person in it: the public reads it to
 * show when a room is taken ("bezet"). Written only by the bookings' own hook.
 */
export const RoomSlots: CollectionConfig = {
  slug: 'room-slots',
  labels: {
    singular: label('Bezet kwartier', 'Taken quarter hour'),
    plural: label('Bezette tijden', 'Taken times'),
  },
  admin: { hidden: true },
  access: {
    read: anyone,
    create: systemWrites('room-slot'),
    update: () => false,
    delete: systemWrites('room-slot'),
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'venue', type: 'relationship', relationTo: 'venues', required: true, index: true },
    { name: 'roomId', type: 'text', required: true },
    { name: 'date', type: 'text', required: true, index: true },
    // The whole booking's times, so a page shows "14.00–16.00 bezet" without adding up quarters.
    { name: 'from', type: 'text', required: true },
    { name: 'until', type: 'text', required: true },
    { name: 'booking', type: 'number', required: true, index: true },
  ],
}
