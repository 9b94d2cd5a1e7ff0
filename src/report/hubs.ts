import { byCodePoint, type RepoPath } from '../core/repo-path.js'
import type { AffectedFile } from '../impact/blast-radius.js'

/** A file of ring 1 or 2 and how many files of the radius reach the change through it. */
export interface Hub {
  readonly path: RepoPath
  readonly ring: number
  /** Files whose chain back to the change passes through this one (itself included). */
  readonly through: number
}

/** Hubs shown: enough to say where the radius flows, few enough to read at a glance. */
const HUBS = 3

/**
 * The ring-1 and ring-2 files through which most of the radius flows, along each file's `via` chain
 * (one shortest chain a file, so the counts add up): the files a reviewer checks first. A file that only
 * itself reaches the change through is no hub: where every affected file imports a changed one, none is.
 */
export function hubsOf(affected: readonly AffectedFile[], limit = HUBS): Hub[] {
  const through = throughCounts(affected)
  return affected
    .filter((f) => f.ring <= 2 && (through.get(f.path) ?? 1) > 1)
    .map((f) => ({ path: f.path, ring: f.ring, through: through.get(f.path) ?? 1 }))
    .sort((a, b) => b.through - a.through || a.ring - b.ring || byCodePoint(a.path, b.path))
    .slice(0, limit)
}

/** For every affected file, the files of the radius whose `via` chain passes through it, itself included. */
export function throughCounts(affected: readonly AffectedFile[]): Map<RepoPath, number> {
  const counts = new Map<RepoPath, number>(affected.map((f) => [f.path, 1]))
  // Farthest first: a file's count is final before it is added to the file it reaches the change through.
  for (const file of [...affected].sort((a, b) => b.ring - a.ring)) {
    const mine = counts.get(file.path)!
    if (counts.has(file.via)) counts.set(file.via, counts.get(file.via)! + mine)
  }
  return counts
}
