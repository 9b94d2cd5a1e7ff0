import type { CodeownersFile } from '../change/read-codeowners.js'

interface Rule {
  readonly line: number
  readonly matches: (path: string) => boolean
  /** Empty: the pattern clears ownership of what it matches. */
  readonly owners: readonly string[]
}

export interface Codeowners {
  readonly path: string
  /** The owners of a repository path by the last rule that matches it; empty when none does or it has none. */
  ownersOf(path: string): readonly string[]
  /** Lines GitHub would skip, with why (a negation, a bracket range, an owner that is no handle or address). */
  readonly errors: readonly { readonly line: number; readonly message: string }[]
}

/**
 * GitHub's rules (docs: "About code owners"): a line is a pattern and owners, `#` starts a comment,
 * `\#` a literal `#`; patterns follow .gitignore's syntax, case-sensitive, except that `!` negation and
 * `[ ]` ranges are not supported (such lines are skipped and reported); the last matching line wins.
 */
export function parseCodeowners(file: CodeownersFile): Codeowners {
  const rules: Rule[] = []
  const errors: { line: number; message: string }[] = []
  file.text.split(/\r?\n/u).forEach((raw, i) => {
    const line = i + 1
    const tokens = tokenize(raw)
    if (!tokens.length) return
    const [pattern, ...owners] = tokens as [string, ...string[]]
    if (pattern.startsWith('!')) return void errors.push({ line, message: 'negated patterns (!) are not supported' })
    if (/(^|[^\\])\[/u.test(pattern)) return void errors.push({ line, message: 'character ranges ([ ]) are not supported' })
    const bad = owners.find((o) => !/^@[\w.-]+(\/[\w.-]+)?$|^[^@\s]+@[^@\s]+$/u.test(o))
    if (bad !== undefined) return void errors.push({ line, message: `"${bad}" is not a user, team or e-mail address` })
    rules.push({ line, matches: matcher(pattern), owners })
  })
  return {
    path: file.path,
    errors,
    ownersOf(path) {
      for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.matches(path)) return rules[i]!.owners
      return []
    },
  }
}

/** The line's words up to a comment: spaces separate them unless escaped, `\#` is a literal `#`. */
function tokenize(line: string): string[] {
  const tokens: string[] = []
  let word = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '\\' && i + 1 < line.length) {
      word += line[i + 1] === '#' || line[i + 1] === ' ' ? line[++i]! : c
    } else if (c === '#') break
    else if (c === ' ' || c === '\t') {
      if (word) tokens.push(word)
      word = ''
    } else word += c
  }
  if (word) tokens.push(word)
  return tokens
}

/**
 * A .gitignore pattern as a test on a repository path: a slash at the start or in the middle anchors it
 * to the root, otherwise it matches at any depth; a match on a folder owns everything below it; a
 * trailing slash matches folders only; `*` and `?` stay within one name, `**` spans folders. A final
 * `/*` matches the files of that folder but not deeper ones (GitHub's `docs/*` example).
 */
function matcher(pattern: string): (path: string) => boolean {
  const folderOnly = pattern.endsWith('/')
  const body = pattern.replace(/\/+$/u, '')
  const anchored = body.includes('/')
  const parts = body.replace(/^\//u, '').split('/')
  let source = ''
  parts.forEach((part, i) => {
    const last = i === parts.length - 1
    if (part === '**') {
      source += last ? '.*' : '(?:.*/)?'
      return
    }
    source +=
      part
        .replace(/[.+^${}()|[\]\\]/gu, '\\$&')
        .replace(/\*/gu, '[^/]*')
        .replace(/\?/gu, '[^/]') + (last ? '' : '/')
  })
  const below = body.endsWith('/*') && !body.endsWith('/**') ? '' : folderOnly ? '/.*' : '(?:/.*)?'
  const regex = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}${below}$`, 'u')
  return (path) => regex.test(path)
}
