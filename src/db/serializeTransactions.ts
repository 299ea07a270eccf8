import type { BaseDatabaseAdapter, Payload } from 'payload'

import { joinOpenTransaction } from './joinOpenTransaction'
import {
  type ConnectionWatch,
  type LibsqlClient,
  type LibsqlTransaction,
  watchConnections,
} from './sqliteConnections'
import { databaseUnavailable } from './unavailable'

type TransactionID =
  number | string | null | undefined | Promise<number | string | null | undefined>
type Adapter = Pick<
  BaseDatabaseAdapter,
  'beginTransaction' | 'commitTransaction' | 'rollbackTransaction' | 'updateOne'
> & {
  client?: unknown
  payload?: Payload
}

/**
 * SQLite has one writer. With transactions on, Payload's SQLite adapter opens each transaction
 * on its own connection, and a second concurrent `BEGIN IMMEDIATE` fails at once with
 * SQLITE_BUSY. This lets one transaction run at a time in the process and queues the rest, so
 * concurrent saves wait instead of failing.
 *
 * The rule that comes with it: inside a hook, every Local API call passes `req`, so it joins the
 * open transaction instead of queueing behind it (which would wait forever).
 */
const isBusy = (error: unknown) => /SQLITE_BUSY/.test(String((error as Error)?.message ?? error))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * How long a write may wait for the write lock, counted from when it asked (its place in the
 * process's queue included): another process (a seed, an import, a stuck tool) may hold the
 * lock for a while. After that the write is refused with 503 rather than hanging the request.
 */
export const BEGIN_WAIT_MS = 20_000

/**
 * A failed BEGIN taints its connection: libsql (0.14) leaves the statement in progress, and a
 * later COMMIT on that connection fails with "SQL statements in progress" (which Payload
 * swallowed: the save was answered as stored). The same holds for SQLITE_BUSY_SNAPSHOT, where the
 * connection keeps an old read snapshot. So after every failed BEGIN the connection is handed
 * over: a deferred BEGIN (which takes no lock) makes libsql give it away and open a fresh one
 * for the next use; the old one is rolled back.
 */
const renewConnection = async (client: LibsqlClient): Promise<void> => {
  try {
    const stale = await client.transaction('deferred')
    await stale.rollback().catch(() => undefined)
    stale.close()
  } catch {
    // Nothing to renew: the next attempt will tell.
  }
}

/** Whether the write lock is free right now, asked quietly (Payload logs every failed BEGIN as an error). */
const lockIsFree = async (client: LibsqlClient): Promise<boolean> => {
  try {
    const probe = await client.transaction('write')
    await probe.rollback()
    probe.close()
    return true
  } catch (error) {
    await renewConnection(client)
    if (!isBusy(error)) throw error
    return false
  }
}

const beginWhenFree = async <T>(
  begin: () => Promise<T>,
  client: LibsqlClient | undefined,
  deadline: number,
): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await begin()
    } catch (error) {
      if (client) await renewConnection(client)
      if (!isBusy(error) || !client) throw error
      for (;;) {
        if (Date.now() >= deadline) throw error
        await sleep(Math.min(5 + attempt++ * 10, 200))
        if (await lockIsFree(client)) break
      }
    }
  }
}

/** Waits for this transaction's turn in the process; returns what ends the turn. */
const takeTurn = async (queue: { tail: Promise<void> }): Promise<() => void> => {
  let release!: () => void
  const turn = new Promise<void>((resolve) => (release = resolve))
  const previous = queue.tail
  queue.tail = previous.then(() => turn)
  await previous
  return release
}

/**
 * Payload 3.90.2 (@payloadcms/drizzle's commitTransaction, and the promise its beginTransaction
 * keeps) swallows a failed COMMIT on SQLite: a full disk or an I/O error answered 201 while
 * nothing was stored. libsql has rolled the transaction back by then; this refuses the write.
 */
const refuseFailedCommit = async (
  watch: Promise<ConnectionWatch | undefined>,
  transaction: LibsqlTransaction | undefined,
  logError: (err: unknown, msg: string) => void,
) => {
  const failure = transaction ? (await watch)?.commitFailure(transaction) : undefined
  if (!failure) return
  logError(
    failure,
    `COMMIT failed, nothing of this write was stored: ${(failure as Error)?.message}`,
  )
  throw databaseUnavailable()
}

/** The watch over the client's connections (none without a libsql client). */
const watchOf = (client: LibsqlClient | undefined): Promise<ConnectionWatch | undefined> => {
  const watch = client ? watchConnections(client) : Promise.resolve(undefined)
  // A failure here reaches every write through beginTransaction; this only keeps it handled.
  watch.catch(() => undefined)
  return watch
}

export const serializeTransactions = (db: Adapter): void => {
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db) as (id: TransactionID) => Promise<void>
  const rollback = db.rollbackTransaction.bind(db) as (id: TransactionID) => Promise<void>
  const client = db.client as LibsqlClient | undefined
  const watch = watchOf(client)
  const releases = new Map<number | string, () => void>()
  const transactions = new Map<number | string, LibsqlTransaction | undefined>()
  const queue = { tail: Promise.resolve() }
  const logError = (err: unknown, msg: string) => db.payload?.logger.error({ err, msg })

  db.beginTransaction = async (options) => {
    const deadline = Date.now() + BEGIN_WAIT_MS
    const connections = await watch
    const release = await takeTurn(queue)
    try {
      const id = await beginWhenFree(() => begin(options), client, deadline)
      if (id === null || id === undefined) release()
      else {
        releases.set(id, release)
        transactions.set(id, connections?.latest())
      }
      return id
    } catch (error) {
      release()
      logError(
        error,
        `A write could not start (the database is busy or cannot write): ${(error as Error)?.message}`,
      )
      throw databaseUnavailable()
    }
  }

  const finish = (id: number | string | null | undefined) => {
    if (id === null || id === undefined) return undefined
    const transaction = transactions.get(id)
    releases.get(id)?.()
    releases.delete(id)
    transactions.delete(id)
    return transaction
  }

  db.commitTransaction = async (incoming) => {
    const id = await incoming
    let transaction: LibsqlTransaction | undefined
    try {
      await commit(id)
    } finally {
      transaction = finish(id)
    }
    await refuseFailedCommit(watch, transaction, logError)
  }

  db.rollbackTransaction = async (incoming) => {
    const id = await incoming
    try {
      await rollback(id)
    } finally {
      finish(id)
    }
  }

  joinOpenTransaction(db, () => releases.keys().next().value)
}
