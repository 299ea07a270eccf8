import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload 3.90's local strategy: new hashes carry this prefix (600,000 iterations, 32 bytes);
// older ones have none (25,000 iterations, 512 bytes).
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const parameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { stored: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

/** Whether `password` is the one stored as `salt` + `hash`, compared in constant time. */
export const passwordMatches = async (
  password: string,
  salt: unknown,
  hash: unknown,
): Promise<boolean> => {
  if (typeof salt !== 'string' || typeof hash !== 'string') return false
  const { stored, iterations, keyLength } = parameters(hash)
  const computed = await pbkdf2(password, salt, iterations, keyLength, 'sha256')
  const expected = Buffer.from(stored, 'hex')
  return computed.length === expected.length && crypto.timingSafeEqual(computed, expected)
}

/** The work of checking a password against a current-style hash, for an account that does not exist. */
export const hashNothing = async (password: string): Promise<void> => {
  await pbkdf2(password, crypto.randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}
