import type { Payload } from 'payload'

export type DatabaseCheck = () => Promise<{ ok: true } | { ok: false; reason: string }>

/**
 * A cheap round trip through the database adapter (works for SQLite and MongoDB alike),
 * bounded so a hung database makes /healthz answer 503 instead of hanging too.
 */
export const databaseCheck =
  (payload: Payload, timeoutMs = 2_000): DatabaseCheck =>
  async () => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    })
    try {
      await Promise.race([payload.db.count({ collection: 'areas', where: {} }), timeout])
      return { ok: true }
    } catch (error) {
      return { ok: false, reason: `database unreachable: ${(error as Error).message}` }
    } finally {
      clearTimeout(timer)
    }
  }
