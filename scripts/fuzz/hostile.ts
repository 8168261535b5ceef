// The values the API fuzz throws at every field: wrong types, numbers in disguise, huge strings,
// odd Unicode, SQL, search-syntax and HTML fragments, impossible dates and prototype keys.
import fc from 'fast-check'

const NUMBERS_IN_DISGUISE = ['0x10', '1e3', ' 60 ', '60', '-0', '', ' ', 'NaN', 'Infinity', '٣']

const SQL_AND_SEARCH = [
  "'; DROP TABLE sites; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM meetings; --",
  '%',
  '_',
  '*',
  '"unclosed',
  'NEAR(a b',
  'a OR',
  '^',
  '-',
  'col:val',
  '\\',
  "' UNION SELECT sqlite_version() --"
]

const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://example.com")',
  '@SUM(A1)'
]

const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '2026-2-3',
  '99999-01-01',
  '2025-02-29',
  '2026-04-31',
  '2026-03-10T25:00:00Z',
  '10/03/2026',
  '2026-03-10\n',
  '+002026-03-10'
]

const ODD_UNICODE = [
  '\u202eevil\u202c',
  'zero\u200bwidth',
  '\ud800',
  '\udfff lone',
  'nul\u0000byte',
  'e\u0301\u0301\u0301',
  '👩🏽‍⚕️🏳️‍🌈',
  '\ufeffbom',
  'ǅ İ ß ﬃ',
  '\r\n\t\v\f'
]

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']

export const hugeString = fc
  .constantFrom(10_001, 100_001, 1_000_001)
  .chain((length) => fc.constantFrom('a', 'é', '𝔸', ' ', '<').map((c) => c.repeat(length)))

const wrongTypes = fc.constantFrom<unknown>(
  true,
  false,
  null,
  0,
  -1,
  0.5,
  -0,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  [60],
  [],
  {},
  { id: 'x' },
  [null],
  ['a', 1]
)

/** One hostile value for any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  wrongTypes,
  fc.constantFrom(
    ...NUMBERS_IN_DISGUISE,
    ...SQL_AND_SEARCH,
    ...HTML,
    ...IMPOSSIBLE_DATES,
    ...ODD_UNICODE,
    ...PROTOTYPE_KEYS
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  { arbitrary: hugeString, weight: 1 },
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 4 })
)

/** An extra field a payload should not have, by a hostile or prototype name. */
export const extraKey = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS, 'id', 'createdAt', 'archivedAt', 'programmeId', 'sql'),
  fc.string({ unit: 'binary', maxLength: 12 })
)

/** A whole payload that is not an object of fields at all. */
export const hostileRoot: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
  fc.constantFrom<unknown>(undefined, [], [{}], 'null')
)
