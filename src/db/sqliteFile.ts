import fs from 'node:fs'

import { type Client, createClient } from '@libsql/client'

/** The SQLite file of a `file:` DATABASE_URL (without query options). */
export const sqliteFileOf = (databaseURL: string): string =>
  decodeURIComponent(databaseURL.replace(/^file:/, '').split('?')[0]!)

/** A separate connection to a SQLite file (for checks and backups), closed by `use` when done. */
export const withSqliteFile = async <T>(
  file: string,
  use: (client: Client) => Promise<T>,
): Promise<T> => {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 5000')
    return await use(client)
  } finally {
    client.close()
  }
}

export type IntegrityResult = { ok: true } | { ok: false; problems: string[] }

/**
 * SQLite's `quick_check` (page and b-tree structure, without the slower index cross-check of
 * `integrity_check`). A file that cannot be opened as a database at all counts as damaged; a
 * file that does not exist yet (a new installation) is fine.
 */
export const quickCheck = async (
  file: string,
  pragma: 'quick_check' | 'integrity_check' = 'quick_check',
): Promise<IntegrityResult> => {
  if (!fs.existsSync(file)) return { ok: true }
  try {
    return await withSqliteFile(file, async (client) => {
      const { rows } = await client.execute(`PRAGMA ${pragma}`)
      // Each row is one line of text ("ok", or a problem); a blob would be no message at all.
      const problems = rows.map((row) => {
        const line = Object.values(row)[0]
        return line instanceof ArrayBuffer ? '(binary value)' : String(line)
      })
      return problems.length === 1 && problems[0] === 'ok'
        ? { ok: true as const }
        : { ok: false as const, problems }
    })
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] }
  }
}
