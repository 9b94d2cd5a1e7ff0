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
  /** Other statements that call `import_module` or `__import__` with a string, assign a Django setting that names modules, or start with `__all__`. */
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

const NEWLINE = 10,
  BACKSLASH = 92,
  EQUALS = 61
const TAB = 9,
  FORM_FEED = 12,
  SPACE = 32,
  HASH = 35,
  AT = 64

/**
 * What an ASCII character is to the lexer (0 for any other, an operator); every code above 127 starts or continues a
 * word, as in Python's identifiers.
 */
const BLANK = 1,
  WORD = 2, // WORD and DIGIT differ in their last bit only: `(kind | 1) === DIGIT` is either
  DIGIT = 3,
  LINE_END = 4,
  COMMENT = 5,
  QUOTE = 6,
  ESCAPE = 7,
  OPEN = 8,
  CLOSE = 9,
  REFUSED = 10,
  SEMICOLON = 11,
  COLON = 12,
  DOT = 13
const CLASS = new Uint8Array(128)
const classify = (chars: string, kind: number) => {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] = kind
}
classify(' \t\f', BLANK)
classify('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_', WORD)
classify('0123456789', DIGIT)
classify('\n', LINE_END)
classify('#', COMMENT)
classify('"\'', QUOTE)
classify('\\', ESCAPE)
classify('([{', OPEN)
classify(')]}', CLOSE)
classify('$?`', REFUSED)
classify(';', SEMICOLON)
classify(':', COLON)
classify('.', DOT)

const NUMBER =
  /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d[\d_]*)?[jJ]?|\d[\d_]*\.(?:[eE][+-]?\d[\d_]*)?[jJ]?)$/
const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]*$/u
/** Characters no statement ends with: = + - / % & | ^ < > ~ . */
const DANGLING = new Uint8Array(128)
for (const ch of '=+-/%&|^<>~.') DANGLING[ch.charCodeAt(0)] = 1
const EXPORTS = '__all__'
const TYPE_CHECKING = 'TYPE_CHECKING'
/**
 * Where a statement may hold a dynamic import as extract.ts reads one: `import_module` or `__import__` called with a string
 * first (a prefix of letters before its quote; blanks, line continuations and comments between). More than it reads
 * (`x . import_module("a")`, a string that spells the call), never less; `hasattr(m, "import_module")` and
 * `import_module(name)` give nothing, and are not parsed.
 */
