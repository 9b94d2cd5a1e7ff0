/**
 * The areas of a repository for the snapshot: folders at the depth that separates them. A flat cut at
 * one depth fails both ways (Django at depth 1 is `django` and `tests`; at depth 2 it is hundreds of
 * test folders), so the split is by weight instead: start from the root and keep splitting the
 * heaviest area into the subfolders that hold a fair share of the files (at least MIN_SHARE of them;
 * any, while fewer than three areas hold files), the rest of the folder staying the parent's area,
 * until there are MAX_AREAS or nothing splits.
 * Django with its dispatcher changed: `django/db`, `django/contrib/auth`, `django/contrib/admin`, …,
 * `tests`. The weights are the files of the radius (all files when nothing is affected), so the
 * areas are where the change lands; every other file falls in the area of its longest prefix.
 *
 * A pure function of the paths and weights: the same input gives the same areas, in the same order.
 */
import { byCodePoint } from '../core/repo-path.js'

export const MAX_AREAS = 10
/** A subfolder becomes an area of its own when it holds at least this share of the weighed files. */
const MIN_SHARE = 0.04

export interface SnapshotAreas {
  /** Folder prefixes (`django/db/`; `''` for the root), in path order. */
  readonly prefixes: readonly string[]
  /** Each path's area, as an index into `prefixes`. */
  readonly areaOf: readonly number[]
}

/** How an area is named in the picture: its folder, or the folder's other files when subfolders became areas of their own. */
export function areaName(prefixes: readonly string[], area: number): string {
  const prefix = prefixes[area]!
  if (!prefix) return '(top level)'
  const split = prefixes.some((p) => p !== prefix && p.startsWith(prefix))
  return split ? `${prefix.slice(0, -1)} (rest)` : prefix.slice(0, -1)
}

/** `weighed[i]`: whether path i counts when choosing the areas. */
export function snapshotAreas(paths: readonly string[], weighed: readonly boolean[]): SnapshotAreas {
  const chosen = weighed.some(Boolean) ? paths.filter((_, i) => weighed[i]) : [...paths]
  const minimum = Math.max(2, Math.ceil(MIN_SHARE * chosen.length))
  const prefixes = new Set([''])
  const settled = new Set<string>()
  while (prefixes.size < MAX_AREAS) {
    const sizes = areaSizes(chosen, [...prefixes])
    const heaviest = [...prefixes]
      .filter((p) => !settled.has(p))
      .sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || byCodePoint(a, b))[0]
    if (heaviest === undefined) break
    settled.add(heaviest)
    const children = subfolderSizes(chosen, heaviest, prefixes)
    const heaviestFirst = [...children].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    // One area is no picture: while fewer than three hold weight, the heaviest subfolders split off whatever their share.
    const few = [...sizes.values()].filter((n) => n > 0).length < 3
    const fit = few ? heaviestFirst.filter(([, n]) => n >= 2) : heaviestFirst.filter(([, n]) => n >= minimum)
    for (const [child] of fit.slice(0, MAX_AREAS - prefixes.size)) prefixes.add(child)
  }
  // The root stays as a catch-all so that every path has an area; an area no path falls in is dropped.
  const all = [...prefixes].sort(byCodePoint)
  const used = new Set(paths.map((path) => longestPrefix(all, path)))
  const kept = all.filter((_, i) => used.has(i))
  return { prefixes: kept, areaOf: paths.map((path) => longestPrefix(kept, path)) }
}

/** Weighed files per area, each in the area of its longest prefix. */
function areaSizes(paths: readonly string[], prefixes: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const path of paths) {
    const area = prefixes[longestPrefix(prefixes, path)]!
    sizes.set(area, (sizes.get(area) ?? 0) + 1)
  }
  return sizes
}

/** Files under each direct subfolder of `prefix` not already inside a deeper area. */
function subfolderSizes(paths: readonly string[], prefix: string, prefixes: ReadonlySet<string>): Map<string, number> {
  const sizes = new Map<string, number>()
  const list = [...prefixes]
  for (const path of paths) {
    if (!path.startsWith(prefix) || list[longestPrefix(list, path)] !== prefix) continue
    const slash = path.indexOf('/', prefix.length)
    if (slash < 0) continue
    const child = path.slice(0, slash + 1)
    sizes.set(child, (sizes.get(child) ?? 0) + 1)
  }
  return sizes
}

/** The index of the longest prefix of `path`; the root `''` matches every path. */
function longestPrefix(prefixes: readonly string[], path: string): number {
  let best = -1
  for (const [i, p] of prefixes.entries()) if (path.startsWith(p) && (best < 0 || p.length > prefixes[best]!.length)) best = i
  return best
}
