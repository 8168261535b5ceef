// Payloads for one API verb: plausible ones built from the verb's own input schema (as JSON Schema,
// with real ids and dates from the seeded store) so a call gets past the first field, then spoiled
// by hostile values, missing required fields and extra fields; and some that are not objects at all.
import fc from 'fast-check'
import { z } from 'zod'
import { extraKey, hostileRoot, hostileValue } from './hostile'

interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  format?: string
  pattern?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  maxItems?: number
  maxLength?: number
}

/** Real values from the seeded store, so plausible payloads point at records that exist. */
export interface Pool {
  /** Ids of the kind a field names (siteId: sites), falling back to every id. */
  idsFor(field: string): string[]
  ids: string[]
  dates: string[]
  words: string[]
}

const isIdName = (name: string) => /(^id$|Id$|Ids$|^ids$)/.test(name)

function plausible(
  schema: JsonSchema,
  name: string,
  pool: Pool,
  depth: number
): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const options = schema.anyOf ?? schema.oneOf
  if (options) return fc.oneof(...options.map((s) => plausible(s, name, pool, depth)))
  if (schema.allOf) return objectOf(mergeAll(schema.allOf), pool, depth)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'object':
      return depth > 3 ? fc.constant({}) : objectOf(schema, pool, depth)
    case 'array': {
      const item = schema.items ? plausible(schema.items, name, pool, depth + 1) : fc.constant('')
      return fc.array(item, { maxLength: Math.min(schema.maxItems ?? 2, 2) })
    }
    case 'string':
      if (isIdName(name)) {
        const own = pool.idsFor(name)
        return fc.oneof(
          { arbitrary: fc.constantFrom(...own), weight: 4 },
          fc.constantFrom(...pool.ids)
        )
      }
      if (schema.format === 'date') return fc.constantFrom(...pool.dates)
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern))
      return fc.oneof(
        { arbitrary: fc.constantFrom(...pool.words), weight: 3 },
        fc.string({ minLength: 1, maxLength: 30 })
      )
    case 'integer':
    case 'number': {
      // Small values, and each bound: a valid sample programme of 1000 sites would only be slow.
      const min = schema.minimum ?? (schema.exclusiveMinimum ?? -4) + 1
      const low = Math.max(min, -4)
      const high = Math.min(schema.maximum ?? 40, low + 40)
      return fc.oneof(
        {
          arbitrary: fc.integer({ min: low, max: Math.max(low, Math.min(high, low + 3)) }),
          weight: 4
        },
        fc.integer({ min: low, max: Math.max(low, high) }),
        fc.constantFrom(min - 1, (schema.maximum ?? high) + 1)
      )
    }
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    default:
      return fc.oneof(fc.constantFrom(...pool.words), fc.integer(), fc.boolean())
  }
}

function mergeAll(parts: JsonSchema[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})) as Record<
      string,
      JsonSchema
    >,
    required: parts.flatMap((p) => p.required ?? [])
  }
}

function objectOf(
  schema: JsonSchema,
  pool: Pool,
  depth: number
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {}
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, s]) => [key, plausible(s, key, pool, depth + 1)])
  )
  // Every field present: the spoils take fields away (and defaults such as a 10-site sample
  // programme would make the run slow for nothing).
  return fc.record(model)
}

type Spoil =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'remove'; at: number }
  | { kind: 'extra'; key: string; value: unknown }

const spoil: fc.Arbitrary<Spoil> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: hostileValue
    }),
    weight: 4
  },
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('extra' as const), key: extraKey, value: hostileValue })
)

/** Applies spoils to a copy of a plausible payload (defineProperty: "__proto__" stays a field). */
function spoilt(
  base: Record<string, unknown>,
  keys: string[],
  spoils: Spoil[]
): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...base }
  for (const s of spoils) {
    const key = s.kind === 'extra' ? s.key : keys[s.at % Math.max(keys.length, 1)]
    if (key === undefined) continue
    if (s.kind === 'remove') delete payload[key]
    else
      Object.defineProperty(payload, key, {
        value: s.value,
        enumerable: true,
        configurable: true,
        writable: true
      })
  }
  return payload
}

/** Every payload the fuzz sends one verb. */
export function payloadsFor(input: z.ZodType, pool: Pool): fc.Arbitrary<unknown> {
  const schema = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const base = plausible(schema, '', pool, 0)
  const keys = Object.keys(
    schema.allOf ? (mergeAll(schema.allOf).properties ?? {}) : (schema.properties ?? {})
  )
  const spoiled = fc
    .tuple(base, fc.array(spoil, { minLength: 1, maxLength: 3 }))
    .map(([payload, spoils]) =>
      typeof payload === 'object' && payload !== null && !Array.isArray(payload)
        ? spoilt(payload as Record<string, unknown>, keys, spoils)
        : payload
    )
  return fc.oneof(
    { arbitrary: spoiled, weight: 6 },
    { arbitrary: base, weight: 2 },
    { arbitrary: hostileRoot, weight: 1 }
  )
}