const DYNAMIC_CALL =
  /\b(?:import_module|__import__)(?:[\s\u200B\u2060]|\\\n|#[^\n]*\n)*\((?:[\s\u200B\u2060]|\\\n|#[^\n]*\n)*[A-Za-z]{0,2}["']/
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

/**
 * Whether a statement of kind `kind` may follow `previous` at one level: clauses after their opener
 * (`else` after `if`, `elif`, `for`, `while` or `except`; `finally` after `try`, `except` or a try's
 * `else`), a `try` only before its clauses, a decorator only before a definition. Grammar a lexer can
 * check, so that an orphan `else:` sends the file to the parser rather than be read as a block. By
 * comparisons, not a table looked up by the kind: a lookup by a string V8 had not seen as a key before
 * threw the compiled scan away.
 */
function mayFollow(previous: string, kind: string): boolean {
  switch (kind) {
    case 'elif':
      return previous === 'if' || previous === 'elif'
    case 'else':
      return previous === 'if' || previous === 'elif' || previous === 'for' || previous === 'while' || previous === 'except'
    case 'except':
      return previous === 'try' || previous === 'except'
    case 'finally':
      return previous === 'try' || previous === 'except' || previous === 'else-try'
  }
  if (previous === 'try') return false
  if (previous === '@') return kind === 'def' || kind === 'class' || kind === '@'
  return true
}

/** A level may end after anything but a `try` waiting for its clauses or a decorator waiting for its definition. */
const mayEndAfter = (previous: string) => previous !== 'try' && previous !== '@'

function isIdentifierChar(code: number): boolean {
  return code > 127 || (CLASS[code]! | 1) === DIGIT
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** The keyword that opens a compound statement when a line's first word is `text[start, end)`, or ''. */
function headerWord(text: string, start: number, end: number): string {
  switch (end - start) {
    case 2:
      return text.startsWith('if', start) ? 'if' : ''
    case 3:
      return text.startsWith('for', start) ? 'for' : text.startsWith('try', start) ? 'try' : text.startsWith('def', start) ? 'def' : ''
    case 4:
      if (text.startsWith('el', start)) return text.startsWith('if', start + 2) ? 'elif' : text.startsWith('se', start + 2) ? 'else' : ''
      return text.startsWith('with', start) ? 'with' : text.startsWith('case', start) ? 'case' : ''
    case 5:
      if (text.startsWith('while', start)) return 'while'
      if (text.startsWith('class', start)) return 'class'
      return text.startsWith('async', start) ? 'async' : text.startsWith('match', start) ? 'match' : ''
    case 6:
      return text.startsWith('except', start) ? 'except' : ''
    case 7:
      return text.startsWith('finally', start) ? 'finally' : ''
  }
  return ''
}

/** What `async` at `start` opens (`def`, `for`, `with`, string literals, not a slice of the text), or undefined. */
function asyncKind(text: string, start: number): string | undefined {
  const word = /^async\s+(def|for|with)\b/.exec(text.slice(start, start + 20))?.[1]
  return word === 'def' ? 'def' : word === 'for' ? 'for' : word === 'with' ? 'with' : undefined
}

/** Soft keywords: headers only when the line ends at their colon (`match = 1` is an assignment). */
const isSoftHeader = (word: string) => word === 'match' || word === 'case'

/** A string prefix of an f- or t-string (`f`, `rf`, `T`…): at most two letters, one of them f or t. */
function isFormatPrefix(text: string, start: number, end: number): boolean {
  const isF = (code: number) => code === 102 || code === 70 || code === 116 || code === 84
  return end - start <= 2 && (isF(text.charCodeAt(start)) || (end - start === 2 && isF(text.charCodeAt(start + 1))))
}

/**
 * One logical line as the lexer leaves it: a few numbers, no strings. Its simple statements (split at
 * depth-0 semicolons) as start and end positions of their code.
 */
class LogicalLine {
  readonly starts: number[] = []
  readonly ends: number[] = []
  count = 0
  /** The statement the first depth-0 colon (not `:=`) ends, and the colon's position; -1 without one. */
  colon = -1
  colonAt = -1
  /** Whether a word is `import`, `from`, `import_module` or `__import__`. */
  mentionsImport = false
  mentionsExports = false
  /** Where the line's words start in the scan's words. */
  firstWord = 0
  /** Where its statements of interest start: after a header's colon, for a one-line body. */
  bodyFrom = 0
}

/** 1-based lines of positions asked for in increasing order, counted once from where the last ask left off. */
class LineCounter {
  private line = 1
  private from = 0
  constructor(private readonly text: string) {}

  lineOf(position: number): number {
    for (let next = this.text.indexOf('\n', this.from); next >= 0 && next < position; next = this.text.indexOf('\n', next + 1)) {
      this.line++
      this.from = next + 1
    }
    return this.line
  }
}

/**
 * The fast path's lexical pre-scan: one pass over the text that knows strings, comments, brackets,
 * line continuations and indentation, and finds the import statements with the block context they
 * stand in (function bodies, `if TYPE_CHECKING:` bodies). Tree-sitter then parses only those
 * statements. It does no string building per character: a logical line is a few numbers (where its
 * code ends, where its depth-0 colons and semicolons are, whether it names `import`) until it turns
 * out to matter, and a statement's line is counted only for the statements it finds.
 */
export function scanPython(text: string): Scan {
  const imports: ScannedStatement[] = []
  const dynamic: ScannedStatement[] = []
  const literals: TextSpan[] = []
  const words: number[] = []
  const trouble = { imports, dynamic, literals, words, trouble: true }
  const blocks: Block[] = [{ headerIndent: -1, bodyIndent: 0, lazy: false, type: false, previous: '', opener: '' }]
  const length = text.length
  const logical = new LogicalLine()
  const lines = new LineCounter(text)
  let i = 0

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
      i = text.indexOf('\n', i)
      if (i < 0) i = length
      if (first === HASH) literals.push({ start, end: i, formatted: false })
      i++
      continue
    }

    i = lexLine(text, i, logical, words, literals)
    if (i < 0) return trouble
    if (!logical.count) continue
    const context = placeLine(text, blocks, logical, indent, words)
    if (context === null) return trouble
    if (context) emitStatements(text, logical, context, lines, imports, dynamic)
  }
  // A header with no block, a `try` with no clause or a decorator with no definition at the end of the file.
  if (blocks[blocks.length - 1]!.bodyIndent === -1 || !blocks.every((b) => mayEndAfter(b.previous))) return trouble
  return { imports, dynamic, literals, words, trouble: false }
}

