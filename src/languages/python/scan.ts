import type { ImportContext } from './facts.js'
import type { TextSpan } from './name-reads.js'
import { SETTING_ASSIGNMENT } from './settings-names.js'

/** A simple statement of interest, as a span of the source text. */
export interface ScannedStatement {
  readonly start: number
  readonly end: number
  /** 1-based line of its first token. */
  readonly line: number
  readonly context: ImportContext
}

export interface Scan {
  /** Statements that begin with `import` or `from`. */
  readonly imports: ScannedStatement[]
  /** Other statements that mention `import_module` or `__import__`, assign a Django setting that names modules, or start with `__all__`. */
  readonly dynamic: ScannedStatement[]
  /** The string literals (from their opening quote) and comments, in order: where names are not code (see name-reads.ts). */
  readonly literals: TextSpan[]
  /** Every word of the code (identifiers and keywords, not numbers), as start and end pairs in order. */
  readonly words: number[]
  /**
   * Something a lexer can see is wrong (an unterminated string or bracket, a malformed number, a
   * header without its colon, indentation Python refuses): the file needs a full parse to be read
   * as tree-sitter reads it.
   */
  readonly trouble: boolean
}

const TAB = 9,
  NEWLINE = 10,
  FORM_FEED = 12,
  SPACE = 32,
  DOUBLE_QUOTE = 34,
  HASH = 35,
  QUOTE = 39
const OPEN_PAREN = 40,
  CLOSE_PAREN = 41,
  DOT = 46,
  COLON = 58,
  SEMICOLON = 59,
  EQUALS = 61
const OPEN_BRACKET = 91,
  BACKSLASH = 92,
  CLOSE_BRACKET = 93,
  OPEN_BRACE = 123,
  CLOSE_BRACE = 125
const DOLLAR = 36,
  QUESTION = 63,
  BACKTICK = 96

/** Words that open a compound statement, whose header ends at its first colon outside brackets. */
const HEADERS = new Set(['if', 'elif', 'else', 'while', 'for', 'try', 'except', 'finally', 'with', 'def', 'class', 'async'])
/** Soft keywords: headers only when the line ends at their colon (`match = 1` is an assignment). */
const SOFT_HEADERS = new Set(['match', 'case'])
const NUMBER =
  /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d[\d_]*)?[jJ]?|\d[\d_]*\.(?:[eE][+-]?\d[\d_]*)?[jJ]?)$/
const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]*$/u
/** Characters no statement ends with: = + - / % & | ^ < > ~ . */
const DANGLING = new Set(Array.from('=+-/%&|^<>~.', (ch) => ch.charCodeAt(0)))
const EXPORTS = '__all__'
const TYPE_CHECKING_TEST = /^[\s(]*(?:[A-Za-z_]\w*\s*\.\s*)?TYPE_CHECKING[\s)]*$/

interface Block {
  /** The header's own indentation (-1 for the module). */
  readonly headerIndent: number
  /** The indentation of the block's statements, known from its first line (-1 until then). */
  bodyIndent: number
  readonly lazy: boolean
  readonly type: boolean
  /** What the last statement at this level was ('' for a simple statement), to check clause order. */
  previous: string
  /** The header that opened the block: a `match` block holds `case` clauses only. */
  readonly opener: string
}

/** Clauses and what may stand right before them at the same level. */
const CLAUSE_AFTER: Record<string, readonly string[]> = {
  elif: ['if', 'elif'],
  else: ['if', 'elif', 'for', 'while', 'except'],
  except: ['try', 'except'],
  finally: ['try', 'except', 'else-try'],
}

/**
 * Whether a statement of kind `kind` may follow `previous` at one level: clauses after their opener,
 * a `try` only before its clauses, a decorator only before a definition. Grammar a lexer can check,
 * so that an orphan `else:` sends the file to the parser rather than be read as a block.
 */
function mayFollow(previous: string, kind: string): boolean {
  const after = CLAUSE_AFTER[kind]
  if (after) return after.includes(previous) || (kind === 'finally' && previous === 'else-try')
  if (previous === 'try') return false
  if (previous === '@') return kind === 'def' || kind === 'class' || kind === '@'
  return true
}

