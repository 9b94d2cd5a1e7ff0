import { byCodePoint, dirOf } from '../core/repo-path.js'

/** An area holding more than this share of the paths is split into its subfolders, where they are large enough. */
const AREA_SHARE = 0.25
/** A subfolder becomes an area of its own when it holds at least this share of the paths. */
const MIN_SHARE = 0.04
/** While fewer areas than this hold paths, any subfolder of two or more files splits off: one area is no answer. */
const FEW_AREAS = 3

/** Folders that separate a radius: `django/db/models` rather than `django/`, each with its files. */
export interface Areas {
  /** Most files first, ties by name; '.' is the repository root. */
  readonly areas: readonly (readonly [folder: string, count: number])[]
  /** Areas some of whose subfolders became areas of their own: what is left in them is "the rest". */
  readonly split: ReadonlySet<string>
  /** The area of any path: the deepest area folder that holds it. */
  readonly areaOf: (path: string) => string
}

/**
 * The one rule for areas, shared by the report's "what to check" and the snapshot's sectors. It starts
 * from the top-level folders and splits the largest while it holds more than a quarter of the paths:
 * a central change lands everywhere, and "django/" says nothing. A split makes areas of the subfolders
 * that hold a fair share (MIN_SHARE) and leaves the rest in the folder, so a test suite of a hundred
 * small folders stays one area instead of a hundred.
 */
export function areasOf(paths: readonly string[]): Areas {
  const folders = new Set<string>(['.'])
  for (const path of paths) folders.add(topFolder(path))
  // Looked up by folder, as files share folders (Django: 2,872 files in ~600), and forgotten when the areas change.
  const known = new Map<string, string>()
  const areaOf = (path: string): string => {
    const dir = dirOf(path)
    let area = known.get(dir)
    if (area === undefined) {
      area = '.'
      for (let folder = dir; folder; folder = dirOf(folder)) {
        if (!folders.has(folder)) continue
        area = folder
        break
      }
      known.set(dir, area)
    }
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
  const minimum = Math.max(2, Math.ceil(MIN_SHARE * paths.length))
  const split = new Set<string>()
  const settled = new Set<string>()
  let areas = counts()
  for (;;) {
    const few = areas.length < FEW_AREAS
    const next = areas.find(([folder, n]) => !settled.has(folder) && folder !== '.' && (few || n > AREA_SHARE * paths.length))
    if (!next) break
    settled.add(next[0])
    const children = subfolderCounts(paths, next[0], areaOf)
    const fit = [...children].filter(([, n]) => n >= (few ? 2 : minimum))
    if (!fit.length) continue
    for (const [child] of fit) folders.add(child)
    known.clear()
    split.add(next[0])
    areas = counts()
  }
  return { areas, split, areaOf }
}

/** The top-level folder of a path, '.' for a file at the root. */
function topFolder(path: string): string {
  const slash = path.indexOf('/')
  return slash < 0 ? '.' : path.slice(0, slash)
}

/** Paths under each direct subfolder of `folder` that are in its area (not already in a deeper one). */
function subfolderCounts(paths: readonly string[], folder: string, areaOf: (path: string) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const path of paths) {
    if (areaOf(path) !== folder) continue
    const slash = path.indexOf('/', folder.length + 1)
    if (slash < 0) continue
    const child = path.slice(0, slash)
    counts.set(child, (counts.get(child) ?? 0) + 1)
  }
  return counts
}
