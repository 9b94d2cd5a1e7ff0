import { unquoteGo } from './go-string.js'

/** A `replace` line: OLD maps to a directory (relative to the file, as written) or, `dir: null`, to something outside the repository. */
export interface GoReplace {
  readonly path: string
  readonly dir: string | null
}

/** What the graph reads from a `go.mod` or `go.work`: the module path, `use` folders and replacements, in file order. */
export interface GoModFile {
  readonly module?: string
  readonly uses: readonly string[]
  readonly replaces: readonly GoReplace[]
}

/**
 * Reads `go.mod` and `go.work` text the way Go's modfile package splits it: one statement per line or
 * `verb (` … `)` blocks, `//` comments, paths bare or quoted. Lines it does not know (`go`, `toolchain`,
 * `godebug`, `require`, …) and lines it cannot read are left out: the graph needs only paths.
 */
export function parseGoMod(text: string): GoModFile {
  let module: string | undefined
  const uses: string[] = []
  const replaces: GoReplace[] = []
  let block: string | undefined
  for (const tokens of text.split('\n').map(lineTokens)) {
    if (!tokens.length) continue
    if (block !== undefined) {
      if (tokens.length === 1 && tokens[0] === ')') block = undefined
      else statement(block, tokens)
      continue
    }
    const [verb, ...rest] = tokens
    if (rest.length === 1 && rest[0] === '(') block = verb
    else if (!(rest.length === 2 && rest[0] === '(' && rest[1] === ')')) statement(verb!, rest)
  }
  return { module, uses, replaces }

  function statement(verb: string, args: readonly string[]): void {
    const values = args.map(tokenValue)
    if (values.some((v) => v === undefined)) return
    const [first, ...more] = values as string[]
    if (verb === 'module' && first !== undefined && !more.length) module ??= first
    else if (verb === 'use' && first !== undefined && !more.length) uses.push(first)
    else if (verb === 'replace') {
      const replace = replaceOf(values as string[])
      if (replace) replaces.push(replace)
    }
  }
}

/** `OLD [VERSION] => NEW [VERSION]`; a right side without a version must be a directory, else Go refuses the line. */
function replaceOf(args: readonly string[]): GoReplace | undefined {
  const arrow = args[1] === '=>' ? 1 : 2
  if (args[arrow] !== '=>' || args.length < arrow + 2 || args.length > arrow + 3) return undefined
  const path = args[0]!
  const target = args[arrow + 1]!
  if (args.length === arrow + 3) return { path, dir: null }
  if (/^\.\.?(\/|$)/.test(target)) return { path, dir: target }
  // Rooted paths (Unix, Windows) are directories too, but outside any repository.
  if (/^([/\\]|[A-Za-z]:)/.test(target)) return { path, dir: null }
  return undefined
}

/** A token's text: a quoted one unquoted (undefined when it is not a valid literal). */
function tokenValue(token: string): string | undefined {
  return token.startsWith('"') || token.startsWith('`') ? unquoteGo(token) : token
}

/** One line's tokens: `(`, `)`, quoted strings, and runs of anything else up to a blank, a parenthesis or `//`. */
function lineTokens(line: string): string[] {
  const tokens: string[] = []
  let i = 0
  while (i < line.length) {
    const c = line[i]!
    if (c === ' ' || c === '\t' || c === '\r') i++
    else if (line.startsWith('//', i)) break
    else if (c === '(' || c === ')') {
      tokens.push(c)
      i++
    } else if (c === '"' || c === '`') {
      let j = i + 1
      while (j < line.length && line[j] !== c) j += c === '"' && line[j] === '\\' ? 2 : 1
      tokens.push(line.slice(i, j + 1))
      i = j + 1
    } else {
      let j = i
      while (j < line.length && !/[\s()]/.test(line[j]!) && !line.startsWith('//', j)) j++
      tokens.push(line.slice(i, j))
      i = j
    }
  }
  return tokens
}