/** A level may end after anything but a `try` waiting for its clauses or a decorator waiting for its definition. */
const mayEndAfter = (previous: string) => previous !== 'try' && previous !== '@'

function isIdentifierChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code > 127
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * The fast path's lexical pre-scan: one pass over the text that knows strings, comments, brackets,
 * line continuations and indentation, and finds the import statements with the block context they
 * stand in (function bodies, `if TYPE_CHECKING:` bodies). Tree-sitter then parses only those
 * statements. It does no string building per character: a logical line is a few numbers (where its
 * code ends, where its depth-0 colons and semicolons are, whether it names `import`) until it turns
 * out to matter.
 */
export function scanPython(text: string): Scan {
  const imports: ScannedStatement[] = []
  const dynamic: ScannedStatement[] = []
  const literals: TextSpan[] = []
  const words: number[] = []
  const trouble = { imports, dynamic, literals, words, trouble: true }
  const blocks: Block[] = [{ headerIndent: -1, bodyIndent: 0, lazy: false, type: false, previous: '', opener: '' }]
  const length = text.length
  let i = 0
  let line = 1
  // Per logical line: where each simple statement's code starts and ends, and the first depth-0 colon.
  const starts: number[] = []
  const ends: number[] = []
  const lines: number[] = []

  while (i < length) {
    let indent = 0
    for (; i < length; i++) {
      const c = text.charCodeAt(i)
      if (c === SPACE) indent++
      else if (c === TAB) indent = (Math.floor(indent / 8) + 1) * 8
      else if (c === FORM_FEED) indent = 0
      else break
    }
    if (i >= length) break
    const first = text.charCodeAt(i)
    if (first === NEWLINE || first === HASH) {
      // Blank and comment-only lines have no indentation that counts.
      const start = i
      while (i < length && text.charCodeAt(i) !== NEWLINE) i++
      if (first === HASH) literals.push({ start, end: i })
      i++
      line++
      continue
    }

    // One logical line.
    starts.length = ends.length = lines.length = 0
    let depth = 0
    let colon = -1 // index into starts/ends of the segment a depth-0 colon closes, and its position
    let colonAt = -1
    let mentionsImport = false
    let mentionsExports = false
    let identEnd = -1 // the end of the last identifier, and where it started: a string's prefix ends where its quote is
    let identStart = -1
    let segmentStart = -1 // position of the current simple statement's first code character
    let lastCode = -1 // position after the last code character seen
    while (i < length) {
      const c = text.charCodeAt(i)
      if (c === NEWLINE) {
        i++
        line++
        if (depth === 0) break
        continue
      }
      if (c === SPACE || c === TAB || c === FORM_FEED) {
        i++
        continue
      }
      if (c === HASH) {
        const start = i
        while (i < length && text.charCodeAt(i) !== NEWLINE) i++
        literals.push({ start, end: i })
        continue
      }
      if (c === BACKSLASH) {
        if (text.charCodeAt(i + 1) !== NEWLINE) return trouble
        i += 2
        line++
        continue
      }
      if (segmentStart < 0) {
        segmentStart = i
        lines.push(line)
      }
      if (c === QUOTE || c === DOUBLE_QUOTE) {
        const end = skipString(text, i)
        if (end < 0) return trouble
        const prefix = identEnd === i ? text.slice(identStart, i) : ''
        literals.push(prefix.length <= 2 && /[fFtT]/.test(prefix) ? { start: i, end, formatted: true } : { start: i, end })
        for (let k = i; k < end; k++) if (text.charCodeAt(k) === NEWLINE) line++
        i = lastCode = end
        continue
      }
      if (isIdentifierChar(c) && !isDigit(c)) {
        const start = i
        let ascii = true
        for (let d = c; i < length && isIdentifierChar(d); d = text.charCodeAt(++i)) if (d > 127) ascii = false
        // Python takes only letters and the like beyond ASCII (`»` is not one): anything else is for the parser.
        if (!ascii && !IDENTIFIER.test(text.slice(start, i))) return trouble
        identStart = start
        identEnd = i
        words.push(start, i)
        const n = i - start
        if (n === 7 && text.startsWith(EXPORTS, start)) mentionsExports = true
        else if (n === 6 || n === 4 || n === 10 || n === 13) {
          const word = text.slice(start, i)
          if (word === 'import') {
            // `import` never stands inside brackets: `(\nfrom x import y\n)` is broken, whatever a parser recovers.
            if (depth > 0) return trouble
            mentionsImport = true
          }
          // `from` too: a broken `from x impo` must still reach the parser, which then sees the error.
          else if (word === 'from' || word === 'import_module' || word === '__import__') mentionsImport = true
        }
        lastCode = i
        continue
      }
      if (isDigit(c) || (c === DOT && isDigit(text.charCodeAt(i + 1)))) {
        // A number must be one Python accepts (`1syntax_error` is not).
        const start = i
        let plain = true
        while (i < length) {
          const d = text.charCodeAt(i)
          if (isDigit(d)) i++
          else if (isIdentifierChar(d) || d === DOT) {
            plain = false
            i++
          } else if ((d === 43 || d === 45) && (text.charCodeAt(i - 1) | 32) === 101 && !/^0[xX]/.test(text.slice(start, i))) i++
          else break
        }
        if (!plain && !NUMBER.test(text.slice(start, i))) return trouble
        lastCode = i
        continue
      }
      if (c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE) depth++
      else if (c === CLOSE_PAREN || c === CLOSE_BRACKET || c === CLOSE_BRACE) {
        if (--depth < 0) return trouble
      } else if (c === DOLLAR || c === QUESTION || c === BACKTICK) return trouble
      else if (depth === 0 && c === SEMICOLON) {
        starts.push(segmentStart)
        ends.push(lastCode)
        segmentStart = -1
        i++
        continue
      } else if (depth === 0 && c === COLON && colonAt < 0 && text.charCodeAt(i + 1) !== EQUALS) {
        colon = starts.length
        colonAt = i
      }
      i++
      lastCode = i
    }
    if (depth !== 0) return trouble
    if (segmentStart >= 0) {
      starts.push(segmentStart)
      ends.push(lastCode)
    } else if (!starts.length) continue

    // Which block this line is in; indentation Python would refuse is left to the parser.
    let outer = blocks[blocks.length - 1]!
    if (outer.bodyIndent === -1) {
      if (indent <= outer.headerIndent) return trouble
      outer.bodyIndent = indent
    } else {
      while (blocks.length > 1 && outer.headerIndent >= indent) {
        if (!mayEndAfter(blocks.pop()!.previous)) return trouble
        outer = blocks[blocks.length - 1]!
      }
      if (indent !== outer.bodyIndent) return trouble
    }

    const lineStart = starts[0]!
    let wordEnd = lineStart
    while (wordEnd < length && isIdentifierChar(text.charCodeAt(wordEnd))) wordEnd++
    const word = text.slice(lineStart, wordEnd)
    const asyncWord = word === 'async' ? /^async\s+(def|for|with)\b/.exec(text.slice(lineStart, lineStart + 20))?.[1] : undefined
    const isHeaderWord = HEADERS.has(word) || SOFT_HEADERS.has(word)
    let kind = text.charCodeAt(lineStart) === 64 ? '@' : isHeaderWord ? (asyncWord ?? word) : ''
    if (kind === 'else' && outer.previous === 'except') kind = 'else-try'
    if (!mayFollow(outer.previous, kind === 'else-try' ? 'else' : kind)) return trouble
    outer.previous = kind
    let context: Block = outer
    let bodyFrom = lineStart // simple statements from here on are the line's (or the header's one-line body)
    if (isHeaderWord && !(word === 'async' && !asyncWord)) {
      const soft = SOFT_HEADERS.has(word)
      const bodyAfterColon = colon >= 0 && (colon < starts.length - 1 || colonAt + 1 < ends[colon]!)
      if (colonAt < 0 || colon !== 0 || (soft && bodyAfterColon)) {
        if (!soft) return trouble // a header with no colon, or a `;` before it
        if (outer.opener === 'match') return trouble
      } else {
        if ((kind === 'case') !== (outer.opener === 'match')) return trouble
        // A dynamic import in a header (`if __import__("x"):`) cannot be parsed without its block.
        if (mentionsImport && /\b(?:import_module|__import__)\b/.test(text.slice(lineStart, colonAt))) return trouble
        const isDef = kind === 'def'
        const test = word === 'if' || word === 'elif' ? text.slice(wordEnd, colonAt).replace(/\\\n/g, ' ') : ''
        context = {
          headerIndent: indent,
          bodyIndent: -1,
          lazy: outer.lazy || isDef,
          type: outer.type || (test !== '' && TYPE_CHECKING_TEST.test(test) && balancedParens(test)),
          previous: '',
          opener: kind,
        }
        if (!bodyAfterColon) {
          blocks.push(context)
          continue
        }
        bodyFrom = colonAt + 1
      }
    } else if (outer.opener === 'match') return trouble
    // A statement cannot end on an operator (`name =`): the parser would read the next line into it.
    if (DANGLING.has(text.charCodeAt(ends[ends.length - 1]! - 1))) return trouble
    // A settings assignment starts with a capital (or follows a header's colon on its line): only then is the regex tried.
    if (!mentionsImport && !mentionsExports && bodyFrom === lineStart && !starts.some((s) => isCapital(text.charCodeAt(s)))) continue

    for (let k = 0; k < starts.length; k++) {
      let start = starts[k]!
      const end = ends[k]!
      let statementLine = lines[k]!
      if (start < bodyFrom) {
        if (end <= bodyFrom) continue // the header itself
        // The one-line body after a header's colon: its first code character and line.
        start = bodyFrom
        while (start < end && /\s|\\/.test(text[start]!)) {
          if (text.charCodeAt(start) === NEWLINE) statementLine++
          start++
        }
      }
      SETTING_ASSIGNMENT.lastIndex = start
      // `__all__ = [...]` is read by the parser as the full path reads it: its literal names are the module's exports.
      const setting =
        (isCapital(text.charCodeAt(start)) && SETTING_ASSIGNMENT.test(text)) ||
        (mentionsExports && text.startsWith(EXPORTS, start) && !isIdentifierChar(text.charCodeAt(start + EXPORTS.length)))
      if (!mentionsImport && !setting) continue
      const piece = text.slice(start, end)
      const head = /^(?:import|from)(?![\w\u0080-\uffff])/.test(piece)
      if (!head && !setting && !/\b(?:import_module|__import__)\b/.test(piece)) continue
      const span = { start, end, line: statementLine, context: context.type ? 'type' : context.lazy ? 'lazy' : 'import' } as const
      ;(head ? imports : dynamic).push(span)
    }
  }
  // A header with no block, a `try` with no clause or a decorator with no definition at the end of the file.
  if (blocks[blocks.length - 1]!.bodyIndent === -1 || !blocks.every((b) => mayEndAfter(b.previous))) return trouble
  return { imports, dynamic, literals, words, trouble: false }
}

/** The end (exclusive) of the string literal whose quote is at `i`; -1 when it never ends. */
function skipString(text: string, i: number): number {
  const quote = text.charCodeAt(i)
  const triple = text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote
  if (!triple) {
    for (let k = i + 1; k < text.length; k++) {
      const c = text.charCodeAt(k)
      if (c === BACKSLASH) k++
      else if (c === quote) return k + 1
      else if (c === NEWLINE) return -1
    }
    return -1
  }
  const close = String.fromCharCode(quote).repeat(3)
  for (let k = i + 3; k < text.length;) {
    const next = text.indexOf(close, k)
    if (next < 0) return -1
    // A quote run preceded by an odd number of backslashes is escaped.
    let slashes = 0
    while (text.charCodeAt(next - 1 - slashes) === BACKSLASH) slashes++
    if (slashes % 2 === 0) return next + 3
    k = next + 1
  }
  return -1
}

function balancedParens(text: string): boolean {
  let depth = 0
  for (const ch of text) {
    if (ch === '(') depth++
    else if (ch === ')' && --depth < 0) return false
  }
  return depth === 0
}
