import type { BaseDatabaseAdapter } from 'payload'

type TransactionID = number | string | null | undefined | Promise<number | string | null | undefined>

/**
 * SQLite has one writer. With transactions on, Payload's SQLite adapter opens each transaction
 * on its own connection, and a second concurrent `BEGIN IMMEDIATE` fails at once with
 * SQLITE_BUSY (those connections have no busy timeout). This lets one transaction run at a time
 * in the process and queues the rest, so concurrent saves wait instead of failing.
 *
 * The rule that comes with it: inside a hook, every Local API call passes `req`, so it joins the
 * open transaction instead of queueing behind it (which would wait forever).
 */
const isBusy = (error: unknown) => /SQLITE_BUSY/.test(String((error as Error)?.message ?? error))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A write outside any transaction (Payload does a few, e.g. for sessions) can still hold the
 * lock for a moment, and the transaction's fresh connection has no busy timeout: retry for up
 * to about 5 s, like the busy timeout of the main connection.
 */
const beginWithRetry = async <T>(begin: () => Promise<T>, client?: LibsqlClient): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await begin()
    } catch (error) {
      if (!isBusy(error) || attempt >= 50) throw error
      // SQLITE_BUSY_SNAPSHOT: libsql begins each transaction on its current connection, and that
      // connection still holds an old read snapshot, so retrying on it can never succeed. A
      // deferred BEGIN (which takes no snapshot) makes libsql hand that connection over and open a
      // fresh one for the next use; the old one is rolled back and closed.
      if (/BUSY_SNAPSHOT/.test(String((error as Error)?.message)) && client) await renewConnection(client)
      await sleep(Math.min(5 + attempt * 10, 200))
    }
  }
}

type LibsqlClient = { transaction: (mode: 'deferred') => Promise<{ rollback: () => Promise<void>; close: () => void }> }

const renewConnection = async (client: LibsqlClient): Promise<void> => {
  try {
    const stale = await client.transaction('deferred')
    await stale.rollback().catch(() => undefined)
    stale.close()
  } catch {
    // Nothing to renew: the retry will tell.
  }
}

export const serializeTransactions = (
  db: Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'> & { client?: unknown },
): void => {
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const releases = new Map<number | string, () => void>()
  let tail: Promise<void> = Promise.resolve()

  db.beginTransaction = async (options) => {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => turn)
    await previous
    try {
      const id = await beginWithRetry(() => begin(options), db.client as LibsqlClient | undefined)
      if (id === null || id === undefined) release()
      else releases.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  const ending =
    (end: (id: TransactionID) => Promise<void>) =>
    async (incoming: TransactionID): Promise<void> => {
      const id = await incoming
      try {
        await end(id)
      } finally {
        if (id !== null && id !== undefined) {
          releases.get(id)?.()
          releases.delete(id)
        }
      }
    }
  db.commitTransaction = ending(commit as (id: TransactionID) => Promise<void>)
  db.rollbackTransaction = ending(rollback as (id: TransactionID) => Promise<void>)
}
