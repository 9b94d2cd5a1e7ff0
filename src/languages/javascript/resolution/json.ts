import { parse, type ParseError } from 'jsonc-parser'

/**
 * A JSON file as TypeScript reads configuration: comments and trailing commas allowed. `undefined` for
 * text that is not an object or does not parse, which TypeScript also reads as no content.
 */
export function parseJsonc(text: string): Record<string, unknown> | undefined {
  const errors: ParseError[] = []
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false })
  return errors.length === 0 && isObject(value) ? value : undefined
}

/** What can be read of a JSONC object despite errors (`{}` when nothing): how tsc takes its own config. */
export function parseJsoncBestEffort(text: string): Record<string, unknown> {
  const value: unknown = parse(text, [], { allowTrailingComma: true, disallowComments: false })
  return isObject(value) ? value : {}
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
