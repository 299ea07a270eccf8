import type { Payload } from 'payload'

/** Where the plugin notes the slugs of the host's people and uploads on the config (server-side `custom`). */
export const HOST_SLUGS_KEY = 'meedoenDirectorySlugs'

type HostSlugs = { users: string; media: string }

/** The collections that hold the site's people and its uploads (the plugin's `users` and `media` options). */
export const hostSlugs = (payload: Payload): HostSlugs => {
  const noted: unknown = payload.config.custom?.[HOST_SLUGS_KEY]
  const slugs = noted && typeof noted === 'object' ? (noted as Partial<HostSlugs>) : {}
  return { users: slugs.users ?? 'users', media: slugs.media ?? 'media' }
}
