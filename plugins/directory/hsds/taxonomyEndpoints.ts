import type { Endpoint, PayloadRequest } from 'payload'

import { readHsdsId } from '../../../src/lib/hsds/ids'
import { hsdsPageOf, pageOfAll } from '../../../src/lib/hsds/page'
import {
  THEMES_TAXONOMY,
  type ThemeRecord,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from '../../../src/lib/hsds/taxonomy'
import { publicReader } from './read'
import { CACHE, idParam, listResponse, notFound, pagingOf, siteFor } from './respond'

/** `/api/hsds/taxonomies` and `/api/hsds/taxonomy_terms`: the themes, as one taxonomy. */
const themes = async (req: PayloadRequest): Promise<ThemeRecord[]> =>
  (
    await req.payload.find({
      collection: 'themes',
      sort: 'id',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req: publicReader(req),
    })
  ).docs

const taxonomies: Endpoint = {
  path: '/hsds/taxonomies',
  method: 'get',
  handler: (req) => {
    const paging = pagingOf(req)
    if (paging instanceof Response) return paging
    const { site, serverURL } = siteFor(req)
    const all = [toHsdsTaxonomy(site, serverURL)]
    return Response.json(hsdsPageOf(all, paging), { headers: CACHE })
  },
}

const taxonomy: Endpoint = {
  path: '/hsds/taxonomies/:id',
  method: 'get',
  handler: (req) => {
    const { site, serverURL } = siteFor(req)
    const ref = readHsdsId(site, idParam(req))
    if (!ref || ref.kind !== 'taxonomies' || ref.id !== THEMES_TAXONOMY) return notFound(req)
    return Response.json(toHsdsTaxonomy(site, serverURL), { headers: CACHE })
  },
}

const terms: Endpoint = {
  path: '/hsds/taxonomy_terms',
  method: 'get',
  handler: async (req) => {
    const { site, serverURL } = siteFor(req)
    const all = (await themes(req)).map((t) => toHsdsTaxonomyTerm(site, serverURL, t))
    return listResponse(req, (paging) => Promise.resolve(pageOfAll(all, paging)))
  },
}

const term: Endpoint = {
  path: '/hsds/taxonomy_terms/:id',
  method: 'get',
  handler: async (req) => {
    const { site, serverURL } = siteFor(req)
    const ref = readHsdsId(site, idParam(req))
    const theme = ref?.kind === 'themes' ? (await themes(req)).find((t) => t.id === ref.id) : null
    if (!theme) return notFound(req)
    return Response.json(toHsdsTaxonomyTerm(site, serverURL, theme), { headers: CACHE })
  },
}

export const taxonomyEndpoints: Endpoint[] = [taxonomies, taxonomy, terms, term]
