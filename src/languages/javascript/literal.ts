const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }

/**
 * The value of a string literal or of a template literal without substitutions, from its source text
 * with the quotes: escapes cooked as the language does (`'a\x2fb'` is `a/b`; a backslash before a line
 * break continues the line). Undefined for a template with a substitution, which is no literal.
 */
export function literalValue(quoted: string): string | undefined {
  const quote = quoted[0]
  if ((quote !== "'" && quote !== '"' && quote !== '`') || quoted.length < 2 || quoted[quoted.length - 1] !== quote) return undefined
  const body = quoted.slice(1, -1)
  if (quote === '`' && /(?:^|[^\\])(?:\\\\)*\$\{/.test(body)) return undefined
  // Template literals normalise their line ends to \n before anything else.
  const raw = quote === '`' ? body.replace(/\r\n?/g, '\n') : body
  if (!raw.includes('\\')) return raw
  return raw.replace(
    /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-3][0-7]{0,2}|[4-7][0-7]?|\r\n|[\s\S])/g,
    (_, escape: string) => {
      if (escape[0] === 'u' && escape.length > 1) {
        const code = parseInt(escape[1] === '{' ? escape.slice(2, -1) : escape.slice(1), 16)
        return code <= 0x10ffff ? String.fromCodePoint(code) : escape
      }
      if (escape[0] === 'x' && escape.length === 3) return String.fromCharCode(parseInt(escape.slice(1), 16))
      // Legacy octal escapes (`\40`) take digits while the value stays below 256.
      if (/^[0-7]/.test(escape)) return String.fromCharCode(parseInt(escape, 8))
      if (escape === '\r\n' || escape === '\n' || escape === '\r' || escape === '\u2028' || escape === '\u2029') return ''
      return SIMPLE_ESCAPES[escape] ?? escape
    },
  )
}
