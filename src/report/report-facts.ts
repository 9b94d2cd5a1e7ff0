import type { GoneFile } from '../change/analyze-change.js'
import type { ChangeStatus } from '../core/model.js'
import { byCodePoint, type RepoPath } from '../core/repo-path.js'
import type { AffectedFile } from '../impact/blast-radius.js'
import { countByFolder } from './folders.js'
import { farthestChains, type ChainLink } from './chains.js'
import { assessConfidence, type Confidence } from './confidence.js'
import type { ReportInput } from './report-input.js'
import { assessRisk, DEFAULT_RISK_THRESHOLDS, type Risk, type RiskThresholds } from './risk.js'

/** One changed file the graph knows, as the table shows it. */
export interface ChangedRow {
  readonly path: RepoPath
  readonly status: ChangeStatus
  readonly previousPath?: string
  /** Ring 1: files importing it directly. */
  readonly direct: number
  readonly total: number
  /** How many rings deep its radius goes (0 when nothing imports it). */
  readonly deepest: number
  /** Reached through `import` and `package` edges alone: these break when the module is loaded. */
  readonly importTime: number
  /** Reached only through a `lazy` or `type` edge somewhere on every path. */
  readonly lazyOrTypeOnly: number
}

/** The numbers every reporter shows, computed once so that the comment, summary, text and JSON agree. */
export interface ReportFacts {
  readonly input: ReportInput
  readonly graphFiles: number
  readonly graphEdges: number
  readonly rows: readonly ChangedRow[]
  readonly affected: readonly AffectedFile[]
  readonly importTimeTotal: number
  /** ringCounts[k]: affected files in ring k+1 of the union. */
  readonly ringCounts: readonly number[]
  readonly folders: readonly [folder: string, count: number][]
  readonly tests: readonly RepoPath[]
  readonly chains: readonly ChainLink[][]
  readonly gone: readonly GoneFile[]
  readonly brokenImports: number
  readonly confidence: Confidence
  readonly thresholds: RiskThresholds
  readonly risk: Risk
}

export function reportFacts(input: ReportInput): ReportFacts {
  const { graph, changes, impact, importTimeImpact, gone } = input.analysis
  const statusOf = new Map(changes.map((c) => [c.path, c]))
  const importTimeOf = new Map(importTimeImpact.changed.map((c) => [c.path, c.total]))
  const rows = impact.changed.map((file): ChangedRow => {
    const change = statusOf.get(file.path)
    const importTime = importTimeOf.get(file.path) ?? 0
    return {
      path: file.path,
      status: change?.status ?? 'modified',
      ...(change?.previousPath !== undefined && { previousPath: change.previousPath }),
      direct: file.direct,
      total: file.total,
      deepest: file.rings.length,
      importTime,
      lazyOrTypeOnly: file.total - importTime,
    }
  })
  const affected = impact.affected.files
  const ringCounts: number[] = []
  for (const file of affected) ringCounts[file.ring - 1] = (ringCounts[file.ring - 1] ?? 0) + 1
  const confidence = assessConfidence(input.analysis)
  const brokenImports = gone.reduce((sum, g) => sum + g.stillImportedBy.length, 0)
  const thresholds = input.thresholds ?? DEFAULT_RISK_THRESHOLDS
  return {
    input,
    graphFiles: graph.files.length,
    graphEdges: graph.edges.length,
    rows,
    affected,
    importTimeTotal: importTimeImpact.affected.total,
    ringCounts: Array.from(ringCounts, (n) => n ?? 0),
    folders: countByFolder(affected.map((f) => f.path)),
    tests: input.analysis.affectedTests,
    chains: farthestChains(graph, affected),
    gone,
    brokenImports,
    confidence,
    thresholds,
    risk: assessRisk(
      {
        changes: changes.length,
        inGraph: rows.length,
        affected: affected.length,
        graphFiles: graph.files.length,
        blindChanged: confidence.blindChanged,
        brokenImports,
        removedSources: input.analysis.goneSources,
      },
      thresholds,
    ),
  }
}

/** The kinds of edge that are not followed at load time, by name: "lazy or type". */
export function laterKinds(facts: ReportFacts): string {
  const { graph } = facts.input.analysis
  const used = new Set(graph.edges.map((e) => e.kind))
  const later = graph.kinds.filter((k) => !k.atLoad)
  const present = later.filter((k) => used.has(k.kind))
  const names = (present.length ? present : later).map((k) => k.kind)
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}` : (names[0] ?? 'deferred')
}

/** "82.6%" of the graph's files. */
export function shareOf(n: number, facts: ReportFacts): string {
  return facts.graphFiles ? `${((100 * n) / facts.graphFiles).toFixed(1)}%` : '0%'
}
