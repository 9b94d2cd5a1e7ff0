import { KEYWORDS } from './keywords.js'
import { MOCK_METHODS } from './mocks.js'
import { plainExport, plainImport, type PlainStatement } from './plain-statements.js'

/**
 * The fast path's lexical pre-scan (§5, issue 13 item 4): one pass over a file's text that knows
 * comments, strings, template literals with their substitutions, regular expressions and brackets, and
 * finds the words an import can start with. The parser then reads the file with the inside of every
 * `{ … }` that holds none of them cut out (offsets are mapped back, so lines stay as they are):
 * function bodies, class bodies and object literals that import nothing, which are most of a file;
 * what a `( … )` or `[ … ]` holds becomes one name when it holds neither such a word nor a literal;
 * a plain import or re-export statement at the top level is read here (plain-statements.ts) and cut out.
 * Every import keeps each bracket around it, so its context (a function body, a type) is the tree's.
 *
 * Where the scan cannot be sure it reads the text as tree-sitter does, it says `trouble` and the file
 * gets the full parse: a `/` or a JSX `<` whose meaning needs the grammar (after `}`, `yield`, `await`,
 * `of`), anything unterminated or unbalanced, JSX itself, HTML-like comments, a backslash outside a
 * literal (a unicode escape in a name), two names in a row, a `%` where an expression starts. Any
 * error in what the parser reads also sends the file to the full parse (reader.ts).
 *
 * What it cannot see: a syntax error a lexer cannot tell (`return 1 +* 2`) inside what it cuts out.
 * The full parse cuts the file's imports at that error's line and calls the file partial; the fast
 * path reads them all. Real trees hold few such files (none in rollup's, jest's or Django's sources).
 */
export type JsScan =
  | { readonly kind: 'trouble'; readonly why: string }
  /** No word that can import: nothing but triple-slash references (read from the text) is in the file. */
  | { readonly kind: 'none' }
  /**
   * Such words, none where a fact can start (`export const`, `import.meta`, `module.import`): the text to parse only for a
   * syntax error the full parse would report, as a file whose words do start facts is parsed.
   */
  | { readonly kind: 'no-fact'; readonly text: ReducedText }
  /** Facts: the plain statements the scan read (`ReducedText.statements`), and the text to parse for the others and for errors. */
  | { readonly kind: 'reduced'; readonly text: ReducedText }

/**
 * Words a fact can start from: statements, `import(…)` and import types, `require(…)`; and `jest.mock`, `vi.mock` and the like
 * (mocks.ts). Each counts only where what follows lets it start one (`factFollows`): not as a property (`module.import`),
 * not `import.meta`, not `require.resolve`, not an `export` of a declaration.
 */
const TRIGGERS = new Set(['import', 'export', 'require'])
/** Reserved words after which an expression starts: a `/` there opens a regular expression. */
const BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'extends',
  'default',
])
/** Words that are keywords in some places and names in others: what a `/` after them means takes the grammar. */
const CONTEXTUAL = new Set(['yield', 'await', 'of'])
/** Statements whose `( … )` is followed by a statement, where a `/` opens a regular expression. */
const CONTROL = new Set(['if', 'while', 'for', 'with'])

// What may come after the previous token.
/** An expression may start: `/` is a regular expression, `<` (in JSX dialects) an element. */
const START = 0
/** An operator: `/` divides, `<` compares. */
const END = 1
/** Either, depending on what the grammar made of the token before (a `}`, a contextual keyword). */
const EITHER = 2

// Kinds of open brackets, and their flags.
const PAREN = 0
const BRACKET = 1
const BRACE = 2
const SUBSTITUTION = 3
/** Holds (or held) a trigger word: never blanked. */
const TRIGGERED = 1
/** Never blanked, nor anything inside: an import clause, attributes, the arguments of `import(…)` and `require(…)`. */
const PROTECTED = 2
/** The `( … )` of `if`, `while`, `for`, `with`. */
const CONTROL_PAREN = 4
/** Holds a string or template literal outside the spans cut out inside it: whatever a fact names is one. */
const LITERAL = 8

/** Words by their first letter, for finding a name among them without making a string of it. */
const byLetter = (words: Iterable<string>): readonly (readonly string[])[] =>
  Array.from({ length: 26 }, (_, k) => [...new Set(words)].filter((w) => w.charCodeAt(0) === 97 + k))

