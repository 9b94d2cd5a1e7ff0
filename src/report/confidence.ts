import type { ChangedFile, DynamicImport, PartialParse, Skipped, Unresolved } from '../core/model.js'
import { toRepoPath } from '../core/repo-path.js'
import type { ChangeAnalysis } from '../change/analyze-change.js'
import type { ImportGraph } from '../graph/import-graph.js'
import { unreadLanguages } from '../graph/unread-languages.js'

/** Why a changed file is not a source of the blast radius. */
export type OutsideReason =
  | { readonly kind: 'skipped'; readonly reason: string }
  /** Source of a language the graph reads, yet not in it: left out by include/exclude. */
  | { readonly kind: 'not-analysed' }
  | { readonly kind: 'unread-language'; readonly ending: string }
  /** Docs, data, configuration: nothing imports them as code. */
  | { readonly kind: 'not-code' }

export interface OutsideFile {
  readonly change: ChangedFile
  readonly why: OutsideReason
}

/** What the graph could not see: the limits of every number in the report. */
export interface Confidence {
  readonly outside: readonly OutsideFile[]
  /** Outside files that are code: their own reach is unmeasured. */
  readonly blindChanged: number
  /** Imports that their language judges meant for this repository's files, yet resolve to no file. */
  readonly unresolvedLocal: readonly Unresolved[]
  /** Of those, the ones in a language the change reaches: only they can hide importers of the radius. */
  readonly unresolvedInReach: number
  readonly partial: readonly PartialParse[]
  readonly skipped: readonly Skipped[]
  readonly dynamic: readonly DynamicImport[]
  readonly unread: Readonly<Record<string, number>>
  /** Files a language of the graph leaves out on purpose, by the reason it gives (not a gap: its own tools leave them out too). */
  readonly leftOut: Readonly<Record<string, number>>
  readonly unreadTotal: number
  readonly graphFiles: number
  /** Limits of every figure, from the languages of the graph's files: said once, not gaps. */
  readonly caveats: readonly string[]
}

export function assessConfidence(analysis: ChangeAnalysis): Confidence {
  const { graph, outsideGraph, readableOutside } = analysis
  const outside = outsideGraph.map((change) => ({ change, why: outsideReason(graph, readableOutside, change) }))
  const unreadTotal = Object.values(graph.unread).reduce((a, b) => a + b, 0)
  // An import of a file this change removes is no gap: its importer is in the radius, and the removals list it.
  const broken = new Set(analysis.gone.flatMap((g) => g.stillImportedBy.map(importKey)))
  return {
    outside,
    blindChanged: outside.filter((o) => o.why.kind !== 'not-code').length,
    unresolvedLocal: graph.unresolved.filter((u) => u.looksLocal === true && !broken.has(importKey(u))),
    unresolvedInReach: analysis.looksLocalInReach.filter((u) => !broken.has(importKey(u))).length,
    partial: graph.partial,
    skipped: graph.skipped,
    dynamic: graph.dynamic,
    unread: graph.unread,
    leftOut: countByReason(graph.leftOut),
    unreadTotal,
    graphFiles: graph.files.length,
    caveats: graph.caveats,
  }
}

/** One import statement's name in its file. */
function importKey(u: Unresolved): string {
  return JSON.stringify([u.from, u.line, u.specifier])
}

function countByReason(files: readonly Skipped[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { reason } of files) counts[reason] = (counts[reason] ?? 0) + 1
  return counts
}

function outsideReason(graph: ImportGraph, readable: ReadonlySet<string>, change: ChangedFile): OutsideReason {
  const skipped = graph.skipped.find((s) => s.path === change.path) ?? graph.leftOut.find((s) => s.path === change.path)
  if (skipped) return { kind: 'skipped', reason: skipped.reason }
  let path
  try {
    path = toRepoPath(change.path)
  } catch {
    return { kind: 'not-code' }
  }
  if (readable.has(path)) return { kind: 'not-analysed' }
  const ending = Object.keys(unreadLanguages([{ path }]))[0]
  return ending === undefined ? { kind: 'not-code' } : { kind: 'unread-language', ending }
}
