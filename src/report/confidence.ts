import type { ChangedFile, DynamicImport, PartialParse, Skipped, Unresolved } from '../core/model.js'
import { toRepoPath } from '../core/repo-path.js'
import type { ImportGraph } from '../graph/import-graph.js'
import { unreadLanguages } from '../graph/unread-languages.js'
import { languageAdapters } from '../languages/registry.js'

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
  /** Imports that name this repository's modules (relative, or under one of its top-level names) yet resolve to no file. */
  readonly unresolvedLocal: readonly Unresolved[]
  readonly partial: readonly PartialParse[]
  readonly skipped: readonly Skipped[]
  readonly dynamic: readonly DynamicImport[]
  readonly unread: Readonly<Record<string, number>>
  readonly unreadTotal: number
  readonly graphFiles: number
}

export function assessConfidence(graph: ImportGraph, outsideGraph: readonly ChangedFile[]): Confidence {
  const outside = outsideGraph.map((change) => ({ change, why: outsideReason(graph, change) }))
  const unreadTotal = Object.values(graph.unread).reduce((a, b) => a + b, 0)
  return {
    outside,
    blindChanged: outside.filter((o) => o.why.kind !== 'not-code').length,
    unresolvedLocal: unresolvedLocal(graph),
    partial: graph.partial,
    skipped: graph.skipped,
    dynamic: graph.dynamic,
    unread: graph.unread,
    unreadTotal,
    graphFiles: graph.files.length,
  }
}

function outsideReason(graph: ImportGraph, change: ChangedFile): OutsideReason {
  const skipped = graph.skipped.find((s) => s.path === change.path)
  if (skipped) return { kind: 'skipped', reason: skipped.reason }
  let path
  try {
    path = toRepoPath(change.path)
  } catch {
    return { kind: 'not-code' }
  }
  if (languageAdapters().some((adapter) => adapter.select([{ path }]).length > 0)) return { kind: 'not-analysed' }
  const ending = Object.keys(unreadLanguages([{ path }]))[0]
  return ending === undefined ? { kind: 'not-code' } : { kind: 'unread-language', ending }
}

/**
 * A heuristic, since the graph keeps no list of module names: an unresolved import is local when it is
 * relative, or when its first name is the first folder (or module file) of some file in the graph.
 * The standard library and third-party packages fail that test, which is why they are not listed.
 */
function unresolvedLocal(graph: ImportGraph): Unresolved[] {
  const topNames = new Set(graph.files.map((f) => f.path.split('/')[0]!.replace(/\.[^.]*$/u, '')))
  return graph.unresolved.filter((u) => u.specifier.startsWith('.') || topNames.has(u.specifier.split('.')[0]!))
}
