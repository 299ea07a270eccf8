/**
 * The libsql client (embedded SQLite) as our transaction layer needs it. libsql runs a
 * transaction on the client's current connection and opens a fresh connection for whatever
 * comes next, so a PRAGMA run once at start reaches only the first connection. Every fresh
 * connection gets ours here, and every transaction's COMMIT error is kept so the caller can see it.
 */
export interface LibsqlTransaction {
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
}

export interface LibsqlClient {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: 'write' | 'read' | 'deferred') => Promise<LibsqlTransaction>
}

/**
 * Per connection:
 * - `synchronous = FULL`: a COMMIT returns only once the WAL is on disk, so an acknowledged
 *   save survives a power cut too (SQLite's default here; stated so no connection differs).
 * - `secure_delete`: SQLite otherwise leaves deleted rows readable in free pages, so a person's
 *   erased name and e-mail stayed in the file (and in every backup).
 * - a short `busy_timeout`: the driver is synchronous, so a long timeout would freeze the whole
 *   process while another process holds the write lock. Waiting longer is done without blocking,
 *   by retrying BEGIN (serializeTransactions).
 */
const BUSY_TIMEOUT_MS = 100
const PRAGMAS = [
  'PRAGMA synchronous = FULL',
  'PRAGMA secure_delete = ON',
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
]

export interface ConnectionWatch {
  /** The transaction libsql began most recently (transactions are serialised: the current one). */
  latest: () => LibsqlTransaction | undefined
  /** The error its COMMIT threw, if it threw. */
  commitFailure: (transaction: LibsqlTransaction) => unknown
}

const configure = async (client: LibsqlClient): Promise<void> => {
  for (const pragma of PRAGMAS) await client.execute(pragma)
}

export const watchConnections = async (client: LibsqlClient): Promise<ConnectionWatch> => {
  const failures = new WeakMap<LibsqlTransaction, unknown>()
  let latest: LibsqlTransaction | undefined
  const begin = client.transaction.bind(client)
  client.transaction = async (mode) => {
    const transaction = await begin(mode)
    // The client's next statement opens a new connection: configure it before anyone uses it.
    try {
      await configure(client)
    } catch (error) {
      await transaction.rollback().catch(() => undefined)
      throw error
    }
    const commit = transaction.commit.bind(transaction)
    transaction.commit = async () => {
      try {
        await commit()
      } catch (error) {
        failures.set(transaction, error)
        throw error
      }
    }
    latest = transaction
    return transaction
  }
  await configure(client)
  return { latest: () => latest, commitFailure: (transaction) => failures.get(transaction) }
}
