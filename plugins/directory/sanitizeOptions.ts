import { directoryOptionsSchema } from './defaults'
import type { DirectoryPluginOptions, SanitizedDirectoryOptions } from './types'

/**
 * Validates the caller's options into a new object with all defaults resolved; the caller's
 * object is never changed. Unknown or wrongly typed options throw, naming each one.
 */
export const sanitizeOptions = (
  options: DirectoryPluginOptions = {},
): SanitizedDirectoryOptions => {
  const parsed = directoryOptionsSchema.safeParse(options)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join('.') || 'options'}: ${i.message}`,
    )
    throw new Error(`directoryPlugin: invalid options\n  - ${problems.join('\n  - ')}`)
  }
  return parsed.data
}
