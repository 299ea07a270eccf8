import type { FieldAccess } from 'payload'

/** What a resident sent cannot be changed afterwards, by anyone: only handled. */
export const fixed: FieldAccess = () => false
