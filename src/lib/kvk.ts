/**
 * A Chamber of Commerce (KvK) number: 8 digits. People write it as "12 34 56 78" or
 * "12.345.678"; it is compared and stored without the spaces and dots.
 */
export const normaliseKvk = (value: string): string => value.replace(/[\s.]/g, '')

/** Whether `value`, once normalised, is a KvK number. */
export const isKvk = (value: string): boolean => /^\d{8}$/.test(normaliseKvk(value))
