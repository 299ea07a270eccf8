/** A relationship populated at depth 1, or nothing when it is only an ID or not readable. */
export const populated = <T extends object>(
  value: T | number | string | null | undefined,
): T | undefined => (value && typeof value === 'object' ? value : undefined)
