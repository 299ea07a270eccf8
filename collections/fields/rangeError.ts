import { ValidationError } from 'payload'

type Issue = { path: string; message: string }

/** Cross-field checks collect issues and refuse the save once, naming every field. */
export const throwIfIssues = (collection: string, issues: Issue[]): void => {
  if (issues.length) throw new ValidationError({ collection, errors: issues })
}

/** "min must not exceed max" for two optional numbers. */
export const rangeIssue = (min: unknown, max: unknown, path: string, what: { nl: string; en: string }): Issue[] =>
  typeof min === 'number' && typeof max === 'number' && min > max
    ? [{ path, message: `${what.nl} kan niet hoger zijn dan het maximum. / ${what.en} cannot be above the maximum.` }]
    : []
