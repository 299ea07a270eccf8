import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

type TransactionID = number | string

/**
 * Payload 3.90.2's forgot-password first writes a "reset requested at" mark with
 * `db.updateOne({ options: { atomic: true } })` on a copy of the request stripped of its
 * transaction, while that request's own transaction is open (and holds SQLite's only write
 * lock: BEGIN IMMEDIATE). That write waits on its own request, so every forgot-password answered
 * 500 "database is locked". On SQLite such an atomic write joins the open transaction instead.
 *
 * Transactions are serialised in the process (serializeTransactions), so the open one is the
 * caller's own. What changes: if the request fails later, the mark is rolled back with it, so
 * a failed request does not count against the one-request-per-interval rule.
 */
export const joinOpenTransaction = (
  db: Pick<BaseDatabaseAdapter, 'updateOne'>,
  openTransaction: () => TransactionID | undefined,
): void => {
  const updateOne = db.updateOne.bind(db)
  db.updateOne = (args) => {
    const open = openTransaction()
    const req = args.req as PayloadRequest | undefined
    if (!args.options?.atomic || !req || req.transactionID || open === undefined)
      return updateOne(args)
    const joined = new Proxy(req, {
      get: (target, key): unknown =>
        key === 'transactionID' ? open : Reflect.get(target, key, target),
    })
    return updateOne({ ...args, req: joined })
  }
}
