import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { Field, SelectField } from 'payload'

import { activityFields } from '../../../collections/Activities/fields'
import {
  PROFILE_FILES,
  PROFILE_PATCHES,
  PROFILE_VERSION,
  profileIndex,
} from '../../../src/lib/hsds/profile'
import { LADDER_RUNGS, LISTING_KINDS, LOW_THRESHOLD } from '../../../src/lib/vocabulary'
import {
  canonicalSchema,
  entityFiles,
  profilePatchFor,
  profileSchema,
} from '../../helpers/hsdsSchemas'

/**
 * The Meedoen profile's patches (src/lib/hsds/profile): merged onto the canonical HSDS 3.0 files
 * (../shared/data/hsds-3.0) they give valid draft 2020-12 schemas; they only add and narrow;
 * their value sets are the directory's vocabulary. The API's answers: tests/int/hsdsProfile.test.ts.
 */
type Schema = Record<string, unknown> & { properties?: Record<string, Schema> }
const schemaPatches = PROFILE_FILES.filter((f) => f !== 'openapi.json')
const service = PROFILE_PATCHES['service.json'] as Schema
const own = service.properties!

/** Every value in a JSON document, with its path. */
const walk = (value: unknown, at = ''): [string, unknown][] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => [[`${at}/${k}`, v], ...walk(v, `${at}/${k}`)])
    : []

describe('the Meedoen profile: its patches merged onto HSDS 3.0', () => {
  test('each file patches an HSDS file of the same name and is plain JSON', () => {
    for (const file of PROFILE_FILES) {
      expect(fs.existsSync(path.resolve('../shared/data/hsds-3.0/schema', file))).toBe(true)
      expect(JSON.parse(JSON.stringify(PROFILE_PATCHES[file]))).toEqual(PROFILE_PATCHES[file])
    }
    expect(PROFILE_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
  })

  test('each merged schema is valid JSON Schema draft 2020-12 and compiles with the others', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    for (const file of entityFiles()) ajv.addSchema(profileSchema(file), file)
    const files = [...schemaPatches, 'compiled/service_list.json']
    for (const file of files) {
      const merged = profileSchema(file)
      expect({ file, valid: ajv.validateSchema(merged), errors: ajv.errors ?? null }).toEqual({
        file,
        valid: true,
        errors: null,
      })
      expect(() => ajv.compile(merged)).not.toThrow()
    }
    expect(profilePatchFor('compiled/service_list.json')).toBe(service)
  })

  test('the patches only add and narrow: nothing removed, no HSDS type or requirement changed', () => {
    const NARROWING = ['description', 'format', 'pattern', 'minimum', 'maximum', 'maxLength']
    for (const file of schemaPatches) {
      const patch = PROFILE_PATCHES[file] as Schema
      const base = canonicalSchema(file) as Schema
      const merged = profileSchema(file) as Schema
      expect(walk(patch).filter(([, v]) => v === null)).toEqual([])
      expect(Object.keys(patch).every((k) => ['properties', 'allOf'].includes(k))).toBe(true)
      expect(merged.required).toEqual(base.required)
      for (const [name, field] of Object.entries(base.properties!)) {
        expect({ name, type: merged.properties![name]?.type }).toEqual({ name, type: field.type })
        const changed = Object.keys(patch.properties![name] ?? {})
        expect({ name, changed: changed.filter((k) => !NARROWING.includes(k)) }).toEqual({
          name,
          changed: [],
        })
      }
    }
  })

  test('each new field is meedoen_…, with a type, a title and an English description naming its Dutch term', () => {
    const added = Object.keys(own).filter(
      (k) => !(k in (canonicalSchema('service.json') as Schema).properties!),
    )
    expect(added.sort()).toEqual([
      'meedoen_kind',
      'meedoen_ladder_rungs',
      'meedoen_location_kind',
      'meedoen_low_threshold',
    ])
    for (const name of added) {
      const field = own[name]!
      expect(field).toMatchObject({ name, type: expect.any(String), title: expect.any(String) })
      expect(field.description).toMatch(/\([a-z][^)]*\)/)
      // A closed set of values is an enum, and the description names each value.
      const values = (field.enum ?? (field.items as Schema).enum ?? []) as unknown[]
      for (const v of values) if (typeof v === 'string') expect(field.description).toContain(v)
    }
    expect(own.assured_date).toEqual({
      description: expect.stringMatching(/gecontroleerd op/),
      format: 'date',
    })
    expect(service.allOf).toEqual([{ required: ['meedoen_kind'] }])
  })
})

