/**
 * The areas of the snapshot: the report's areas (src/impact/areas.ts), so that the picture and the
 * comment's "what to check" name the same folders, capped to what a picture can label. The areas are
 * chosen from the weighed files (the radius; all files when nothing is affected), so they are where
 * the change lands; every other file falls in its own area when that is one of them, and in "other
 * folders" when it is not.
 *
 * A pure function of the paths and weights: the same input gives the same areas, in the same order.
 */
import { byCodePoint } from '../core/repo-path.js'
import { areasOf } from '../impact/areas.js'

export const MAX_AREAS = 10
export const OTHER_AREAS = 'other folders'

export interface SnapshotArea {
  /** As the picture labels it: the folder (`django (rest)` when subfolders are areas of their own), `(top level)`, or `other folders`. */
  readonly name: string
  /** What its files' paths start with (`django/db/`); `''` for the top level and for the other folders. */
  readonly prefix: string
}

export interface SnapshotAreas {
  /** In path order (neighbouring folders side by side), `other folders` last. */
  readonly areas: readonly SnapshotArea[]
  /** Each path's area, as an index into `areas`. */
  readonly areaOf: readonly number[]
}

/** `weighed[i]`: whether path i counts when choosing the areas. */
export function snapshotAreas(paths: readonly string[], weighed: readonly boolean[]): SnapshotAreas {
  const chosen = weighed.some(Boolean) ? paths.filter((_, i) => weighed[i]) : paths
  const { areas, split, areaOf } = areasOf(chosen)
  // The largest areas are named; when there are more than fit, the last place goes to the rest.
  const named = (areas.length > MAX_AREAS ? areas.slice(0, MAX_AREAS - 1) : areas).map(([folder]) => folder).sort(byCodePoint)
  const index = new Map(named.map((folder, i) => [folder, i]))
  const of = paths.map((path) => index.get(areaOf(path)) ?? named.length)
  const list: SnapshotArea[] = named.map((folder) =>
    folder === '.' ? { name: '(top level)', prefix: '' } : { name: split.has(folder) ? `${folder} (rest)` : folder, prefix: `${folder}/` },
  )
  if (of.some((area) => area === named.length)) list.push({ name: OTHER_AREAS, prefix: '' })
  return { areas: list, areaOf: of }
}
