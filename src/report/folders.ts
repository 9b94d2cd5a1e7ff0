import { byCodePoint, dirOf } from '../core/repo-path.js'

/** A file's folder cut to its first `depth` levels ('.' for the repository root): the unit "where it lands" is counted in. */
export function topFolder(path: string, depth = 2): string {
  const dir = dirOf(path)
  return dir ? dir.split('/').slice(0, depth).join('/') : '.'
}

/** Folders by how many of the paths they hold, most first, ties by name. */
export function countByFolder(paths: Iterable<string>, depth = 2): [folder: string, count: number][] {
  const counts = new Map<string, number>()
  for (const path of paths) {
    const folder = topFolder(path, depth)
    counts.set(folder, (counts.get(folder) ?? 0) + 1)
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b))
}
