import { KEYWORDS, NON_BINDING_WORDS } from './keywords.js'
import { literalValue } from './literal.js'

/**
 * The plain import and re-export statements of a module's top level, read from the text by the pre-scan (scan.ts) so that
 * the parser needs neither to read nor to walk them: `import a, { b as c, type D } from './x';`, `import * as n from 'x';`,
 * `import type { T } from 'x';`, `import 'x';`, `export { a, default as b } from 'x';`, `export * as n from 'x';`,
 * `export type { T } from 'x';`. Each is read as tree-sitter's grammar reads it (extract.ts's `importStatement` and
 * `exportStatement`), and only a statement whose every token this reader knows counts: ASCII names, no keyword where a name
 * is bound, no comment, no attributes (`with { … }`), a `;` at its end. Anything else is for the parser.
 */
export interface PlainStatement {
  /** Just after the statement's `;`. */
  readonly end: number
  /** Where its module specifier (the string literal) starts. */
  readonly at: number
  readonly specifier: string
  readonly kind: 'import' | 'type'
  readonly form: 'import' | 'export'
}

/**
 * Words that a plain statement never binds or names: JavaScript's keywords, TypeScript's modifiers and the contextual words
 * whose reading as a name or a keyword takes the grammar (`type`, `as`, `from`, `async`, …), the reserved words that are
 * values, and the words of an import's phase and attributes (keywords.ts). `default` is one of them: `specifiers` lets it
 * stand only where the grammar does (`{ default as a }`, and anywhere in a re-export's list). Any other of them sends the
 * statement to the parser.
 */
const NOT_NAMES: ReadonlySet<string> = new Set([...KEYWORDS, ...NON_BINDING_WORDS])

const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36
const isNamePart = (c: number) => isNameStart(c) || (c >= 48 && c <= 57)

/** One statement's tokens, read from an offset: names, strings and the punctuators `{ } , * ;`; any other character stops it. */
class Tokens {
  private current = STOP
  start = 0
  end = 0

  constructor(
    private readonly text: string,
    at: number,
  ) {
    this.end = at
    this.next()
  }

  next(): void {
    const text = this.text
    let i = this.end
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 9 || c === 13; c = text.charCodeAt(++i));
    this.start = i
    const c = text.charCodeAt(i)
    if (isNameStart(c)) {
      while (isNamePart(text.charCodeAt(++i)));
      // A name glued to a character outside ASCII or to an escape is not one this reader knows.
      const after = text.charCodeAt(i)
      this.current = after > 127 || after === 92 ? STOP : NAME
    } else if (c === 39 || c === 34) {
      i = stringEnd(text, i)
      this.current = i < 0 ? STOP : STRING
    } else if (c === 123 || c === 125 || c === 44 || c === 42 || c === 59) {
      i++
      this.current = c
    } else this.current = STOP
    this.end = i
  }

  /** The current token: `NAME`, `STRING`, a punctuator's character code, or `STOP` (a method: each `next` changes it). */
  token(): number {
    return this.current
  }

  /** Whether the current token is the name `word`. */
  is(word: string): boolean {
    return this.current === NAME && this.end - this.start === word.length && this.text.startsWith(word, this.start)
  }

  /** The current token when it is a name, else ''. */
  name(): string {
    return this.current === NAME ? this.text.slice(this.start, this.end) : ''
  }
}

const STOP = -1
const NAME = -2
const STRING = -3

/** The end of the string literal whose quote is at `i`, -1 when a line ends first (its value is `literalValue`'s). */
function stringEnd(text: string, i: number): number {
  const quote = text.charCodeAt(i)
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c === quote) return k + 1
    if (c === 92 || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return -1
  }
  return -1
}

/** A name that may be bound (`import a`, `as a`). */
const bindable = (name: string) => name !== '' && !NOT_NAMES.has(name)

/**
 * `{ … }` of specifiers, the current token its `{`: whether every one is marked `type` (and there is one), or undefined when
 * the list is not plain. `exported`: a re-export's list, whose names are not bound here (`default` may be one, and an alias).
 */
