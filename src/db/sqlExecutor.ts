import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import type { SqlExecutor } from '../lib/search/store/sqliteSchema'

type SQL = ReturnType<typeof sql.raw>
type Drizzle = { all: (query: SQL) => Promise<unknown[]>; run: (query: SQL) => Promise<unknown> }
type SqliteDb = {
  drizzle: Drizzle
  sessions?: Record<string, { db: Drizzle } | undefined>
  name?: string
}

/** `text` with `?` placeholders and its arguments → a parameterised drizzle query. */
const toSQL = (text: string, args: unknown[] = []): SQL => {
  const parts = text.split('?')
  if (parts.length - 1 !== args.length)
    throw new Error(`SQL has ${parts.length - 1} placeholders but ${args.length} arguments`)
  const chunks: SQL[] = []
  parts.forEach((part, i) => {
    chunks.push(sql.raw(part))
    if (i < args.length) {
      const value =
        args[i] === undefined ? null : typeof args[i] === 'boolean' ? Number(args[i]) : args[i]
      chunks.push(sql`${value}`)
    }
  })
  return sql.join(chunks, sql.raw(''))
}

const over = (db: Drizzle): SqlExecutor => ({
  all: async <T>(text: string, args?: unknown[]) => (await db.all(toSQL(text, args))) as T[],
  run: async (text, args) => {
    await db.run(toSQL(text, args))
  },
})

export const isSqlite = (payload: Payload) => (payload.db as unknown as SqliteDb).name === 'sqlite'

/** Outside any save: Payload's own connection. */
export const sqlExecutor = (payload: Payload): SqlExecutor =>
  over((payload.db as unknown as SqliteDb).drizzle)

/**
 * Inside a save: the connection of its transaction, so index changes commit or roll back with
 * the document (the logic of @payloadcms/drizzle's unexported getTransaction).
 */
export const sqlExecutorFor = async (req: PayloadRequest): Promise<SqlExecutor> => {
  const db = req.payload.db as unknown as SqliteDb
  const id = req.transactionID ? await req.transactionID : undefined
  const session = id !== undefined ? db.sessions?.[String(id)] : undefined
  return over(session?.db ?? db.drizzle)
}
