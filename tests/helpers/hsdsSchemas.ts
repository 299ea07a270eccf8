import fs from 'node:fs'
import path from 'node:path'

import { Ajv, type ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { apply } from 'json-merge-patch'

import { PROFILE_PATCHES } from '../../src/lib/hsds/profile'

/**
 * The official HSDS 3.0 JSON schemas (Open Referral, CC BY-SA 4.0), read from ../shared/data
 * beside the project, never copied into it; and the same schemas with the Meedoen profile's
 * patches merged onto them (JSON Merge Patch, RFC 7396), as the profile says to. The entity
 * schemas refer to each other by file name, so each is registered under its file name; ajv
 * needs `strict: false` for their extra keywords (`name`, `path`, `datapackage_metadata`, …).
 */
const ROOT = path.resolve(process.cwd(), '../shared/data/hsds-3.0/schema')

type Schema = Record<string, unknown>

/** A canonical HSDS file (`service.json`, `compiled/service_list.json`, `openapi.json`, …). */
export const canonicalSchema = (file: string): Schema =>
  JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Schema

/** The entity schemas, by file name (not the API's openapi.json). */
export const entityFiles = (): string[] =>
  fs.readdirSync(ROOT).filter((f) => f.endsWith('.json') && f !== 'openapi.json')

/**
 * The profile's patch for a canonical file, if it has one. A compiled list schema
 * (`compiled/service_list.json`) is its object's schema with fewer children, so it takes the
 * object's patch.
 */
export const profilePatchFor = (file: string): Schema | undefined =>
  (PROFILE_PATCHES as Record<string, Schema>)[path.basename(file).replace(/_list\.json$/, '.json')]

/** A canonical file with the profile's patch merged onto it (a fresh copy each time). */
export const profileSchema = (file: string): Schema => {
  const patch = profilePatchFor(file)
  const base = canonicalSchema(file)
  return patch ? apply(base, structuredClone(patch)) : base
}

const SCHEMAS = {
  service: 'service.json',
  organization: 'organization.json',
  taxonomy: 'taxonomy.json',
  schedule: 'schedule.json',
  attribute: 'attribute.json',
  serviceAtLocation: 'service_at_location.json',
  serviceAtLocationListItem: 'compiled/service_at_location_list.json',
  taxonomyTerm: 'taxonomy_term.json',
  serviceListItem: 'compiled/service_list.json',
  organizationListItem: 'compiled/organization_list.json',
  page: 'extracted/page.json',
  apiRoot: 'extracted/api_root.json',
} as const
export type HsdsSchemaName = keyof typeof SCHEMAS

/** Each schema compiled by one ajv, the entity files registered under their names. */
const compileAll = (ajv: Ajv | Ajv2020, read: (file: string) => Schema) => {
  addFormats(ajv)
  for (const file of entityFiles()) ajv.addSchema(read(file), file)
  const compiled = (file: string): ValidateFunction =>
    file.includes('/') ? ajv.compile(read(file)) : ajv.getSchema(file)!
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, file]) => [name, compiled(file)]),
  ) as Record<HsdsSchemaName, ValidateFunction>
}

const errorsWith = (validate: ValidateFunction, value: unknown, prefix = '') =>
  validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${prefix}${e.instancePath} ${e.message}`)

/**
 * `errorsOf(schema, value)`: the errors of `value` against the canonical HSDS 3.0 schema and
 * against the Meedoen profile's schema (those start with "profile:"), empty when valid on both,
 * readable in a failed assertion. `profileErrorsOf` checks the profile's schema only.
 */
export const hsdsValidator = () => {
  const canonical = compileAll(new Ajv({ strict: false, allErrors: true }), (file) => {
    const schema = canonicalSchema(file)
    // The two extracted files name draft 2020-12; their keywords are the same in draft-07.
    delete schema.$schema
    return schema
  })
  // The profile's schemas are draft 2020-12, as HSDS profiles must give.
  const profile = compileAll(new Ajv2020({ strict: false, allErrors: true }), profileSchema)
  const profileErrorsOf = (schema: HsdsSchemaName, value: unknown) =>
    errorsWith(profile[schema], value, 'profile: ')
  const errorsOf = (schema: HsdsSchemaName, value: unknown) => [
    ...errorsWith(canonical[schema], value),
    ...profileErrorsOf(schema, value),
  ]
  return { errorsOf, profileErrorsOf }
}
