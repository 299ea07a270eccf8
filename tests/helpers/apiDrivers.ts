import { handleEndpoints, type Payload, type TypedUser } from 'payload'

/** A logged-in (or anonymous) actor: the user document and, for REST, its token. */
export interface Actor {
  name: string
  user: TypedUser | null
  token?: string
}

export type Outcome = { ok: true; doc?: Record<string, unknown> } | { ok: false; status: number }
type Data = Record<string, unknown>

/**
 * One interface over the Local API (`overrideAccess: false`) and REST (Payload's own
 * handlers, the ones Next mounts), so the access matrix can run the same table through both.
 */
export interface ApiDriver {
  name: 'local' | 'rest'
  findIDs: (actor: Actor, collection: string) => Promise<string[]>
  findByID: (actor: Actor, collection: string, id: string) => Promise<Outcome>
  create: (actor: Actor, collection: string, data: Data) => Promise<Outcome>
  update: (actor: Actor, collection: string, id: string, data: Data) => Promise<Outcome>
  remove: (actor: Actor, collection: string, id: string) => Promise<Outcome>
  findVersions: (actor: Actor, collection: string, parent: string) => Promise<Outcome>
}

/**
 * Payload's Local API operations, called with a collection slug chosen at run time (the generated
 * types want a literal slug per call). `R` is what each call resolves to.
 */
export type UntypedLocalApi<R = Record<string, unknown>> = Record<
  'find' | 'findByID' | 'create' | 'update' | 'delete' | 'findVersions',
  (args: Record<string, unknown>) => Promise<R>
>

export const attempt = async (run: () => Promise<unknown>): Promise<Outcome> => {
  try {
    return { ok: true, doc: (await run()) as Record<string, unknown> }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (typeof status !== 'number') throw error
    return { ok: false, status }
  }
}

export const localDriver = (payload: Payload): ApiDriver => {
  const as = (actor: Actor) => ({ overrideAccess: false as const, user: actor.user, depth: 0 })
  const p = payload as unknown as UntypedLocalApi
  return {
    name: 'local',
    findIDs: async (actor, collection) => {
      const res = await p
        .find({ collection, ...as(actor), pagination: false })
        .catch((error: { status?: number }) => {
          if (error.status === 403) return { docs: [] }
          throw error
        })
      return (res.docs as { id: unknown }[]).map((d) => String(d.id)).sort()
    },
    findByID: (actor, collection, id) =>
      attempt(() => p.findByID({ collection, id, ...as(actor) })),
    create: (actor, collection, data) =>
      attempt(() =>
        p.create({ collection, data, draft: data._status !== 'published', ...as(actor) }),
      ),
    update: (actor, collection, id, data) =>
      attempt(() =>
        p.update({ collection, id, data, draft: data._status === 'draft', ...as(actor) }),
      ),
    remove: (actor, collection, id) => attempt(() => p.delete({ collection, id, ...as(actor) })),
    findVersions: (actor, collection, parent) =>
      attempt(() =>
        p.findVersions({ collection, where: { parent: { equals: parent } }, ...as(actor) }),
      ),
  }
}

/** One REST request through Payload's handlers (as Next runs them), as the actor; `extra` headers such as Accept-Language. */
export const restRequest = async (
  payload: Payload,
  actor: Actor,
  method: string,
  path: string,
  body?: Data,
  extra: Record<string, string> = {},
): Promise<{ status: number; json: Data }> => {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra }
  if (actor.token) headers.authorization = `JWT ${actor.token}`
  const request = new Request(`http://localhost/api${path}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  })
  const res = await handleEndpoints({ config: payload.config, request })
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Data }
}

export const restDriver = (payload: Payload): ApiDriver => {
  const call = (actor: Actor, method: string, path: string, body?: Data) =>
    restRequest(payload, actor, method, path, body)
  const outcome = ({ status, json }: { status: number; json: Data }, key?: string): Outcome =>
    status < 300 ? { ok: true, doc: (key ? json[key] : json) as Data } : { ok: false, status }
  return {
    name: 'rest',
    findIDs: async (actor, collection) => {
      const { status, json } = await call(actor, 'GET', `/${collection}?limit=100&depth=0`)
      // A collection the actor may not read at all is refused; that is "sees nothing".
      if (status === 403) return []
      if (status !== 200) throw new Error(`GET /${collection} answered ${status}`)
      return (json.docs as { id: unknown }[]).map((d) => String(d.id)).sort()
    },
    findByID: async (actor, collection, id) =>
      outcome(await call(actor, 'GET', `/${collection}/${id}?depth=0`)),
    create: async (actor, collection, data) =>
      outcome(
        await call(
          actor,
          'POST',
          `/${collection}?depth=0${data._status === 'published' ? '' : '&draft=true'}`,
          data,
        ),
        'doc',
      ),
    update: async (actor, collection, id, data) =>
      outcome(
        await call(
          actor,
          'PATCH',
          `/${collection}/${id}?depth=0${data._status === 'draft' ? '&draft=true' : ''}`,
          data,
        ),
        'doc',
      ),
    remove: async (actor, collection, id) =>
      outcome(await call(actor, 'DELETE', `/${collection}/${id}`), 'doc'),
    findVersions: async (actor, collection, parent) =>
      outcome(await call(actor, 'GET', `/${collection}/versions?where[parent][equals]=${parent}`)),
  }
}