/** The words above, `type` and `assert` (which open an import clause's braces or attributes), `from`, `jest` and `vi`. */
const WORDS_BY_LETTER = byLetter([...TRIGGERS, ...BEFORE_EXPRESSION, ...CONTEXTUAL, ...CONTROL, 'type', 'assert', 'from', 'jest', 'vi'])
/** The words another name may stand next to: two other names in a row (`print x`) are a syntax error, which only the full parse can place. */
const KEYWORDS_BY_LETTER = byLetter(KEYWORDS)

/** The name from `start` to `end` when it is one of `table`'s words, else ''; no string is made for the others. */
function wordIn(table: readonly (readonly string[])[], text: string, start: number, end: number): string {
  const words = table[text.charCodeAt(start) - 97]
  if (!words) return ''
  const length = end - start
  for (const word of words) if (word.length === length && text.startsWith(word, start)) return word
  return ''
}

const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029
/** JavaScript's white space beyond ASCII (line breaks included), which no name holds. */
const isWideSpace = (c: number) =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff
/** ASCII characters that names hold: a table, for the loop every name goes through. */
const NAME_CHARS = new Uint8Array(128).map((_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 ? 1 : 0,
)
/** Whether a name holds `c`; `c > 127` is not redundant: it is false for the NaN that `charCodeAt` gives past the text's end. */
const isNameChar = (c: number) => (c < 128 ? NAME_CHARS[c] === 1 : c > 127 && !isWideSpace(c))
const isDigit = (c: number) => c >= 48 && c <= 57

// Classes of ASCII characters, for the loop's switch (`Scanner.run`).
const SPACE = 0
const BREAK = 1
const NAME = 2
const SLASH = 3
const DIGIT = 4
const DOT = 5
const QUOTE = 6
const BACKTICK = 7
const OPEN = 8
const CLOSE = 9
const BACKSLASH = 10
const HASH = 11
const LESS = 12
const PLUS_MINUS = 13
const BANG = 14
const QUESTION = 15
const OTHER = 16
const CHARACTERS = new Uint8Array(128).map((_, c) => {
  if (c === 32 || c === 9 || c === 11 || c === 12) return SPACE
  if (c === 10 || c === 13) return BREAK
  if (NAME_CHARS[c] === 1) return isDigit(c) ? DIGIT : NAME
  const punctuators: Record<string, number> = {
    '/': SLASH,
    '.': DOT,
    "'": QUOTE,
    '"': QUOTE,
    '`': BACKTICK,
    '(': OPEN,
    '[': OPEN,
    '{': OPEN,
    ')': CLOSE,
    ']': CLOSE,
    '}': CLOSE,
    '\\': BACKSLASH,
    '#': HASH,
    '<': LESS,
    '+': PLUS_MINUS,
    '-': PLUS_MINUS,
    '!': BANG,
    '?': QUESTION,
  }
  return punctuators[String.fromCharCode(c)] ?? OTHER
})

/** `jsx`: the dialect's grammar reads `<` at the start of an expression as a JSX element (TSX's, which `.js` files get too). */
export function scanJs(text: string, jsx: boolean): JsScan {
  return new Scanner(text, jsx).run()
}

/** The text the parser reads on the fast path: the file with the blanked bodies cut out, and the way back to the file's offsets. */
export class ReducedText {
  constructor(
    readonly text: string,
    /** Pairs: where in `text` a cut was made, and how many characters of the file all cuts up to it took out. */
    private readonly cuts: readonly number[],
    /**
     * Pairs: where in `text` each word that starts a fact begins and ends, in order. Every node that can make a fact holds
     * one as its own token (or its callee's), so the extractor finds them from these rather than by walking the tree.
     */
    readonly triggers: readonly number[],
    /** The plain statements the scan read and cut out, in order (offsets in the file). */
    readonly statements: readonly PlainStatement[],
  ) {}

  /** The offset in the file of an offset in `text`. */
  originalOffset(offset: number): number {
    const cuts = this.cuts
    let low = 0
    let high = cuts.length / 2 - 1
    if (high < 0 || offset < cuts[0]!) return offset
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (cuts[middle * 2]! <= offset) low = middle
      else high = middle - 1
    }
    return offset + cuts[low * 2 + 1]!
  }
}

