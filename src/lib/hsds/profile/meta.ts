/**
 * The Meedoen profile of HSDS 3.0: its version (semver, its own, not HSDS's), where it lives on
 * a site, and the canonical HSDS files its patches apply to.
 */
export const PROFILE_VERSION = '1.0.0'

/** The profile's files: JSON Merge Patches named like the HSDS files they change. */
export const PROFILE_FILES = ['service.json', 'openapi.json'] as const
export type ProfileFile = (typeof PROFILE_FILES)[number]

/** The canonical HSDS 3.0 schema files (Open Referral), which the patches apply to. */
export const HSDS_SCHEMA_BASE =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/'

/** The profile's URI on a site: what `GET /api/hsds` names as its `profile`. */
export const profileURI = (serverURL: string): string =>
  `${serverURL.replace(/\/+$/, '')}/api/hsds/profile`
