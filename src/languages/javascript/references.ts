/** A `/// <reference path="p" />` directive: the path as written and the offset of its first character. */
export interface PathReference {
  readonly path: string
  readonly offset: number
}

/** TypeScript's own patterns for a triple-slash directive and for one of its attributes (`parser.ts`). */
const TRIPLE_SLASH = /^\/\/\/\s*<(\S+)\s.*?\/>/m
const attribute = (name: string) => new RegExp(`(\\s${name}\\s*=\\s*)(?:(?:'([^']*)')|(?:"([^"]*)"))`, 'im')
const TYPES = attribute('types')
const LIB = attribute('lib')
const PATH = attribute('path')
const NO_DEFAULT_LIB = attribute('no-default-lib')

const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029
/** TypeScript's `isWhiteSpaceLike` beyond ASCII. */
const isWideSpace = (c: number) =>
  c === 0xa0 ||
  c === 0x85 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff ||
  c === 0x2028 ||
  c === 0x2029

/**
 * The `/// <reference path>` directives of a file, read as TypeScript reads them: from the comments
 * before the first token (after a `#!` line), one directive per `///` comment, where `no-default-lib`,
 * `types` and `lib` win over `path` in that order.
 */
export function pathReferences(text: string): PathReference[] {
  const found: PathReference[] = []
  let i = /^#!.*/.exec(text)?.[0].length ?? 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 32 || (c > 127 && isWideSpace(c))) {
      i++
      continue
    }
    if (c !== 47) break
    const next = text.charCodeAt(i + 1)
    if (next === 42) {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? text.length : end + 2
      continue
    }
    if (next !== 47) break
    const start = i
    while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++
    const reference = pathReference(text.slice(start, i))
    if (reference) found.push({ path: reference.path, offset: start + reference.offset })
  }
  return found
}

function pathReference(comment: string): PathReference | undefined {
  const directive = TRIPLE_SLASH.exec(comment)
  if (directive?.[1]!.toLowerCase() !== 'reference') return undefined
  const noDefaultLib = NO_DEFAULT_LIB.exec(comment)
  if (noDefaultLib && (noDefaultLib[2] || noDefaultLib[3]) === 'true') return undefined
  if (TYPES.test(comment) || LIB.test(comment)) return undefined
  const path = PATH.exec(comment)
  if (!path) return undefined
  // TypeScript takes `'…'` first, so an empty single-quoted path names nothing (its own parser trips on it).
  const value = path[2] || path[3]
  return value === undefined ? undefined : { path: value, offset: path.index + path[1]!.length + 1 }
}
