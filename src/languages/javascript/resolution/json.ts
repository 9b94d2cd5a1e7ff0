import { parse, type ParseError } from 'jsonc-parser'

/**
 * A JSON file as TypeScript reads configuration: comments and trailing commas allowed. `undefined` for
 * text that is not an object or does not parse, which TypeScript also reads as no content.
 */
export function parseJsonc(text: string): Record<string, unknown> | undefined {
  const strict = strictJson(text)
  if (strict !== NOT_STRICT) return isObject(strict) ? strict : undefined
  const errors: ParseError[] = []
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false })
  return errors.length === 0 && isObject(value) ? value : undefined
}

/** What can be read of a JSONC object despite errors (`{}` when nothing): how tsc takes its own config. */
export function parseJsoncBestEffort(text: string): Record<string, unknown> {
  const strict = strictJson(text)
  if (strict !== NOT_STRICT) return isObject(strict) ? strict : {}
  const value: unknown = parse(text, [], { allowTrailingComma: true, disallowComments: false })
  return isObject(value) ? value : {}
}

const NOT_STRICT = Symbol('not strict JSON')

/**
 * The value of text that is plain JSON (most package.json and many tsconfig.json files), read natively: the value
 * jsonc-parser gives it, without its scanner's cost. Not for a key that may be `__proto__` (also spelled with a `\u` escape),
 * which jsonc-parser sets as the object's prototype where JSON.parse makes it a property.
 */
function strictJson(text: string): unknown {
  if (text.includes('__proto__') || text.includes('\\u')) return NOT_STRICT
  try {
    return JSON.parse(text)
  } catch {
    return NOT_STRICT
  }
}

/**
 * The JSON files of one repository's resolution (package.json, tsconfig.json, jsconfig.json), each read and parsed once
 * for all who ask: workspaces, configs and package lookups each read every package.json before.
 */
export class JsonFiles {
  private readonly texts = new Map<string, string | undefined>()
  private readonly values = new Map<string, Record<string, unknown> | undefined>()

  constructor(private readonly readFile: (path: string) => string | undefined) {}

  text(path: string): string | undefined {
    if (!this.texts.has(path)) this.texts.set(path, this.readFile(path))
    return this.texts.get(path)
  }

  /** `parseJsonc` of the file: undefined when it cannot be read, does not parse or is no object. */
  json(path: string): Record<string, unknown> | undefined {
    if (!this.values.has(path)) {
      const text = this.text(path)
      this.values.set(path, text === undefined ? undefined : parseJsonc(text))
    }
    return this.values.get(path)
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property, never one from Object.prototype (`constructor`, `__proto__`). */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key)
}

export function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined
}
