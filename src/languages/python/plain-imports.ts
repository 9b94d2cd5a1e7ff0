import type { PyImport } from './facts.js'
import { ownString } from './own-strings.js'
import type { ScannedStatement } from './scan.js'

/**
 * Words tree-sitter's Python grammar spells as tokens of its own (its keywords, `print`, `exec`, soft
 * keywords, `__future__`): where one stands as a name, the grammar may read it otherwise than as a name,
 * so such a statement is left to the parser. `_` is one of them (a case pattern) that reads as a name
 * in an import, and is kept: `gettext as _` is everywhere.
 */
export const KEYWORDS = new Set(
  'False None True __future__ and as assert async await break case class continue def del elif else except exec finally for from global if import in is lambda match nonlocal not or pass print raise return try type while with yield'.split(
    ' ',
  ),
)

const SPACE = 32,
  TAB = 9,
  NEWLINE = 10,
  HASH = 35,
  BACKSLASH = 92,
  DOT = 46,
  COMMA = 44,
  STAR = 42,
  OPEN = 40,
  CLOSE = 41

/** A token of a plain import statement: a name (its text), or one of `. , * ( )` by its code. */
type Token = string | number

const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57)

/**
 * The tokens of `text[start, end)` where it is made only of ASCII names that are not keywords, the
 * punctuation of an import, blanks, line continuations and (inside parentheses) line breaks and comments;
 * undefined for anything else. Blanks tree-sitter also skips (a form feed, U+FEFF…) are left to it.
 */
function tokens(text: string, start: number, end: number): Token[] | undefined {
  const found: Token[] = []
  let depth = 0
  for (let i = start; i < end;) {
    const c = text.charCodeAt(i)
    if (c === SPACE || c === TAB) i++
    else if (c === BACKSLASH && text.charCodeAt(i + 1) === NEWLINE) i += 2
    else if (depth > 0 && c === NEWLINE) i++
    else if (depth > 0 && c === HASH) {
      const next = text.indexOf('\n', i)
      if (next < 0 || next >= end) return undefined
      i = next
    } else if (isNameStart(c)) {
      let stop = i + 1
      while (stop < end && isNameChar(text.charCodeAt(stop))) stop++
      if (stop < end && text.charCodeAt(stop) > 127) return undefined
      found.push(ownString(text.slice(i, stop)))
      i = stop
    } else if (c === DOT || c === COMMA || c === STAR) {
      found.push(c)
      i++
    } else if (c === OPEN) {
      if (depth++ > 0) return undefined
      found.push(c)
      i++
    } else if (c === CLOSE) {
      if (--depth < 0) return undefined
      found.push(c)
      i++
    } else return undefined
  }
  return depth === 0 ? found : undefined
}

const isName = (token: Token | undefined): token is string => typeof token === 'string' && !KEYWORDS.has(token)

/** The tokens of one statement, read from the front. */
class Reader {
  at = 1 // past `import` or `from`
  constructor(readonly list: readonly Token[]) {}

  get next(): Token | undefined {
    return this.list[this.at]
  }

  get done(): boolean {
    return this.at === this.list.length
  }

  /** Takes `token` if it is next. */
  take(token: Token): boolean {
    if (this.list[this.at] !== token) return false
    this.at++
    return true
  }

  /** A plain name, or undefined (nothing taken). */
  name(): string | undefined {
    const token = this.list[this.at]
    if (!isName(token)) return undefined
    this.at++
    return token
  }

  /** A dotted name (`a . b` is `a.b`), or undefined. */
  dotted(): string | undefined {
    let name = this.name()
    if (name === undefined) return undefined
    while (this.take(DOT)) {
      const part = this.name()
      if (part === undefined) return undefined
      name += '.' + part
    }
    return name
  }

  /** `as name` if there: the name; null where there is no `as`; undefined where its name is not a plain one. */
  alias(): string | null | undefined {
    return this.take('as') ? this.name() : null
  }
}

/**
 * An import statement's targets read straight from its text, for the statements of the plainest
 * shapes, `import a.b as c, d` and `from ..a import (b, c as d)` (and `from __future__ import …`),
 * exactly as the tree-sitter walk in extract.ts reads them; undefined for any other (a keyword or a
 * non-ASCII name, a trailing comma outside parentheses, a dotted name after `from … import`…), which
 * the parser then reads. The scan found the statement; tree-sitter stays the parser of record, and the
 * tests hold this reader to it statement by statement.
 */
export function readPlainImport(text: string, statement: ScannedStatement): PyImport[] | undefined {
  const list = tokens(text, statement.start, statement.end)
  if (!list || list.length < 2) return undefined
  const reader = new Reader(list)
  if (list[0] === 'import') return plainStatement(reader, statement)
  return list[0] === 'from' ? fromStatement(reader, statement) : undefined
}

/** `import a.b as c, d`: one target per dotted name, with its `as` name where it has one. */
function plainStatement(reader: Reader, { line, context }: ScannedStatement): PyImport[] | undefined {
  const found: PyImport[] = []
  do {
    const module = reader.dotted()
    const alias = module === undefined ? undefined : reader.alias()
    if (module === undefined || alias === undefined) return undefined
    found.push({ line, context, level: 0, module, names: null, ...(alias !== null && { aliases: [alias] }) })
  } while (reader.take(COMMA))
  return reader.done ? found : undefined
}

/** `from ..a import (b, c as d)`, `from a import *`, `from __future__ import b`: one target with every name. */
function fromStatement(reader: Reader, { line, context }: ScannedStatement): PyImport[] | undefined {
  let level = 0
  while (reader.take(DOT)) level++
  let module: string | undefined = ''
  if (level === 0 && reader.take('__future__')) module = '__future__'
  else if (level === 0 || reader.next !== 'import') module = reader.dotted()
  if (module === undefined || !reader.take('import')) return undefined
  if (reader.take(STAR)) return reader.done && module !== '__future__' ? [{ line, context, level, module, names: ['*'] }] : undefined
  const parenthesized = reader.take(OPEN)
  const names: string[] = []
  const aliases: (string | null)[] = []
  do {
    if (parenthesized && reader.next === CLOSE && names.length) break // a trailing comma
    const name = reader.name()
    const alias = name === undefined ? undefined : reader.alias()
    if (name === undefined || alias === undefined) return undefined
    names.push(name)
    aliases.push(alias)
  } while (reader.take(COMMA))
  if ((parenthesized && !reader.take(CLOSE)) || !reader.done) return undefined
  return [{ line, context, level, module, names, ...(aliases.some((a) => a !== null) && { aliases }) }]
}
