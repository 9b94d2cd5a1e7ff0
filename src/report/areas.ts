import { byCodePoint, dirOf } from '../core/repo-path.js'

/** A folder holding more than this share of the radius is split into its subfolders, where it has any. */
const AREA_SHARE = 0.25
/** Splitting stops after this many rounds, whatever the tree looks like (a bound, not a goal). */
const MAX_SPLITS = 64

/** Folders that separate a radius: `django/db/models` rather than `django/`, each with its files. */
export interface Areas {
  /** Most files first, ties by name; '.' is the repository root. */
  readonly areas: readonly (readonly [folder: string, count: number])[]
  /** The area a path of the radius falls in. */
  readonly areaOf: (path: string) => string
}

/**
 * Starts from the top-level folders and splits the largest while it holds more than a quarter of the
 * paths and has subfolders: a central change lands everywhere, and "django/" says nothing. Files
 * directly in a folder that is split stay in that folder's own area.
 */
export function areasOf(paths: readonly string[]): Areas {
  const cut = (path: string, depth: number) => {
    const parts = dirOf(path).split('/').filter(Boolean)
    return parts.length ? parts.slice(0, depth).join('/') : '.'
  }
  const split = new Set<string>()
  const areaOf = (path: string): string => {
    let depth = 1
    let area = cut(path, depth)
    while (split.has(area) && cut(path, depth + 1) !== area) area = cut(path, ++depth)
    return area
  }
  const counts = () => {
    const counted = new Map<string, number>()
    for (const path of paths) {
      const area = areaOf(path)
      counted.set(area, (counted.get(area) ?? 0) + 1)
    }
    return [...counted].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b))
  }
  let areas = counts()
  for (let round = 0; round < MAX_SPLITS; round++) {
    const next = areas.find(([folder, n]) => n > AREA_SHARE * paths.length && !split.has(folder) && hasSubfolders(paths, folder))
    if (!next) break
    split.add(next[0])
    areas = counts()
  }
  return { areas, areaOf }
}

function hasSubfolders(paths: readonly string[], folder: string): boolean {
  if (folder === '.') return false
  const prefix = `${folder}/`
  return paths.some((path) => dirOf(path).startsWith(prefix))
}
