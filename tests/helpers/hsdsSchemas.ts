import fs from 'node:fs'
import path from 'node:path'

import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/**
 * The official HSDS 3.0 JSON schemas (Open Referral, CC BY-SA 4.0), read from ../shared/data
 * beside the project, never copied into it. The entity schemas refer to each other by file
 * name, so each is registered under its file name; ajv needs `strict: false` for their extra
 * keywords (`name`, `path`, `datapackage_metadata`, …).
 */
const ROOT = path.resolve(process.cwd(), '../shared/data/hsds-3.0/schema')

const readJson = (file: string): Record<string, unknown> => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<
    string,
    unknown
  >
  // The two extracted files name draft 2020-12; their keywords are the same in draft-07.
  delete schema.$schema
  return schema
}

export const hsdsValidator = () => {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  for (const file of fs
    .readdirSync(ROOT)
    .filter((f) => f.endsWith('.json') && f !== 'openapi.json'))
    ajv.addSchema(readJson(file), file)
  const compiled = (file: string): ValidateFunction => ajv.compile(readJson(file))
  const schemas = {
    service: ajv.getSchema('service.json')!,
    organization: ajv.getSchema('organization.json')!,
    taxonomy: ajv.getSchema('taxonomy.json')!,
    schedule: ajv.getSchema('schedule.json')!,
    attribute: ajv.getSchema('attribute.json')!,
    serviceAtLocation: ajv.getSchema('service_at_location.json')!,
    serviceAtLocationListItem: compiled('compiled/service_at_location_list.json'),
    taxonomyTerm: ajv.getSchema('taxonomy_term.json')!,
    serviceListItem: compiled('compiled/service_list.json'),
    organizationListItem: compiled('compiled/organization_list.json'),
    page: compiled('extracted/page.json'),
    apiRoot: compiled('extracted/api_root.json'),
  }
  /** The errors of `value` against one schema (empty when valid), readable in a failed assertion. */
  const errorsOf = (schema: keyof typeof schemas, value: unknown) => {
    const validate = schemas[schema]
    return validate(value)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
  }
  return { errorsOf }
}
