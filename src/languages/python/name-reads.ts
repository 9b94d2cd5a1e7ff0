import type { NameRead } from './facts.js'
import { ownString } from './own-strings.js'

/** A stretch of the text: a statement's, or one that is not code. */
export interface Span {
  readonly start: number
  /** Exclusive. */
  readonly end: number
}

/** A stretch of the text that is not code: a string literal from its opening quote, or a comment. */
export interface TextSpan extends Span {
  /** An f- or t-string: names in it may be code of its replacement fields. */
  readonly formatted: boolean
}

/** Where the text's code is not: its strings and comments, and the statements whose names are not reads (imports), each sorted. */
export interface NonCode {
  readonly literals: readonly TextSpan[]
  readonly skipped: readonly Span[]
  /**
   * The words of the code (outside strings and comments) as start and end pairs, where a scan has them:
   * then only those are looked at, not every character again.
   */
  readonly words?: readonly number[]
}

const EXPORTS = '__all__'

const isIdentifierChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code > 127
const isBlank = (code: number) => code === 32 || code === 9 || code === 12 || code === 13 || code === 10 || code === 92
const isQuote = (code: number) => code === 34 || code === 39
/**
 * The code at `k`, -1 past the end: where a name or its path ends the text. `charCodeAt` says NaN there, which the
 * optimized code does not expect and throws away (readNames was compiled again for it in every cold run).
 */
const codeAt = (text: string, k: number) => (k < text.length ? text.charCodeAt(k) : -1)

/**
 * How the text uses each of `names` (the names its imports bind) and `__all__`, lexically: an occurrence is
 * the name as a whole word in code, not after a dot (an attribute of something else); what follows it as
 * `.name` (blanks, line continuations and comments between) is an attribute path read off it, nothing
 * after it makes it bare. In an f-string, the replacement fields (`{…}`, not `{{`) are code too.
 * The fast path gives the strings and comments from its scan, the full path from the tree: the same rule
 * over the same spans, so both paths give equal facts. For `__all__`, an assignment to it is no use.
 */
export function readNames(text: string, names: readonly string[], where: NonCode): NameRead[] {
  const nameAt = nameTable(text, names)
  const found = new Map<string, { attributes: Set<string>; bare: boolean }>()
  let skip = 0
  const occurrence = (name: string, at: number) => {
    // A bare use says all there is to say of a name: its paths no longer matter, and are not kept.
    if (found.get(name)?.bare) return
    while (skip < where.skipped.length && where.skipped[skip]!.end <= at) skip++
    const skipped = skip < where.skipped.length ? where.skipped[skip]! : undefined
    if ((skipped && skipped.start <= at) || precededByDot(text, at, where.literals)) return
    const path = attributePath(text, at + name.length, where.literals)
    if (name === EXPORTS && path === '' && assigned(text, at + name.length)) return
    const entry = found.get(name) ?? { attributes: new Set<string>(), bare: false }
    found.set(name, entry)
    if (path !== '') entry.attributes.add(path)
    else {
      entry.bare = true
      entry.attributes.clear()
    }
  }
  // Words are looked at run by run, and only where their length is a name's: no string is built for the others.
  const words = (from: number, to: number, field?: TextSpan) => {
    for (let i = from; i < to; i++) {
      if (!isIdentifierChar(text.charCodeAt(i))) continue
      let end = i + 1
      while (end < to && isIdentifierChar(text.charCodeAt(end))) end++
      const first = text.charCodeAt(i)
      const name = first >= 48 && first <= 57 ? undefined : nameAt(i, end)
      if (name !== undefined && !isQuote(codeAt(text, end)) && !(field && !inField(text, field.start, i))) occurrence(name, i)
      i = end
    }
  }
  const known = where.words
  if (known) {
    // An f-string's fields are code the scan did not read: they are read here, in their order among the words.
    const formatted = where.literals.filter((span) => span.formatted)
    let next = 0
    let nextEnd = formatted.length ? formatted[0]!.end : Infinity
    for (let k = 0; k < known.length; k += 2) {
      const start = known[k]!
      const end = known[k + 1]!
      for (; nextEnd <= start; nextEnd = ++next < formatted.length ? formatted[next]!.end : Infinity) {
        const span = formatted[next]!
        words(span.start, span.end, span)
      }
      const name = nameAt(start, end)
      if (name !== undefined && !isQuote(codeAt(text, end))) occurrence(name, start)
    }
    for (; next < formatted.length; next++) words(formatted[next]!.start, formatted[next]!.end, formatted[next])
  } else {
    let code = 0
    for (const literal of where.literals) {
      words(code, literal.start)
      if (literal.formatted) words(literal.start, literal.end, literal)
      code = literal.end
    }
    words(code, text.length)
  }
  // The names sorted before the reads are made (by code unit, as `<` compares): no comparison of objects.
  return [...found.keys()].sort().map((name) => {
    const { attributes, bare } = found.get(name)!
    return { name, attributes: [...attributes].sort(), bare }
  })
}

