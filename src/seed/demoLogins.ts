import { DEMO_USERS } from './data/users'

/** One line per demo login, for the start-up message and the README. */
export const demoLoginLines = (): string[] => {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length))
  return DEMO_USERS.map((u) => `${u.email.padEnd(width)}  ${u.password.padEnd(18)}  ${u.purpose}`)
}
