import {
  HSDS_SCHEMA_BASE,
  PROFILE_FILES,
  PROFILE_VERSION,
  profileURI,
  type ProfileFile,
} from './meta'
import { openapiPatch } from './openapi'
import { servicePatch } from './service'

/**
 * The Meedoen profile of HSDS 3.0 (docs/hsds-profile.md): JSON Merge Patches (RFC 7396) of the
 * canonical HSDS files, served at `/api/hsds/profile/<file>`, and the index at
 * `/api/hsds/profile` that is the profile's URI.
 */
export { PROFILE_FILES, PROFILE_VERSION, profileURI, type ProfileFile } from './meta'

export const PROFILE_PATCHES: Record<ProfileFile, Record<string, unknown>> = {
  'service.json': servicePatch,
  'openapi.json': openapiPatch,
}

const ABOUT: Record<ProfileFile, string> = {
  'service.json':
    'Adds meedoen_kind (required), meedoen_location_kind, meedoen_ladder_rungs and meedoen_low_threshold to a service, and says what assured_date means in Meedoen.',
  'openapi.json':
    'Names the API and adds the profile’s own endpoints, /profile and /profile/{file}.',
}

export const isProfileFile = (name: string): name is ProfileFile =>
  (PROFILE_FILES as readonly string[]).includes(name)

/** The profile's canonical resource: what it is, its version, and where its files are. */
export const profileIndex = (serverURL: string) => {
  const uri = profileURI(serverURL)
  return {
    name: 'Meedoen HSDS profile',
    version: PROFILE_VERSION,
    uri,
    description:
      'The Meedoen profile of the Human Services Data Specification 3.0: what a listing is (an activity or a kind of opening), where an activity happens, the rungs of the participation ladder (participatieladder) it suits and what makes it easy to join (laagdrempelig). Each file is a JSON Merge Patch (RFC 7396) of the HSDS 3.0 file of the same name; merged onto it, it gives the profile’s JSON Schema (draft 2020-12) or OpenAPI 3.1 document.',
    hsds_version: '3.0',
    files: PROFILE_FILES.map((name) => ({
      name,
      description: ABOUT[name],
      url: `${uri}/${name}`,
      base: `${HSDS_SCHEMA_BASE}${name}`,
    })),
    attribution:
      'Based on the Human Services Data Specification: an Open Referral resource (https://openreferral.org/), CC BY-SA 4.0.',
  }
}
