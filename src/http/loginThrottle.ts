import { inLanguage, type WithI18n } from '../../collections/fields/inLanguage'
import { formRateLimit, type FormRateLimiter, type FormRateLimitOptions } from './formRateLimit'

export interface LoginThrottleOptions {
  /** Failed logins, reset requests and reset attempts allowed per client IP (all accounts together). */
  perIP: { failures: number; durationSeconds: number }
  /** Failed logins allowed per account from all IPs together (the address typed, whether or not it exists). */
  perAccount: { failures: number; durationSeconds: number }
  /** Password-reset e-mails per address typed. */
  resetMails: { failures: number; durationSeconds: number }
  /** How long an IP that logged in to an account is exempt from that account's own limit. */
  knownClientDays: number
}

const LOGIN_THROTTLE: LoginThrottleOptions = {
  perIP: { failures: 10, durationSeconds: 15 * 60 },
  perAccount: { failures: 10, durationSeconds: 15 * 60 },
  resetMails: { failures: 3, durationSeconds: 60 * 60 },
  knownClientDays: 30,
}

type LoginAttemptKind = 'login' | 'forgot' | 'reset'

/** What an attempt took, so a success can give it back. */
export interface LoginTicket {
  ip: string
  account?: string
  tookAccountPoint: boolean
}

export interface LoginThrottle {
  /** Takes the points of one attempt before it runs: a ticket, or the seconds to wait (429). */
  attempt: (
    kind: LoginAttemptKind,
    ip: string,
    account?: string,
  ) => Promise<{ ticket: LoginTicket } | { wait: number }>
  /** A login or reset that worked: its points come back and this IP is known for the account. */
  succeeded: (ticket: LoginTicket) => Promise<void>
}

const MAX_KNOWN_CLIENTS = 50_000

/**
 * Throttling instead of locking: a stranger cannot lock anyone out. Guessing is slowed per IP
 * and per account; only failures count (a success gives its points back). The per-account
 * budget stops a guesser spread over many IPs, and the owner still gets in from an IP where
 * they logged in before, or after resetting the password by e-mail. Every answer depends only
 * on the address typed, never on whether that account exists. In memory, per process.
 */
export const loginThrottle = (options: LoginThrottleOptions = LOGIN_THROTTLE): LoginThrottle => {
  const budget = (o: { failures: number; durationSeconds: number }) =>
    formRateLimit({
      points: o.failures,
      durationSeconds: o.durationSeconds,
    } satisfies FormRateLimitOptions)
  const perIP = budget(options.perIP)
  const perAccount = budget(options.perAccount)
  const resetMails = budget(options.resetMails)
  // Insertion-ordered: the oldest entry is dropped first when full.
  const known = new Map<string, number>()
  const knownKey = (account: string, ip: string) => `${account}\n${ip}`
  const isKnown = (account: string, ip: string) =>
    (known.get(knownKey(account, ip)) ?? 0) > Date.now()

  return {
    attempt: async (kind, ip, account) => {
      const client = { ip }
      const budgets: [FormRateLimiter, string | undefined][] = []
      const tookAccountPoint = kind === 'login' && account !== undefined && !isKnown(account, ip)
      if (tookAccountPoint) budgets.push([perAccount, account])
      if (kind === 'forgot' && account) budgets.push([resetMails, account])
      budgets.push([perIP, undefined])
      // All or nothing: a refused attempt leaves no point taken.
      for (const [index, [limiter, key]] of budgets.entries()) {
        const wait = await limiter.take(client, key)
        if (wait === null) continue
        for (const [taken, takenKey] of budgets.slice(0, index))
          await taken.giveBack(client, takenKey)
        return { wait }
      }
      return { ticket: { ip, account, tookAccountPoint } }
    },
    succeeded: async (ticket) => {
      await perIP.giveBack({ ip: ticket.ip })
      if (!ticket.account) return
      if (ticket.tookAccountPoint) await perAccount.giveBack({ ip: ticket.ip }, ticket.account)
      const key = knownKey(ticket.account, ticket.ip)
      known.delete(key)
      known.set(key, Date.now() + options.knownClientDays * 24 * 60 * 60 * 1000)
      if (known.size > MAX_KNOWN_CLIENTS) known.delete(known.keys().next().value!)
    },
  }
}

/** The wording of a login 429 in the request's language, the same for every reason (IP or account) and every address. */
export const tooManyLoginsMessage = (req: WithI18n, retryAfterSeconds: number): string => {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return inLanguage(
    req,
    `Te veel mislukte pogingen om in te loggen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw, of vraag een nieuw wachtwoord aan.`,
    `Too many failed login attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, or ask for a new password.`,
  )
}
