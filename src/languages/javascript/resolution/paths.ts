/**
 * Paths inside the tree the resolver sees: repository-relative, `/`-separated, '' for the root. A path
 * that would climb above the root names nothing (the resolver's host holds the repository and no more).
 */

/** `dir` joined with `rel`; undefined when it climbs out of the repository or is rooted elsewhere (`/x`, `C:/x`). */
export function joinPath(dir: string, rel: string): string | undefined {
  if (rel.startsWith('/') || /^[A-Za-z]:[\\/]/.test(rel)) return undefined
  // The usual cases, a plain name below `dir` or below a folder it climbs to first (`./a`, `../../a/b`), need no splitting.
  for (;;) {
    if (rel.startsWith('./')) rel = rel.slice(2)
    else if (rel.startsWith('../')) {
      if (dir === '') return undefined
      dir = parentOf(dir)
      rel = rel.slice(3)
    } else break
  }
  if (rel !== '' && !rel.startsWith('.') && !rel.startsWith('/') && !rel.includes('/.') && !rel.includes('//') && !rel.endsWith('/')) {
    return dir === '' ? rel : `${dir}/${rel}`
  }
  const parts = dir === '' ? [] : dir.split('/')
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/')
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** `path` and every folder above it, nearest first, ending with the root ''. */
export function* ancestors(dir: string): Generator<string> {
  let current = dir
  for (;;) {
    yield current
    if (current === '') return
    current = parentOf(current)
  }
}

/** Whether `path` is `dir` or inside it. */
export function isWithin(dir: string, path: string): boolean {
  return dir === '' || path === dir || path.startsWith(dir + '/')
}

/** The part of `path` below `dir` (which holds it). */
export function relativeTo(dir: string, path: string): string {
  return dir === '' ? path : path === dir ? '' : path.slice(dir.length + 1)
}

/** The way from folder `from` to `to`, with `..` where it climbs: what `joinPath(from, …)` turns back into `to`. */
export function relativePath(from: string, to: string): string {
  const a = from === '' ? [] : from.split('/')
  const b = to === '' ? [] : to.split('/')
  let common = 0
  while (common < a.length && common < b.length && a[common] === b[common]) common++
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/') || '.'
}

/** TypeScript's test for a relative name: `.`, `..`, or starting with `./` `../` (or a rooted path). */
export function isRelativeName(name: string): boolean {
  return /^\.\.?(?:$|[\\/])/.test(name) || name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name)
}
