/**
 * File names are untrusted: a pull request can add `a`|b<img src=x onerror=alert(1)>.txt`, or a name
 * with a newline or a right-to-left override. Every name reaches the report through one of these, one
 * per context it lands in, so that it shows as the characters it is and cannot change what is around it.
 */

/**
 * Control, invisible and direction-changing characters, which would hide or reorder what a reader sees: Unicode's
 * controls (Cc), its format characters (Cf: every Bidi_Control, the Arabic letter mark among them, zero widths, the
 * soft hyphen, tag characters) and the line and paragraph separators. By category rather than a list, so that no
 * such character is left out; marks that draw on the letter before them (accents, variation selectors) are not in it.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

/** How a character that must not reach the reader as it is is written: `\n`, `\t`, else its code point (`\u{202e}`). */
export const spelledOut = (c: string): string => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u{${c.codePointAt(0)!.toString(16)}}`)

/** The name with every invisible character spelled out (`\n`, `\u{202e}`): for terminals and all markup. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, spelledOut)
}

/** `text` cut in the middle to at most `width` characters, every invisible character spelled out. */
export function elide(text: string, width: number): string {
  const chars = Array.from(visible(text)) // by code point, so a cut never splits a surrogate pair
  if (chars.length <= width) return chars.join('')
  const head = Math.ceil((width - 1) / 2)
  return chars.slice(0, head).join('') + '…' + chars.slice(chars.length - (width - 1 - head)).join('')
}

/**
 * A code span shows these as they are: no backtick or pipe, no spaces it would trim or fold. Names
 * with `<`, `>` or `&` are safe in a code span too, but take the entity form so that no tag-like
 * text from a name reaches the body at all.
 */
function plainInCodeSpan(text: string): boolean {
  return text !== '' && !/[`|<>&]/u.test(text) && text.trim() === text && !/\s\s/u.test(text)
}

const entity = (c: string) => `&#${c.codePointAt(0)};`

/**
 * A name as inline code, safe in markdown text and in table cells. Usual names get a plain code
 * span; any other becomes `<code>` with every character that markdown or HTML could read encoded as
 * an entity (a table splits cells before it reads entities).
 */
export function mdCode(text: string): string {
  const shown = visible(text)
  if (plainInCodeSpan(shown)) return `\`${shown}\``
  return `<code>${shown.replace(/[^A-Za-z0-9 ./-]/gu, entity)}</code>`
}

/** Free text from the engine or the repository (a skip reason) as markdown that reads as plain text. */
export function mdText(text: string): string {
  return visible(text).replace(/[^A-Za-z0-9 ,.:;/'()-]/gu, entity)
}

/** A URL as a markdown link target: the characters that would end or break `(...)` percent-encoded. */
export function mdUrl(url: string): string {
  return url.replace(/[\u0000-\u0020()<>"'`|\\\u007f]/gu, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)
}

/** A file's page on the forge at a commit, each path segment percent-encoded. */
export function blobUrl(repoUrl: string, sha: string, path: string): string {
  return `${repoUrl.replace(/\/+$/u, '')}/blob/${encodeURIComponent(sha)}/${path.split('/').map(encodeURIComponent).join('/')}`
}

/**
 * A mermaid label inside `["..."]`: everything but letters, digits, space and `./_-` as mermaid's
 * `#code;` entities, so no quote, bracket, backtick (markdown strings) or fence can escape the label.
 */
export function mermaidLabel(text: string): string {
  return visible(text).replace(/[^A-Za-z0-9 ./_-]/gu, (c) => `#${c.codePointAt(0)};`)
}

/** Arguments as one POSIX shell line: each word plain where it is safe, else in single quotes. */
export function shellWords(args: readonly string[]): string {
  return args.map((arg) => (/^[A-Za-z0-9_./:@%+=,-]+$/u.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`)).join(' ')
}