/** One pass, its state in fields: what the previous token allows, and the open brackets. */
class Scanner {
  private readonly kinds: number[] = []
  private readonly flags: number[] = []
  private readonly opens: number[] = []
  /**
   * Spans to cut, [start, end, filler) triples, in order: a span closed later swallows those inside it. The filler is what
   * stands for the span (`FILLERS`): nothing for a comment or a body in braces, a name in `( … )` and `[ … ]`, a `;` for a plain statement.
   */
  private readonly blanks: number[] = []
  /** [start, end) pairs of the words that start a fact, in order (ReducedText.triggers). */
  private readonly triggers: number[] = []
  private readonly statements: PlainStatement[] = []
  private words = false // a word that can import, whether it starts a fact or not
  private triggered = false // a word that starts a fact
  private after = START
  private word = '' // the previous token when it is a name
  private wordBefore = '' // the name before that one
  private dotted = false // the previous token was `.` or `?.`: a name after it is a property, never a keyword
  private lineBreak = false // a line break since the previous token
  private lastPunctuator = 0 // the previous token's character when it is `,` or `<`, else 0
  private clauseDepth = -1 // the bracket depth of an import or export clause being read
  private reExportDepth = -1 // the bracket depth of an `export {…}` whose `from` would make it a fact
  private nameStart = -1 // where the previous token starts when it is a name, else -1
  private decorator = false // the tokens since the last `@` are names and dots: a decorator's name
  private mockObject: 'jest' | 'vi' | '' = '' // the previous tokens are `jest .` or `vi .`
  private boundary = true // no token yet, or the previous one is `;`, `{` or `}`: a comment here can go
  private problem: JsScan | undefined // why the scan stopped, when it did

  constructor(
    private readonly text: string,
    private readonly jsx: boolean,
  ) {}

  /** Ends a token: what it leaves after it, and its name (if it is one). */
  private token(next: number, name: string, dot: boolean): void {
    this.nameStart = -1
    this.mockObject = ''
    this.boundary = false
    if (!dot) this.decorator = false
    this.after = next
    this.wordBefore = this.word
    this.word = name
    this.dotted = dot
    this.lineBreak = false
    this.lastPunctuator = 0
  }

  /** A word that can import stands from `start` to `end`: the brackets around it stay. */
  private trigger(start: number, end: number): void {
    this.triggered = true
    this.triggers.push(start, end)
    if (this.flags.length) this.flags[this.flags.length - 1]! |= TRIGGERED
  }

  /** Whether the previous name and the one from `start` to `end` may stand side by side: one of them is a keyword. */
  private keywordPair(start: number, end: number): boolean {
    const text = this.text
    let first = this.nameStart
    while (isNameChar(text.charCodeAt(first))) first++
    return wordIn(KEYWORDS_BY_LETTER, text, this.nameStart, first) !== '' || wordIn(KEYWORDS_BY_LETTER, text, start, end) !== ''
  }

  /** A string or template literal stands here: the `( … )` or `[ … ]` around it stays. */
  private literal(): void {
    if (this.flags.length) this.flags[this.flags.length - 1]! |= LITERAL
  }

  private push(kind: number, at: number, flag: number): void {
    const flags = this.flags
    const inherited = flags.length ? flags[flags.length - 1]! & PROTECTED : 0
    this.kinds.push(kind)
    flags.push(flag | inherited)
    this.opens.push(at)
  }

