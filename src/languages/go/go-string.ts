const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 }

/**
 * The value of a Go string literal as written, `"…"` or `` `…` ``, as Go's strconv.Unquote gives it (import
 * paths and go.mod paths are both read that way); undefined when it is not a valid literal.
 */
export function unquoteGo(literal: string): string | undefined {
  if (literal.length < 2) return undefined
  const quote = literal[0]
  if (quote !== literal[literal.length - 1]) return undefined
  const body = literal.slice(1, -1)
  // A raw string holds its bytes as they are, except carriage returns, which Go drops.
  if (quote === '`') return body.includes('`') ? undefined : body.replaceAll('\r', '')
  if (quote !== '"') return undefined
  if (!body.includes('\\')) return body.includes('"') || body.includes('\n') ? undefined : body
  return unescape(body)
}

/** Escapes of an interpreted string: `\x` and octal ones name bytes, which then decode as UTF-8 together. */
function unescape(body: string): string | undefined {
  const bytes: number[] = []
  const encoder = new TextEncoder()
  for (let i = 0; i < body.length;) {
    const c = body[i]!
    if (c === '"' || c === '\n') return undefined
    if (c !== '\\') {
      const code = body.codePointAt(i)!
      const char = String.fromCodePoint(code)
      bytes.push(...encoder.encode(char))
      i += char.length
      continue
    }
    const e = body[i + 1]
    if (e === undefined) return undefined
    if (e in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[e]!)
      i += 2
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const digits = e === 'x' ? 2 : e === 'u' ? 4 : 8
      const hex = body.slice(i + 2, i + 2 + digits)
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return undefined
      const value = parseInt(hex, 16)
      if (e === 'x') bytes.push(value)
      else if (value > 0x10ffff || (value >= 0xd800 && value < 0xe000)) return undefined
      else bytes.push(...encoder.encode(String.fromCodePoint(value)))
      i += 2 + digits
    } else if (/[0-7]/.test(e)) {
      const octal = body.slice(i + 1, i + 4)
      if (!/^[0-7]{3}$/.test(octal) || parseInt(octal, 8) > 255) return undefined
      bytes.push(parseInt(octal, 8))
      i += 4
    } else return undefined
  }
  return new TextDecoder().decode(new Uint8Array(bytes))
}
