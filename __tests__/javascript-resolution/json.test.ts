import { describe, expect, test } from '@jest/globals'
import { parse } from 'jsonc-parser'
import { JsonFiles, parseJsonc, parseJsoncBestEffort } from '../../src/languages/javascript/resolution/json.js'

/** jsonc-parser's own reading, as TypeScript reads a config: the judge of the native shortcut for plain JSON. */
function judged(text: string): { strict: unknown; bestEffort: unknown } {
  const errors: unknown[] = []
  const value: unknown = parse(text, errors as never, { allowTrailingComma: true, disallowComments: false })
  const object = typeof value === 'object' && value !== null && !Array.isArray(value)
  return { strict: errors.length === 0 && object ? value : undefined, bestEffort: object ? value : {} }
}

/** Values with their prototypes: `__proto__` as a key makes the difference between the two readers. */
function shape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return Object.is(value, -0) ? '-0' : value
  if (Array.isArray(value)) return value.map(shape)
  const proto: unknown = Object.getPrototypeOf(value)
  return {
    proto: proto === Object.prototype ? 'Object' : shape(proto),
    own: Reflect.ownKeys(value).map((k) => [String(k), shape((value as Record<string | symbol, unknown>)[k])]),
  }
}

const TEXTS = [
  '{"name": "a", "main": "lib/index.js", "exports": {".": {"import": "./a.mjs"}}}',
  '{"a": 1, "a": 2}',
  '{"__proto__": {"exports": "./x.js"}, "name": "p"}',
  '{"__pro\\u0074o__": {"main": "x"}}',
  '{"n\\u0061me": "escaped", "s": "\\ud83d\\ude00 \\n"}',
  '\ufeff{"name": "bom"}',
  '{"a": 1,}',
  '// comment\n{"compilerOptions": {"outDir": "build"}}',
  '{"a": [1, 2, 3], "b": null, "c": true, "d": -0, "e": 1e400, "f": 0.1}',
  '[1, 2]',
  '"text"',
  '',
  '{',
  '{"a": 1} trailing',
]

describe('parseJsonc reads as jsonc-parser does (JSON.parse only where the text is plain JSON)', () => {
  for (const text of TEXTS) {
    test(JSON.stringify(text), () => {
      const { strict, bestEffort } = judged(text)
      expect(shape(parseJsonc(text))).toEqual(shape(strict))
      expect(shape(parseJsoncBestEffort(text))).toEqual(shape(bestEffort))
    })
  }

  test('JsonFiles reads each file once, whoever asks', () => {
    const reads: string[] = []
    const files = new JsonFiles((path) => {
      reads.push(path)
      return path === 'package.json' ? '{"name": "a"}' : undefined
    })
    expect(files.json('package.json')).toEqual({ name: 'a' })
    expect(files.text('package.json')).toBe('{"name": "a"}')
    expect(files.json('package.json')).toBe(files.json('package.json'))
    expect(files.json('missing.json')).toBeUndefined()
    expect(files.json('missing.json')).toBeUndefined()
    expect(reads).toEqual(['package.json', 'missing.json'])
  })
})
