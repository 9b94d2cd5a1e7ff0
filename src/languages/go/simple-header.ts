import type { GoFacts, GoImport } from './facts.js'
import { unquoteGo } from './go-string.js'

/** Go's keywords: never a package name or an import's name. */
const KEYWORDS = new Set([
  ...'break case chan const continue default defer else fallthrough for func go goto if'.split(' '),
  ...'import interface map package range return select struct switch type var'.split(' '),
])

const WORD = /[A-Za-z_][A-Za-z0-9_]*/y

type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'string'; readonly text: string; readonly line: number }
  | { readonly kind: '(' | ')' | '.' | 'end' }

/**
 * The facts of a header written the plain way (what nearly every Go file has): `package name`, then
 * import declarations, one spec or `(` … `)` per declaration, specs ended by line breaks or `;`,
 * comments, ASCII names. Undefined for anything else (a line break inside a clause, a broken header,
 * `package _`): the tree-sitter path reads those. The `fast` extraction takes this where it can, so
 * that most files never reach the parser; `full` never does, and the equivalence tests hold the two
 * to the same facts.
 */
export function simpleHeaderFacts(header: string, firstLine: number): GoFacts | undefined {
  const tokens = tokenize(header, firstLine)
  if (!tokens) return undefined
  let i = 0
  const next = () => tokens[i++] ?? { kind: 'end' as const }
  const peek = () => tokens[i] ?? { kind: 'end' as const }
  const word = (t: Token, text?: string) => t.kind === 'word' && (text === undefined ? !KEYWORDS.has(t.text) : t.text === text)

  if (!word(next(), 'package')) return undefined
  const name = next()
  if (name.kind !== 'word' || !word(name) || name.text === '_' || next().kind !== 'end') return undefined
  const imports: GoImport[] = []
  const spec = (): boolean => {
    let path = next()
    if (path.kind === '.' || word(path)) path = next()
    const value = path.kind === 'string' ? unquoteGo(path.text) : undefined
    if (value === undefined || path.kind !== 'string') return false
    imports.push({ path: value, line: path.line })
    return true
  }
  while (i < tokens.length) {
    if (!word(next(), 'import')) return undefined
    if (peek().kind === '(') {
      i++
      while (peek().kind !== ')') {
        if (!spec()) return undefined
        const after = peek()
        if (after.kind === 'end') i++
        else if (after.kind !== ')') return undefined
      }
      i++
    } else if (!spec()) return undefined
    if (i < tokens.length && next().kind !== 'end') return undefined
  }
  return { package: name.text, imports }
}

/**
 * Tokens with Go's semicolon rule made explicit (`end`: a `;`, or a line break after a name, a
 * string or `)`, or the end of the text after one); undefined where the text is not plain. A line
 * break anywhere else than after an `end` or an `(` is not plain either.
 */
function tokenize(text: string, firstLine: number): Token[] | undefined {
  const tokens: Token[] = []
  let line = firstLine
  const last = () => tokens[tokens.length - 1]
  const ends = () => {
    const t = last()
    return t !== undefined && (t.kind === 'word' || t.kind === 'string' || t.kind === ')')
  }
  /** A line break ends a statement after a name, a string or `)`; it may stand only there, after an end, or after `(`. */
  const lineBreak = () => {
    if (ends()) tokens.push({ kind: 'end' })
    else if (last() !== undefined && last()!.kind !== 'end' && last()!.kind !== '(') return false
    return true
  }
  for (let i = 0; i < text.length;) {
    const c = text[i]!
    if (c === ' ' || c === '\t' || c === '\r') i++
    else if (c === '\n') {
      if (!lineBreak()) return undefined
      line++
      i++
    } else if (text.startsWith('/*', i)) {
      // A block comment is a blank, or a line break where it holds one (Go's rule). One that would end
      // a statement so is left to the parser: tree-sitter does not read it that way.
      const close = text.indexOf('*/', i + 2)
      if (close < 0) return undefined
      const breaks = text.slice(i, close).split('\n').length - 1
      if (breaks && (ends() || !lineBreak())) return undefined
      line += breaks
      i = close + 2
    } else if (c === ';') {
      if (!ends()) return undefined
      tokens.push({ kind: 'end' })
      i++
    } else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i)
      i = end < 0 ? text.length : end
    } else if (c === '(' || c === ')' || c === '.') {
      tokens.push({ kind: c })
      i++
    } else if (c === '"' || c === '`') {
      let j = i + 1
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += c === '"' && text[j] === '\\' ? 2 : 1
      if (j >= text.length || text[j] !== c) return undefined
      tokens.push({ kind: 'string', text: text.slice(i, j + 1), line })
      i = j + 1
    } else {
      WORD.lastIndex = i
      const match = WORD.exec(text)
      if (!match) return undefined
      tokens.push({ kind: 'word', text: match[0] })
      i += match[0].length
    }
  }
  if (ends()) tokens.push({ kind: 'end' })
  return tokens
}
