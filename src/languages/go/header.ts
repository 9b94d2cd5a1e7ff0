/** Where a Go file's header ends, and whether it could be read to its end without trouble. */
export interface GoHeader {
  /** Where the package clause starts: the comments above it (licences, build lines) say nothing about imports. */
  readonly start: number
  readonly end: number
  readonly clean: boolean
}

/**
 * Finds the end of a Go file's header (package clause, then import declarations) the way the go tool's
 * own import reader does (go/build's read.go), so that what follows the header, however broken, never
 * changes which imports count: Go only looks at the header. `clean: false` where the reader would stop
 * on a syntax error; the caller then reads the whole file to find where it breaks.
 */
export function goHeader(text: string): GoHeader {
  const reader = new HeaderReader(text)
  return reader.read()
}

const isIdent = (c: string) => /[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) >= 0x80

class HeaderReader {
  private pos = 0
  private broken = false

  constructor(private readonly text: string) {}

  read(): GoHeader {
    this.peek()
    const start = this.pos
    this.keyword('package')
    this.ident()
    while (!this.broken && this.peek() === 'i') {
      this.keyword('import')
      if (this.peek() === '(') {
        this.pos++
        while (!this.broken && this.peek() !== ')') this.importSpec()
        this.pos++
      } else this.importSpec()
    }
    if (this.broken) return { start: 0, end: this.text.length, clean: false }
    this.peek()
    return { start, end: Math.min(this.pos, this.text.length), clean: true }
  }

  /** Skips blanks, semicolons and comments (as the go reader does), and returns the next character ('' at the end). */
  private peek(): string {
    const text = this.text
    while (this.pos < text.length) {
      const c = text[this.pos]!
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f' || c === ';') this.pos++
      else if (text.startsWith('//', this.pos)) {
        const end = text.indexOf('\n', this.pos)
        this.pos = end < 0 ? text.length : end
      } else if (text.startsWith('/*', this.pos)) {
        const end = text.indexOf('*/', this.pos + 2)
        if (end < 0) return this.fail()
        this.pos = end + 2
      } else if (c === '/') return this.fail()
      else return c
    }
    if (this.pos >= text.length) return ''
    return text[this.pos]!
  }

  private keyword(word: string): void {
    this.peek()
    if (!this.text.startsWith(word, this.pos)) return void this.fail()
    this.pos += word.length
    if (this.pos < this.text.length && isIdent(this.text[this.pos]!)) this.fail()
  }

  private ident(): void {
    const c = this.peek()
    if (!c || !isIdent(c)) return void this.fail()
    while (this.pos < this.text.length && isIdent(this.text[this.pos]!)) this.pos++
  }

  private importSpec(): void {
    const c = this.peek()
    if (c === '.') this.pos++
    else if (c && isIdent(c)) this.ident()
    this.string()
  }

  private string(): void {
    const quote = this.peek()
    const text = this.text
    if (quote !== '"' && quote !== '`') return void this.fail()
    let i = this.pos + 1
    for (; i < text.length && text[i] !== quote; i++) {
      if (quote === '"' && text[i] === '\n') return void this.fail()
      if (quote === '"' && text[i] === '\\') i++
    }
    if (i >= text.length) return void this.fail()
    this.pos = i + 1
  }

  private fail(): '' {
    this.broken = true
    return ''
  }
}