  /**
   * The loop hands each token to a small method of its kind: V8 compiles (and after a deoptimization recompiles) each
   * on its own in a few milliseconds, where one loop holding them all took it most of a cold run to optimize.
   */
  run(): JsScan {
    const text = this.text
    const length = text.length
    let i = 0
    if (text.startsWith('#!')) while (i < length && !isLineBreak(text.charCodeAt(i))) i++
    while (i < length) {
      const c = text.charCodeAt(i)
      switch (c < 128 ? CHARACTERS[c] : c === 0x2028 || c === 0x2029 ? BREAK : isWideSpace(c) ? SPACE : NAME) {
        case SPACE:
          i++
          continue
        case BREAK:
          this.lineBreak = true
          i++
          continue
        case NAME:
          i = this.name(i)
          break
        case SLASH:
          i = this.slash(i)
          break
        case DIGIT:
          i = this.number(i)
          break
        case DOT:
          i = isDigit(text.charCodeAt(i + 1)) ? this.number(i) : this.dot(i, 1)
          break
        case QUOTE:
          i = this.string(i)
          break
        case BACKTICK:
          i = this.templateHead(i)
          break
        case OPEN:
          i = this.open(c, i)
          break
        case CLOSE:
          i = this.close(c, i)
          break
        case BACKSLASH:
          i = this.fail('an escape in a name', i)
          break
        case HASH:
          // `#name`, a private name; anything else is for the parser.
          i = isNameChar(text.charCodeAt(i + 1)) ? i + 1 : this.fail('a `#`', i)
          break
        case LESS:
          i = this.less(i)
          break
        case PLUS_MINUS:
          i = text.charCodeAt(i + 1) === c ? this.increment(c, i) : this.punctuator(c, i)
          break
        case BANG:
          i = text.charCodeAt(i + 1) !== 61 ? this.bang(i) : this.punctuator(c, i)
          break
        case QUESTION:
          i = text.charCodeAt(i + 1) === 46 && !isDigit(text.charCodeAt(i + 2)) ? this.dot(i, 2) : this.punctuator(c, i)
          break
        default:
          i = this.punctuator(c, i)
      }
      if (i < 0) return this.problem!
    }
    if (this.kinds.length) return trouble('an unclosed bracket', this.opens[this.opens.length - 1]!)
    if (!this.words && !this.triggered) return { kind: 'none' }
    return { kind: this.triggered || this.statements.length ? 'reduced' : 'no-fact', text: this.cut() }
  }

  /** Where the scan cannot be sure: -1, the reason kept for `run`. */
  private fail(why: string, at: number): number {
    this.problem = trouble(why, at)
    return -1
  }

  /** A comment, a division or a regular expression. */
  private slash(i: number): number {
    const text = this.text
    const next = text.charCodeAt(i + 1)
    if (next === 47) {
      const start = i
      while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++
      if (this.boundary) this.blanks.push(start, i, NO_FILLER)
      return i
    }
    if (next === 42) {
      const start = i
      const end = text.indexOf('*/', i + 2)
      if (end < 0) return this.fail('an unterminated comment', i)
      let lines = false
      for (let k = i + 2; k < end; k++) if (isLineBreak(text.charCodeAt(k))) lines = this.lineBreak = true
      i = end + 2
      // A comment between statements goes (file headers, doc comments), unless its own line break may be one ASI needs.
      if (this.boundary && (!lines || lineBreakAt(text, i))) this.blanks.push(start, i, NO_FILLER)
      return i
    }
    if (this.after === EITHER) return this.fail('a `/` that may divide or open a regular expression', i)
    if (this.after === END) {
      this.token(START, '', false)
      return i + 1
    }
    const end = skipRegex(text, i)
    if (end < 0) return this.fail('an unterminated regular expression', i)
    this.token(END, '', false)
    return end
  }

  private name(i: number): number {
    const text = this.text
    const kinds = this.kinds
    const start = i
    while (isNameChar(text.charCodeAt(i))) i++
    if (text.charCodeAt(i) === 92) return this.fail('an escape in a name', i)
    const name = wordIn(WORDS_BY_LETTER, text, start, i)
    const mock = this.mockObject && this.dotted && MOCK_METHODS[this.mockObject].has(text.slice(start, i))
    if (this.nameStart >= 0 && !this.lineBreak && !this.decorator && !this.keywordPair(start, i)) {
      return this.fail('two names in a row', start)
    }
    const keyword = !this.dotted
    if (mock) this.trigger(start, i)
    if (TRIGGERS.has(name)) this.words = true
    if (TRIGGERS.has(name) && keyword) {
      if (name !== 'require' && this.statementStarts()) {
        const statement = (name === 'import' ? plainImport : plainExport)(text, i)
        if (statement) return this.plainStatement(start, statement)
      }
      const follows = factFollows(text, name, i)
      if (follows === FACT) this.trigger(start, i)
      else if (follows === FACT_IF_FROM) this.reExportDepth = kinds.length
      if (name === 'import' || name === 'export') this.clauseDepth = kinds.length
    } else if (name === 'from' && keyword && this.reExportDepth === kinds.length) {
      this.trigger(start, i)
      this.reExportDepth = -1
    }
    const decorator = this.decorator
    this.token(keyword && BEFORE_EXPRESSION.has(name) ? START : keyword && CONTEXTUAL.has(name) ? EITHER : END, name, false)
    this.nameStart = start
    this.decorator = decorator
    return i
  }