/**
 * Puts a logical line into its block, checking what a lexer can of indentation and clause order: null
 * for trouble; undefined where nothing on it can be of interest (a header whose block follows, a line
 * without a word that matters); else the block its statements from `line.bodyFrom` stand in.
 */
function placeLine(text: string, blocks: Block[], line: LogicalLine, indent: number, words: readonly number[]): Block | null | undefined {
  const { starts, ends, count, colon, colonAt, mentionsImport, mentionsExports } = line
  // Which block this line is in; indentation Python would refuse is left to the parser.
  let outer = blocks[blocks.length - 1]!
  if (outer.bodyIndent === -1) {
    if (indent <= outer.headerIndent) return null
    outer.bodyIndent = indent
  } else {
    while (blocks.length > 1 && outer.headerIndent >= indent) {
      if (!mayEndAfter(blocks.pop()!.previous)) return null
      outer = blocks[blocks.length - 1]!
    }
    if (indent !== outer.bodyIndent) return null
  }

  const lineStart = starts[0]!
  // The line's first word, where it starts with one (a header keyword only can): the lexer has its end.
  const wordEnd = words.length > line.firstWord && words[line.firstWord] === lineStart ? words[line.firstWord + 1]! : lineStart
  const word = headerWord(text, lineStart, wordEnd)
  const asyncWord = word === 'async' ? asyncKind(text, lineStart) : undefined
  const isHeaderWord = word !== ''
  let kind = text.charCodeAt(lineStart) === AT ? '@' : isHeaderWord ? (asyncWord ?? word) : ''
  if (kind === 'else' && outer.previous === 'except') kind = 'else-try'
  if (!mayFollow(outer.previous, kind === 'else-try' ? 'else' : kind)) return null
  outer.previous = kind
  let context: Block = outer
  let bodyFrom = lineStart // simple statements from here on are the line's (or the header's one-line body)
  if (isHeaderWord && !(word === 'async' && !asyncWord)) {
    const soft = isSoftHeader(word)
    const bodyAfterColon = colon >= 0 && (colon < count - 1 || colonAt + 1 < ends[colon]!)
    if (colonAt < 0 || colon !== 0 || (soft && bodyAfterColon)) {
      if (!soft) return null // a header with no colon, or a `;` before it
      if (outer.opener === 'match') return null
    } else {
      if ((kind === 'case') !== (outer.opener === 'match')) return null
      // A dynamic import in a header (`if __import__("x"):`) cannot be parsed without its block.
      if (mentionsImport && /\b(?:import_module|__import__)\b/.test(text.slice(lineStart, colonAt))) return null
      const isDef = kind === 'def'
      const typeTest =
        (word === 'if' || word === 'elif') && namesTypeChecking(text, words, line.firstWord, wordEnd, colonAt)
          ? text.slice(wordEnd, colonAt).replace(/\\\n/g, ' ')
          : ''
      context = {
        headerIndent: indent,
        bodyIndent: -1,
        lazy: outer.lazy || isDef,
        type: outer.type || (typeTest !== '' && TYPE_CHECKING_TEST.test(typeTest) && balancedParens(typeTest)),
        previous: '',
        opener: kind,
      }
      if (!bodyAfterColon) {
        blocks.push(context)
        return undefined
      }
      bodyFrom = colonAt + 1
    }
  } else if (outer.opener === 'match') return null
  // A statement cannot end on an operator (`name =`): the parser would read the next line into it.
  const last = text.charCodeAt(ends[count - 1]! - 1)
  if (last < 128 && DANGLING[last] === 1) return null
  // A settings assignment starts with a capital (or follows a header's colon on its line): only then is the regex tried.
  if (!mentionsImport && !mentionsExports && bodyFrom === lineStart && !startsWithCapital(text, starts, count)) return undefined
  line.bodyFrom = bodyFrom
  return context
}

