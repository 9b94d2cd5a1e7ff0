/**
 * A path relative to the repository root, with `/` separators, never absolute, never climbing out
 * (`..`), never empty. Every file the engine knows is named by one; the brand keeps arbitrary strings
 * (user input, OS paths) from being mistaken for one without passing through `toRepoPath`.
 */
export type RepoPath = string & { readonly __brand: 'RepoPath' }

export class InvalidPathError extends Error {}

/**
 * `\` separates folders only on Windows; elsewhere it is an ordinary character of a file name
 * (`a\b` is one name, `..\x` climbs nowhere), as git and the file system see it.
 */
const SEPARATORS = process.platform === 'win32' ? /[\\/]/ : /\//

/**
 * What toRepoPath would change or refuse: a separator at either end or twice in a row, a `.` or `..`
 * part, nothing at all (and on Windows any `\`). A path without any of them, such as every name git
 * lists, is already as toRepoPath gives it: it is returned as it is, with no split and no join.
 */
const NOT_AS_GIVEN = process.platform === 'win32' ? /\\|^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)/ : /^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)/

export function toRepoPath(raw: string): RepoPath {
  if (!NOT_AS_GIVEN.test(raw)) return raw as RepoPath
  const parts: string[] = []
  for (const part of raw.split(SEPARATORS)) {
    if (part === '' || part === '.') continue
    if (part === '..') throw new InvalidPathError(`path climbs out of the repository: ${raw}`)
    parts.push(part)
  }
  if (parts.length === 0 || raw.startsWith('/')) throw new InvalidPathError(`not a path inside the repository: ${raw}`)
  return parts.join('/') as RepoPath
}

/** A folder inside the repository as a user names it: '' for the root itself (`.`), else as `toRepoPath` has it. */
export function toRepoFolder(raw: string): string {
  if (!raw.startsWith('/') && raw.split(SEPARATORS).every((part) => part === '' || part === '.')) return ''
  return toRepoPath(raw)
}

/** The folder holding `path` ('' for the repository root). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Code-point order, the one order used for every list the engine prints. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