  /**
   * Whether a statement at the top level may start here, one that a `;` in its place leaves the text around as it was: at
   * the file's start, after a `;`, or after a `}` and a line break (`x = {} import …` is an error a `;` would hide).
   */
  private statementStarts(): boolean {
    return this.kinds.length === 0 && this.boundary && (this.after !== EITHER || this.lineBreak)
  }

  /** A plain statement from `start`, read (plain-statements.ts): cut out, with a `;` in its place. */
  private plainStatement(start: number, statement: PlainStatement): number {
    this.words = true
    this.statements.push(statement)
    this.blanks.push(start, statement.end, SEMICOLON_FILLER)
    this.token(START, '', false)
    this.boundary = true
    return statement.end
  }

  private number(i: number): number {
    const text = this.text
    const hex = text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) | 32) === 120
    i++
    for (;;) {
      const d = text.charCodeAt(i)
      if (isNameChar(d) || d === 46) i++
      else if ((d === 43 || d === 45) && !hex && (text.charCodeAt(i - 1) | 32) === 101) i++
      else break
    }
    this.token(END, '', false)
    return i
  }

  private string(i: number): number {
    const end = skipString(this.text, i)
    if (end < 0) return this.fail('an unterminated string', i)
    this.literal()
    if (this.clauseDepth === this.kinds.length) this.clauseDepth = -1
    this.token(END, '', false)
    return end
  }

  /** A template literal's start: up to its end or its first substitution. */
  private templateHead(i: number): number {
    const end = skipTemplate(this.text, i + 1)
    if (end < 0) return this.fail('an unterminated template', i)
    this.literal()
    return this.templatePart(end)
  }

  /** After a template's text, which ends at `end`: a substitution opens, or the template is over. */
  private templatePart(end: number): number {
    if (this.text.charCodeAt(end - 1) === 123 /* ${ */) {
      this.push(SUBSTITUTION, end - 2, 0)
      this.token(START, '', false)
    } else this.token(END, '', false)
    return end
  }

  private open(c: number, i: number): number {
    const kinds = this.kinds
    const word = this.dotted ? '' : this.word
    let flag = 0
    if (c === 40) {
      if (word === 'import' || word === 'require') flag = PROTECTED
      else if (CONTROL.has(word) || (word === 'await' && this.wordBefore === 'for')) flag = CONTROL_PAREN
      if (this.clauseDepth === kinds.length) this.clauseDepth = -1
    } else if (c === 123) {
      const clause =
        this.clauseDepth === kinds.length && (word === 'import' || word === 'export' || word === 'type' || this.lastPunctuator === 44)
      // `f<{…}>`: a type in TypeScript, in JavaScript an expression whose errors the parser must see (repairs.ts).
      if (clause || word === 'with' || word === 'assert' || this.lastPunctuator === 60) flag = PROTECTED
    }
    this.push(c === 40 ? PAREN : c === 91 ? BRACKET : BRACE, i, flag)
    this.token(START, '', false)
    this.boundary = c === 123
    return i + 1
  }

  private close(c: number, i: number): number {
    const kinds = this.kinds
    const flags = this.flags
    const kind = kinds.pop()
    const flag = flags.pop()!
    const open = this.opens.pop()!
    if (kind === undefined) return this.fail('a closing bracket without its opening one', i)
    if (flag & TRIGGERED && kinds.length) flags[flags.length - 1]! |= TRIGGERED
    if (kind === SUBSTITUTION && c === 125) {
      if (flag & LITERAL && kinds.length) flags[flags.length - 1]! |= LITERAL
      const end = skipTemplate(this.text, i + 1)
      if (end < 0) return this.fail('an unterminated template', i)
      return this.templatePart(end)
    }
    if (kind !== (c === 41 ? PAREN : c === 93 ? BRACKET : BRACE)) return this.fail('mismatched brackets', i)
    if (kind === BRACE && !(flag & (TRIGGERED | PROTECTED)) && i > open + 1) this.blank(open, i, NO_FILLER)
    else if (kind !== BRACE && !(flag & (TRIGGERED | PROTECTED | CONTROL_PAREN | LITERAL)) && i > open + 2) this.blank(open, i, NAME_FILLER)
    else if (flag & LITERAL && kinds.length) flags[flags.length - 1]! |= LITERAL
    this.token(c === 41 ? (flag & CONTROL_PAREN ? START : END) : c === 93 ? END : EITHER, '', false)
    this.boundary = c === 125
    return i + 1
  }

  /**
   * Cuts out what the brackets at `open` and `close` hold, for the filler: a body in braces goes whole (`{}` is a block, an
   * object, a class or type body), what parentheses or square brackets hold becomes one name (`(_)` is an argument, a
   * parameter, an expression, a type; `[_]` an element, an index, a computed name, a tuple). Neither holds a fact: no
   * word that starts one, and in `( … )` or `[ … ]` no literal either (a mock call's or `f<typeof import('x')>('x')`'s
   * literal has no such word of its own inside the brackets). The `( … )` of a `for` stays, whose `;` the grammar needs.
   */
  private blank(open: number, close: number, filler: number): void {
    const blanks = this.blanks
    while (blanks.length && blanks[blanks.length - 3]! > open) blanks.length -= 3
    blanks.push(open + 1, close, filler)
  }

  private less(i: number): number {
    const text = this.text
    if (text.startsWith('<!--', i)) return this.fail('an HTML-like comment', i)
    if (this.jsx && this.after === END && text.charCodeAt(i + 1) === 60) {
      // `a << b`: one token, a shift, as the grammar reads it (its second `<` opens no element).
      this.token(START, '', false)
      return i + 2
    }
    if (this.jsx && this.after !== END) return this.fail('JSX (or a `<` the grammar may read as JSX)', i)
    this.token(START, '', false)
    this.lastPunctuator = 60
    return i + 1
  }

  /** `++` or `--`. */
  private increment(c: number, i: number): number {
    if (c === 45 && this.text.charCodeAt(i + 2) === 62) return this.fail('an HTML-like comment', i)
    // `x++` ends an expression, `++x` starts one; a line break before `++` makes it the next statement's.
    const postfix = this.after === END && !this.lineBreak
    this.token(postfix ? END : START, '', false)
    return i + 2
  }

  /** `!` not followed by `=`. */
  private bang(i: number): number {
    // TypeScript's `x!` ends an expression; `!x` starts one.
    const nonNull = this.after === END && !this.lineBreak
    this.token(nonNull ? END : START, '', false)
    return i + 1
  }

  /** `.` (`width` 1), `?.` (2), or a spread `...`. */
  private dot(i: number, width: number): number {
    const text = this.text
    if (width === 1 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
      // A spread: what follows is an expression, not a property.
      this.token(START, '', false)
      return i + 3
    }
    const object = this.dotted ? '' : this.word
    this.token(START, '', true)
    if (object === 'jest' || object === 'vi') this.mockObject = object
    return i + width
  }

  /** Any other punctuator. */
  private punctuator(c: number, i: number): number {
    if (c === 59 /* ; */ && this.clauseDepth === this.kinds.length) this.clauseDepth = -1
    // `%` never starts an expression (`{% block %}`: a template of another language).
    if (c === 37 && this.after === START) return this.fail('a `%` where an expression starts', i)
    this.token(START, '', false)
    if (c === 44) this.lastPunctuator = c
    this.boundary = c === 59
    this.decorator = c === 64
    return i + 1
  }

  /** The text without the blanked spans, and the trigger words' offsets in it (no blanked span holds one). */
  private cut(): ReducedText {
    const { text, blanks, triggers } = this
    const parts: string[] = []
    const cuts: number[] = []
    let at = 0
    let removed = 0
    let kept = 0
    let t = 0
    for (let k = 0; k < blanks.length; k += 3) {
      const start = blanks[k]!
      const end = blanks[k + 1]!
      const filler = FILLERS[blanks[k + 2]!]!
      for (; t < triggers.length && triggers[t]! < start; t++) triggers[t]! -= removed
      parts.push(text.slice(at, start), filler)
      kept += start - at + filler.length
      removed += end - start - filler.length
      cuts.push(kept, removed)
      at = end
    }
    for (; t < triggers.length; t++) triggers[t]! -= removed
    parts.push(text.slice(at))
    return new ReducedText(parts.join(''), cuts, triggers, this.statements)
  }
}