/** Adds the line's statements from `line.bodyFrom` that are imports, dynamic imports, settings or `__all__`, with their lines. */
function emitStatements(
  text: string,
  line: LogicalLine,
  context: Block,
  lines: LineCounter,
  imports: ScannedStatement[],
  dynamic: ScannedStatement[],
): void {
  const { starts, ends, count, bodyFrom, mentionsImport, mentionsExports } = line
  for (let k = 0; k < count; k++) {
    let start = starts[k]!
    const end = ends[k]!
    if (start < bodyFrom) {
      if (end <= bodyFrom) continue // the header itself
      // The one-line body after a header's colon: its first code character.
      start = bodyFrom
      while (start < end && /\s|\\/.test(text[start]!)) start++
    }
    SETTING_ASSIGNMENT.lastIndex = start
    // `__all__ = [...]` is read by the parser as the full path reads it: its literal names are the module's exports.
    const setting =
      (isCapital(text.charCodeAt(start)) && SETTING_ASSIGNMENT.test(text)) ||
      (mentionsExports && text.startsWith(EXPORTS, start) && !isIdentifierChar(text.charCodeAt(start + EXPORTS.length)))
    if (!mentionsImport && !setting) continue
    const piece = text.slice(start, end)
    const head = /^(?:import|from)(?![\w\u0080-\uffff])/.test(piece)
    if (!head && !setting && !DYNAMIC_CALL.test(piece)) continue
    const span = {
      start,
      end,
      line: lines.lineOf(start),
      context: context.type ? 'type' : context.lazy ? 'lazy' : 'import',
    } as const
    ;(head ? imports : dynamic).push(span)
  }
}

/** Whether one of a line's words between `from` and `to` is `TYPE_CHECKING`: only then can its header test be one. */
function namesTypeChecking(text: string, words: readonly number[], firstWord: number, from: number, to: number): boolean {
  for (let k = firstWord; k < words.length && words[k]! < to; k += 2) {
    const start = words[k]!
    if (start >= from && words[k + 1]! - start === TYPE_CHECKING.length && text.startsWith(TYPE_CHECKING, start)) return true
  }
  return false
}

function startsWithCapital(text: string, starts: readonly number[], count: number): boolean {
  for (let k = 0; k < count; k++) if (isCapital(text.charCodeAt(starts[k]!))) return true
  return false
}

/**
 * Lexes the logical line from `i` (its first code character) into `line`, adding its words and its
 * strings and comments: where the next line starts, or -1 for trouble (see Scan).
 */