function specifiers(tokens: Tokens, exported: boolean): boolean | undefined {
  let count = 0
  let typed = 0
  tokens.next()
  while (tokens.token() !== 125) {
    let marked = false
    if (tokens.is('type')) {
      tokens.next()
      // `{ type }`, `{ type as x }`, `{ type, … }`: `type` named, or a reading only the grammar settles.
      if (tokens.token() !== NAME || tokens.is('as')) return undefined
      marked = true
    }
    const name = tokens.name()
    tokens.next()
    if (tokens.is('as')) {
      if (!bindable(name) && name !== 'default') return undefined
      tokens.next()
      const alias = tokens.name()
      if (!(bindable(alias) || (exported && alias === 'default'))) return undefined
      tokens.next()
    } else if (!(bindable(name) || (exported && name === 'default'))) return undefined
    count++
    if (marked) typed++
    if (tokens.token() === 44) tokens.next()
    else if (tokens.token() !== 125) return undefined
  }
  tokens.next()
  return count > 0 && typed === count
}

/** `from 'x';` and the statement, the current token `from`. */
function source(tokens: Tokens, text: string, kind: 'import' | 'type', form: 'import' | 'export'): PlainStatement | undefined {
  if (!tokens.is('from')) return undefined
  tokens.next()
  return literal(tokens, text, kind, form)
}

/** `'x';` and the statement, the current token the string. */
function literal(tokens: Tokens, text: string, kind: 'import' | 'type', form: 'import' | 'export'): PlainStatement | undefined {
  if (tokens.token() !== STRING) return undefined
  const at = tokens.start
  const specifier = literalValue(text.slice(at, tokens.end))
  tokens.next()
  if (tokens.token() !== 59 || specifier === undefined) return undefined
  return { end: tokens.end, at, specifier, kind, form }
}

/** The plain import statement whose `import` ends at `at`, or undefined. */
export function plainImport(text: string, at: number): PlainStatement | undefined {
  const tokens = new Tokens(text, at)
  if (tokens.token() === STRING) return literal(tokens, text, 'import', 'import')
  let typeOnly = false
  if (tokens.is('type')) {
    // `import type from 'x'` and `import type, { … }` (which bind a name `type`) go on to a `from` or `,` where no binding can.
    tokens.next()
    typeOnly = true
  }
  let binding = false
  if (tokens.token() === NAME) {
    if (!bindable(tokens.name())) return undefined
    binding = true
    tokens.next()
    if (tokens.is('from')) return source(tokens, text, typeOnly ? 'type' : 'import', 'import')
    // A type-only import of a default and named bindings both is TypeScript's error.
    if (tokens.token() !== 44 || typeOnly) return undefined
    tokens.next()
  }
  if (tokens.token() === 42) {
    tokens.next()
    if (!tokens.is('as')) return undefined
    tokens.next()
    if (!bindable(tokens.name())) return undefined
    tokens.next()
    return source(tokens, text, typeOnly ? 'type' : 'import', 'import')
  }
  if (tokens.token() !== 123) return undefined
  const typed = specifiers(tokens, false)
  if (typed === undefined) return undefined
  // `import a, { type B }` imports `a`'s value: type-only when the braces are all there is.
  return source(tokens, text, typeOnly || (typed && !binding) ? 'type' : 'import', 'import')
}

/** The plain re-export whose `export` ends at `at`, or undefined. */
export function plainExport(text: string, at: number): PlainStatement | undefined {
  const tokens = new Tokens(text, at)
  let typeOnly = false
  if (tokens.is('type')) {
    tokens.next()
    // `export type * from` is beyond tree-sitter-typescript 0.23 (extract.ts tolerates it): for the parser.
    if (tokens.token() !== 123) return undefined
    typeOnly = true
  }
  if (tokens.token() === 42) {
    if (typeOnly) return undefined
    tokens.next()
    if (tokens.is('as')) {
      tokens.next()
      if (!bindable(tokens.name())) return undefined
      tokens.next()
    }
    return source(tokens, text, 'import', 'export')
  }
  if (tokens.token() !== 123) return undefined
  const typed = specifiers(tokens, true)
  if (typed === undefined) return undefined
  return source(tokens, text, typeOnly || typed ? 'type' : 'import', 'export')
}
