import { type PayloadRequest, ValidationError } from 'payload'

import { inLanguage } from './inLanguage'

type Issue = { path: string; message: string }

/** Cross-field checks collect issues and refuse the save once, naming every field (in the request's language). */
export const throwIfIssues = (req: PayloadRequest, collection: string, issues: Issue[]): void => {
  if (issues.length) throw new ValidationError({ collection, errors: issues, req }, req.t)
}

/** "min must not exceed max" for two optional numbers. */
export const rangeIssue = (
  req: PayloadRequest,
  min: unknown,
  max: unknown,
  path: string,
  what: { nl: string; en: string },
): Issue[] =>
  typeof min === 'number' && typeof max === 'number' && min > max
    ? [
        {
          path,
          message: inLanguage(
            req,
            `${what.nl} kan niet hoger zijn dan het maximum.`,
            `${what.en} cannot be above the maximum.`,
          ),
        },
      ]
    : []
