import { PROFILE_FILES, PROFILE_VERSION } from './meta'

/**
 * The Meedoen profile's patch to HSDS 3.0 `openapi.json`: the API's name and version in place of
 * the template's placeholders (a site's contact and licence are not known here, so those go),
 * and the profile's own two endpoints.
 */
const json = (description: string, schema: Record<string, unknown>) => ({
  description,
  content: { 'application/json': { schema } },
})

const profileIndexSchema = {
  type: 'object',
  required: ['name', 'version', 'uri', 'files'],
  properties: {
    name: { type: 'string' },
    version: { type: 'string', description: 'The profile’s version (semver).' },
    uri: { type: 'string', format: 'uri' },
    hsds_version: { type: 'string' },
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'url', 'base'],
        properties: {
          name: { type: 'string' },
          description: { type: 'string' },
          url: { type: 'string', format: 'uri', description: 'The patch.' },
          base: { type: 'string', format: 'uri', description: 'The HSDS file it patches.' },
        },
      },
    },
  },
}

export const openapiPatch = {
  info: {
    title: 'Meedoen HSDS API',
    summary:
      'The activities and openings of a Meedoen directory as HSDS 3.0 services, in the Meedoen profile.',
    description:
      'Open Referral’s Human Services Data Specification 3.0, with the fields of the Meedoen profile (GET /profile). Public data only; texts are in Dutch.',
    version: PROFILE_VERSION,
    contact: null,
    license: null,
  },
  paths: {
    '/profile': {
      get: {
        summary: 'The Meedoen profile: its version and its files.',
        description:
          'The profile’s canonical resource: its name and version, and for each of its files the patch’s URL and the HSDS 3.0 file it patches (JSON Merge Patch, RFC 7396).',
        operationId: 'getProfile',
        responses: { '200': json('The profile.', profileIndexSchema) },
      },
    },
    '/profile/{file}': {
      parameters: [
        {
          in: 'path',
          name: 'file',
          required: true,
          description: 'The file’s name, as in HSDS.',
          schema: { type: 'string', enum: [...PROFILE_FILES] },
        },
      ],
      get: {
        summary: 'One file of the profile: a JSON Merge Patch of the HSDS 3.0 file of that name.',
        operationId: 'getProfileFile',
        responses: {
          '200': json('The patch.', { type: 'object' }),
          '404': { description: 'Not a file of the profile.' },
        },
      },
    },
  },
}