// What stands for a span cut out (`Scanner.blanks`).
const NO_FILLER = 0
const NAME_FILLER = 1
const SEMICOLON_FILLER = 2
const FILLERS = ['', '_', ';']

// What may follow a trigger word (`factFollows`).
const NO_FACT = 0
const FACT = 1
/** `export {…}` or `export type {…}`: a fact when `from` follows the braces. */
const FACT_IF_FROM = 2
/** What can come after a `require` that is not a call: `require.resolve`, `require,`, `require = …`. */
const NOT_CALLED = new Set([46, 44, 59, 41, 93, 125, 58, 61])

/**
 * Whether the trigger word `name`, ending at `end` and not a property, can start a fact, read from the next token: a
 * `require` not called, `import.meta`, and an `export` of a declaration (`export const`, `export default`, `export =`)
 * cannot. Anything unclear (a comment next) counts as a fact.
 */
function factFollows(text: string, name: string, end: number): number {
  const at = nextToken(text, end)
  const c = text.charCodeAt(at)
  if (name === 'require') return NOT_CALLED.has(c) || Number.isNaN(c) ? NO_FACT : FACT
  if (name === 'import') return c === 46 ? NO_FACT : FACT
  if (c === 123) return FACT_IF_FROM
  if (c === 61 || c === 64) return NO_FACT
  if (!isNameChar(c) || isDigit(c)) return FACT
  let wordEnd = at
  while (isNameChar(text.charCodeAt(wordEnd))) wordEnd++
  if (wordEnd - at !== 4 || !text.startsWith('type', at)) return NO_FACT
  const after = text.charCodeAt(nextToken(text, wordEnd))
  return after === 42 ? FACT : after === 123 ? FACT_IF_FROM : NO_FACT
}