const selectOptions = (fields: Field[], name: string): SelectField['options'] => {
  const field = fields.find((f) => 'name' in f && f.name === name) as SelectField
  return field.options
}

describe('the profile’s value sets are the directory’s own', () => {
  test('kinds, low-threshold facets and ladder rungs come from src/lib/vocabulary.ts', () => {
    expect(own.meedoen_kind!.enum).toEqual([...LISTING_KINDS])
    expect((own.meedoen_low_threshold!.items as Schema).enum).toEqual(
      LOW_THRESHOLD.map((f) => f.value),
    )
    const item = own.meedoen_ladder_rungs!.items as Schema
    expect(item.properties!.rung!.enum).toEqual(LADDER_RUNGS.map((r) => Number(r.value)))
    expect(item.oneOf).toEqual(
      LADDER_RUNGS.map((r) => ({
        title: expect.any(String),
        properties: {
          rung: { const: Number(r.value) },
          label: { const: r.label.nl.replace(`${r.value} · `, '') },
        },
      })),
    )
  })

  test('location kinds are the options of the activity’s locationKind field, with their labels', () => {
    const options = selectOptions(activityFields(), 'locationKind') as {
      value: string
      label: { nl: string; en: string }
    }[]
    expect(own.meedoen_location_kind!.enum).toEqual(options.map((o) => o.value))
    for (const o of options)
      expect(own.meedoen_location_kind!.description).toContain(
        `\`${o.value}\` ${o.label.en} (${o.label.nl})`,
      )
  })
})

describe('openapi.json and the profile’s index', () => {
  const base = canonicalSchema('openapi.json') as { paths: Record<string, unknown> }
  const merged = profileSchema('openapi.json') as {
    openapi: string
    info: Record<string, unknown>
    paths: Record<
      string,
      {
        get: {
          responses: Record<
            string,
            { description: string; content?: Record<string, { schema: unknown }> }
          >
        }
      }
    >
  }

  test('merged, it is still OpenAPI 3.1 with every HSDS path, named, with the profile’s endpoints', () => {
    expect(merged.openapi).toMatch(/^3\.1\./)
    expect(Object.keys(merged.paths)).toEqual(expect.arrayContaining(Object.keys(base.paths)))
    expect(merged.info).toMatchObject({ title: 'Meedoen HSDS API', version: PROFILE_VERSION })
    expect(JSON.stringify(merged.info)).not.toMatch(/REQUIRED|HERE/)
    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    for (const p of ['/profile', '/profile/{file}']) {
      for (const r of Object.values(merged.paths[p]!.get.responses)) {
        expect(r.description).toEqual(expect.any(String))
        for (const c of Object.values(r.content ?? {}))
          expect(ajv.validateSchema(c.schema as object)).toBe(true)
      }
    }
    const indexSchema =
      merged.paths['/profile']!.get.responses['200']!.content!['application/json']!.schema
    expect(ajv.validate(indexSchema as object, profileIndex('https://meedoen.example/'))).toBe(true)
  })

  test('the index names the profile’s URI, its version and each file with the HSDS file it patches', () => {
    expect(profileIndex('https://meedoen.example/')).toMatchObject({
      uri: 'https://meedoen.example/api/hsds/profile',
      version: PROFILE_VERSION,
      hsds_version: '3.0',
      files: PROFILE_FILES.map((name) => ({
        name,
        url: `https://meedoen.example/api/hsds/profile/${name}`,
        base: `https://raw.githubusercontent.com/openreferral/specification/3.0/schema/${name}`,
      })),
    })
  })
})
