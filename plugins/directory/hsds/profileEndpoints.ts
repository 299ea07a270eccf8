import type { Endpoint } from 'payload'

import { isProfileFile, PROFILE_PATCHES, profileIndex } from '../../../src/lib/hsds/profile'
import { CACHE, notFound, siteFor } from './respond'

/**
 * The Meedoen profile of HSDS 3.0 (src/lib/hsds/profile): `/api/hsds/profile`, its canonical
 * resource (the URI `GET /api/hsds` names), and each of its patches at `/api/hsds/profile/<file>`.
 */
const index: Endpoint = {
  path: '/hsds/profile',
  method: 'get',
  handler: (req) => Response.json(profileIndex(siteFor(req).serverURL), { headers: CACHE }),
}

const file: Endpoint = {
  path: '/hsds/profile/:file',
  method: 'get',
  handler: (req) => {
    const name = req.routeParams?.file
    if (typeof name !== 'string' || !isProfileFile(name)) return notFound(req)
    return Response.json(PROFILE_PATCHES[name], { headers: CACHE })
  },
}

export const profileEndpoints: Endpoint[] = [index, file]