/** The offset of the first character at or after `i` that is neither white space nor a line break. */
function nextToken(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 11 || c === 12 || isLineBreak(c) || (c > 127 && isWideSpace(c));) {
    c = text.charCodeAt(++i)
  }
  return i
}

function trouble(why: string, at: number): JsScan {
  return { kind: 'trouble', why: `${why} at offset ${at}` }
}

/** Whether a line break follows `i` before anything but spaces and tabs (or the text ends). */
function lineBreakAt(text: string, i: number): boolean {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++
  return i >= text.length || isLineBreak(text.charCodeAt(i))
}

/** The end (exclusive) of the string literal whose quote is at `i`; -1 when a line ends first. */
function skipString(text: string, i: number): number {
  const quote = text.charCodeAt(i)
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c === quote) return k + 1
    if (c === 92) {
      // A backslash before a line break continues the string; `\` CR LF is one such break.
      if (text.charCodeAt(k + 1) === 13 && text.charCodeAt(k + 2) === 10) k++
      k++
    } else if (c === 10 || c === 13) return -1
  }
  return -1
}

/** From inside a template literal: the end of its closing `` ` ``, or just after the next `${`; -1 when it never ends. */
function skipTemplate(text: string, i: number): number {
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c === 96) return k + 1
    if (c === 92) k++
    else if (c === 36 && text.charCodeAt(k + 1) === 123) return k + 2
  }
  return -1
}

/** The end of the regular expression whose `/` is at `i` (its flags included); -1 when a line ends first. */
function skipRegex(text: string, i: number): number {
  let inClass = false
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (isLineBreak(c)) return -1
    if (c === 92) {
      if (isLineBreak(text.charCodeAt(k + 1))) return -1
      k++
    } else if (c === 91) inClass = true
    else if (c === 93) inClass = false
    else if (c === 47 && !inClass) {
      let end = k + 1
      while (end < text.length && isNameChar(text.charCodeAt(end))) end++
      return end
    }
  }
  return -1
}