/** Which of `names` (or `__all__`) the word `text[start, end)` is, by its length first: no string is built. */
function nameTable(text: string, names: readonly string[]): (start: number, end: number) => string | undefined {
  const byLength: string[][] = []
  for (const name of new Set([...names, EXPORTS])) {
    while (byLength.length <= name.length) byLength.push([])
    byLength[name.length]!.push(name)
  }
  return (start, end) => {
    if (end - start >= byLength.length) return undefined
    const same = byLength[end - start]!
    for (let k = 0; k < same.length; k++) if (text.startsWith(same[k]!, start)) return same[k]
    return undefined
  }
}

/** Whether `at`, inside the f-string from `start`, is in a replacement field: more `{` than `}` open before it, doubled ones aside. */
function inField(text: string, start: number, at: number): boolean {
  let depth = 0
  for (let k = start; k < at; k++) {
    const c = text.charCodeAt(k)
    if (c === 123) {
      if (depth === 0 && text.charCodeAt(k + 1) === 123) k++
      else depth++
    } else if (c === 125) {
      if (depth === 0 && text.charCodeAt(k + 1) === 125) k++
      else if (depth > 0) depth--
    }
  }
  return depth > 0
}

/** The span holding position `at`, by halving (spans are sorted and disjoint). */
function spanAt(spans: readonly TextSpan[], at: number): TextSpan | undefined {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const span = spans[mid]!
    if (span.end <= at) low = mid + 1
    else if (span.start > at) high = mid - 1
    else return span
  }
  return undefined
}

/** Whether the code before `at` ends with a dot, past blanks, line continuations and comments. */
function precededByDot(text: string, at: number, literals: readonly TextSpan[]): boolean {
  for (let k = at - 1; k >= 0;) {
    const c = text.charCodeAt(k)
    if (c === 46) return true
    if (c === 10) {
      // Only a line break can have a comment before it: the span lookup is for those.
      k--
      const comment = spanAt(literals, k)
      if (comment && text.charCodeAt(comment.start) === 35) k = comment.start - 1
    } else if (isBlank(c)) k--
    else return false
  }
  return false
}

/** Past blanks, line continuations and comments from `k`. */
function skipBlanks(text: string, k: number, literals: readonly TextSpan[]): number {
  for (;;) {
    while (k < text.length && isBlank(text.charCodeAt(k))) k++
    if (codeAt(text, k) !== 35) return k
    k = spanAt(literals, k)?.end ?? text.length
  }
}

/** The dotted attribute path that follows a name ending at `end` (`text.capfirst`), or ''. */
function attributePath(text: string, end: number, literals: readonly TextSpan[]): string {
  const parts: string[] = []
  for (let k = end; ;) {
    const dot = skipBlanks(text, k, literals)
    if (codeAt(text, dot) !== 46) break
    const start = skipBlanks(text, dot + 1, literals)
    const first = codeAt(text, start)
    if (!isIdentifierChar(first) || (first >= 48 && first <= 57)) break
    let stop = start
    while (stop < text.length && isIdentifierChar(text.charCodeAt(stop))) stop++
    parts.push(text.slice(start, stop))
    k = stop
  }
  return ownString(parts.join('.'))
}

/** Whether the name ending at `end` is assigned to: `=` (not `==`), `+=` or an annotation's `:` follows it on its line. */
function assigned(text: string, end: number): boolean {
  let k = end
  while (codeAt(text, k) === 32 || codeAt(text, k) === 9 || codeAt(text, k) === 12) k++
  const c = codeAt(text, k)
  if (c === 61) return codeAt(text, k + 1) !== 61
  return c === 58 || (c === 43 && codeAt(text, k + 1) === 61)
}
