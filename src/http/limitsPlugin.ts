import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Config,
  type PayloadRequest,
} from 'payload'

import { inLanguage } from '../../collections/fields/inLanguage'
import { currentClient } from './clientContext'
import { type FormKind, PUBLIC_CREATES } from './formRateLimit'
import { type LoginTicket, tooManyLoginsMessage } from './loginThrottle'

/** Payload has made `req.i18n` before any operation's hook runs, so the request's language is known. */
const tooManySubmissions = (req: PayloadRequest): string =>
  inLanguage(
    req,
    'Te veel berichten. Probeer het later opnieuw.',
    'Too many submissions. Please try again later.',
  )

const refuse = (req: PayloadRequest, wait: number, message: string) => {
  // Payload copies req.responseHeaders onto the error response.
  req.responseHeaders = new Headers({ 'Retry-After': String(wait), 'Cache-Control': 'no-store' })
  return new APIError(message, 429, null, true)
}

/** The client of a request from outside (REST through the express app); the Local API is the server's own. */
const outsideClient = (req: PayloadRequest) =>
  req.payloadAPI === 'local' ? undefined : currentClient()

const emailOf = (data: unknown): string | undefined => {
  const email = (data as { email?: unknown } | undefined)?.email
  // The same normalisation as Payload's login, so every spelling of an address shares one budget.
  return typeof email === 'string' && email.trim() ? email.toLowerCase().trim() : undefined
}

const TICKET = 'meedoenLoginTicket'

/** Which budget an operation on users draws from, and for which address. */
const attemptOf = (operation: string, args: unknown, req: PayloadRequest) => {
  const { data, id } = args as { data?: { password?: unknown }; id?: unknown }
  if (operation === 'login') return { kind: 'login' as const, account: emailOf(data) }
  if (operation === 'forgotPassword') return { kind: 'forgot' as const, account: emailOf(data) }
  if (operation === 'resetPassword') return { kind: 'reset' as const, account: undefined }
  // A new password for your own account is checked against the current one: guessing that
  // counts as guessing a login.
  const own =
    req.user &&
    (typeof id === 'string' || typeof id === 'number') &&
    String(id) === String(req.user.id)
  if (operation === 'update' && own && typeof data?.password === 'string' && data.password !== '')
    return { kind: 'login' as const, account: emailOf(req.user) }
  return undefined
}

const throttleAuth: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const client = outsideClient(req)
  const attempt = client && attemptOf(operation, args, req)
  if (!client || !attempt) return args
  const result = await client.limits.login.attempt(attempt.kind, client.ip, attempt.account)
  if ('wait' in result) throw refuse(req, result.wait, tooManyLoginsMessage(req, result.wait))
  req.context[TICKET] = result.ticket
  return args
}

const giveBackOnSuccess: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const ticket = req.context[TICKET] as LoginTicket | undefined
  const client = outsideClient(req)
  if (!ticket || !client) return result
  // A password change by id ends as 'updateByID'.
  if (['login', 'update', 'updateByID'].includes(operation))
    await client.limits.login.succeeded(ticket)
  if (operation === 'resetPassword') {
    // The reset proved the owner has the mailbox: this IP now counts as theirs.
    const email = emailOf((result as { user?: unknown } | undefined)?.user)
    await client.limits.login.succeeded({ ...ticket, account: email })
  }
  return result
}

const throttleCreate =
  (kind: FormKind): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const client = outsideClient(req)
    if (!client || operation !== 'create') return args
    const wait = await client.limits.forms[kind].take(client)
    if (wait !== null) throw refuse(req, wait, tooManySubmissions(req))
    return args
  }

const withHooks = (collection: CollectionConfig): CollectionConfig => {
  const kind = PUBLIC_CREATES[collection.slug]
  const first = collection.slug === 'users' ? throttleAuth : kind ? throttleCreate(kind) : undefined
  if (!first) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      // First, so a refused request costs no database work.
      beforeOperation: [first, ...(hooks.beforeOperation ?? [])],
      afterOperation:
        collection.slug === 'users'
          ? [...(hooks.afterOperation ?? []), giveBackOnSuccess]
          : hooks.afterOperation,
    },
  }
}

/**
 * The request limits where Payload runs the operation, so no spelling of a path (encoded,
 * doubled slashes, other case) and no other route to login, password reset or the public
 * creates can walk around them. Budgets come from the express app that received the request
 * (see clientContext); requests that did not come through it (scripts, tests) are not limited.
 */
export const limitsPlugin =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withHooks),
  })