function lexLine(text: string, i: number, line: LogicalLine, words: number[], literals: TextSpan[]): number {
  const length = text.length
  const { starts, ends } = line
  line.firstWord = words.length
  let count = 0
  let depth = 0
  let colon = -1
  let colonAt = -1
  let mentionsImport = false
  let mentionsExports = false
  let identEnd = -1 // the end of the last identifier, and where it started: a string's prefix ends where its quote is
  let identStart = -1
  let segmentStart = -1 // position of the current simple statement's first code character
  let lastCode = -1 // position after the last code character seen
  while (i < length) {
    const c = text.charCodeAt(i)
    let kind = c > 127 ? WORD : CLASS[c]!
    if (kind === BLANK) {
      i++
      continue
    }
    if (kind === LINE_END) {
      i++
      if (depth === 0) break
      continue
    }
    if (kind === COMMENT) {
      const start = i
      i = text.indexOf('\n', i)
      if (i < 0) i = length
      literals.push({ start, end: i, formatted: false })
      continue
    }
    if (kind === ESCAPE) {
      if (text.charCodeAt(i + 1) !== NEWLINE) return -1
      i += 2
      continue
    }
    if (segmentStart < 0) segmentStart = i
    if (kind === DOT && isDigit(text.charCodeAt(i + 1))) kind = DIGIT
    if (kind === WORD) {
      const start = i
      let ascii = c < 128
      while (++i < length) {
        const d = text.charCodeAt(i)
        if (d > 127) ascii = false
        else if ((CLASS[d]! | 1) !== DIGIT) break
      }
      // Python takes only letters and the like beyond ASCII (`»` is not one): anything else is for the parser.
      if (!ascii && !IDENTIFIER.test(text.slice(start, i))) return -1
      identStart = start
      identEnd = i
      words.push(start, i)
      switch (i - start) {
        case 7:
          if (text.startsWith(EXPORTS, start)) mentionsExports = true
          break
        case 6:
          if (text.startsWith('import', start)) {
            // `import` never stands inside brackets: `(\nfrom x import y\n)` is broken, whatever a parser recovers.
            if (depth > 0) return -1
            mentionsImport = true
          }
          break
        // `from` too: a broken `from x impo` must still reach the parser, which then sees the error.
        case 4:
          if (text.startsWith('from', start)) mentionsImport = true
          break
        case 13:
          if (text.startsWith('import_module', start)) mentionsImport = true
          break
        case 10:
          if (text.startsWith('__import__', start)) mentionsImport = true
          break
      }
      lastCode = i
      continue
    }
    if (kind === QUOTE) {
      const end = skipString(text, i)
      if (end < 0) return -1
      literals.push({ start: i, end, formatted: identEnd === i && isFormatPrefix(text, identStart, i) })
      i = lastCode = end
      continue
    }
    if (kind === DIGIT) {
      // A number must be one Python accepts (`1syntax_error` is not).
      const start = i
      let plain = true
      while (i < length) {
        const d = text.charCodeAt(i)
        if (isDigit(d)) i++
        else if (isIdentifierChar(d) || d === 46) {
          plain = false
          i++
        } else if ((d === 43 || d === 45) && (text.charCodeAt(i - 1) | 32) === 101 && !isHexStart(text, start)) i++
        else break
      }
      if (!plain && !NUMBER.test(text.slice(start, i))) return -1
      lastCode = i
      continue
    }
    if (kind === OPEN) depth++
    else if (kind === CLOSE) {
      if (--depth < 0) return -1
    } else if (kind === REFUSED) return -1
    else if (depth === 0 && kind === SEMICOLON) {
      starts[count] = segmentStart
      ends[count] = lastCode
      count++
      segmentStart = -1
      i++
      continue
    } else if (depth === 0 && kind === COLON && colonAt < 0 && text.charCodeAt(i + 1) !== EQUALS) {
      colon = count
      colonAt = i
    }
    i++
    lastCode = i
  }
  if (depth !== 0) return -1
  if (segmentStart >= 0) {
    starts[count] = segmentStart
    ends[count] = lastCode
    count++
  }
  line.count = count
  line.colon = colon
  line.colonAt = colonAt
  line.mentionsImport = mentionsImport
  line.mentionsExports = mentionsExports
  return i
}

/** Whether the number from `start` is a hexadecimal one, where `e` is a digit, not an exponent. */
function isHexStart(text: string, start: number): boolean {
  return text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120
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
