import { AsyncLocalStorage } from 'node:async_hooks'

import type { FormLimiters } from './formRateLimit'
import type { LoginThrottle } from './loginThrottle'

/** The limits of one express app, shared by its own form routes and Payload's operations. */
export interface RequestLimits {
  login: LoginThrottle
  forms: FormLimiters
}

/** Who is asking, as express saw it (behind `trust proxy`), for hooks deep inside Payload. */
export interface ClientContext {
  ip: string
  limits: RequestLimits
}

// On globalThis: Next's bundle may load its own copy of this module, and both copies must
// see the store the express app filled.
const KEY = Symbol.for('meedoen.clientContext')
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<ClientContext> | undefined>
const storage = (holder[KEY] ??= new AsyncLocalStorage<ClientContext>())

/** Runs the rest of the request (Next, Payload) knowing the client and the app's limits. */
export const runForClient = <T>(context: ClientContext, fn: () => T): T => storage.run(context, fn)

/** The client of the request being handled, or undefined outside one (scripts, Local API in tests). */
export const currentClient = (): ClientContext | undefined => storage.getStore()
