import type { Endpoint, PayloadHandler } from 'payload'

/**
 * `GET /api/access` answers with the permission map of whoever asks: for a visitor who is not
 * logged in that was the whole map, every collection and field with its rules, a floor plan of
 * the data for anyone. The admin asks for it only once someone is logged in (its login page is
 * rendered on the server), so a visitor gets the least: no admin, nothing readable listed.
 */
export const narrowAnonymousAccess = (endpoints: Endpoint[]): Endpoint[] =>
  endpoints.map((e) => {
    if (e.path !== '/access' || e.method !== 'get') return e
    const full: PayloadHandler = e.handler
    const handler: PayloadHandler = (req) =>
      req.user ? full(req) : Response.json({ canAccessAdmin: false, collections: {}, globals: {} })
    return { ...e, handler }
  })
