import type { GoneFile } from '../change/analyze-change.js'
import type { ChangeStatus } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import type { AffectedFile } from '../impact/blast-radius.js'
import { percent } from '../format/numbers.js'
import { countByFolder } from './folders.js'
import { areasOf } from '../impact/areas.js'
import { languageCounts, type LanguageCount } from './languages.js'
import { explainingChains, type ExplainedChain } from './chains.js'
import { parseCodeowners } from './codeowners.js'
import { hubsOf, throughCounts, type Hub } from './hubs.js'
import { ownersOf, type Owner } from './owners.js'
import { testRunOf, type TestRun } from './tests-to-run.js'
import type { Figures } from './trend.js'
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
  /** Imports that still name this file's old path (renamed) or this path (removed): they break. */
  readonly broken: number
  /** Of `total`, the other changed files it reaches: counted here, and left out of the union radius as every changed file is. */
  readonly changedReached: number
}

/** The numbers every reporter shows, computed once so that the comment, summary, text and JSON agree. */
export interface ReportFacts {
  readonly input: ReportInput
  readonly graphFiles: number
  readonly graphEdges: number
  /** Per language of the graph: its files and the blast radius's, for mixed repositories. */
  readonly languages: readonly LanguageCount[]
  readonly rows: readonly ChangedRow[]
  readonly affected: readonly AffectedFile[]
  readonly importTimeTotal: number
  /** ringCounts[k]: affected files in ring k+1 of the union. */
  readonly ringCounts: readonly number[]
  readonly folders: readonly [folder: string, count: number][]
  readonly tests: readonly RepoPath[]
  /** Which tests to run: the affected ones, or all with why. */
  readonly testRun: TestRun
  /** Ring-1 and ring-2 files most of the radius flows through. */
  readonly hubs: readonly Hub[]
  /** Folders that separate the radius, most files first, and the area of each affected file. */
  readonly areas: readonly (readonly [folder: string, count: number])[]
  readonly areaOf: (path: string) => string
  /** Areas some of whose subfolders are areas of their own: they hold the rest of their folder. */
  readonly splitAreas: ReadonlySet<string>
  readonly chains: readonly ExplainedChain[]
  /** CODEOWNERS owners of the changed and affected files; undefined without a CODEOWNERS file. */
  readonly owners?: { readonly file: string; readonly owners: readonly Owner[]; readonly errors: number }
  /** The comment's remembered figures for the next push. */
  readonly figures: Figures
  readonly gone: readonly GoneFile[]
  readonly brokenImports: number
  readonly confidence: Confidence
  readonly thresholds: RiskThresholds
  readonly risk: Risk
}

export function reportFacts(input: ReportInput): ReportFacts {
  const { graph, changes, impact, importTimeImpact, gone } = input.analysis
  const statusOf = new Map(changes.map((c) => [c.path, c]))
  const brokenOf = new Map(gone.map((g) => [g.path, g.stillImportedBy]))
  const atLoad = new Set(graph.kinds.filter((k) => k.atLoad).map((k) => k.kind))
  const changedPaths = new Set<string>(input.analysis.inGraph)
  // A renamed or removed file's radius includes the files whose imports of its old name break.
  const reach = (sources: RepoPath[], old: string | undefined) => {
    const seeds = [...new Set((old === undefined ? [] : (brokenOf.get(old) ?? [])).map((u) => u.from))].map((path) => ({
      path,
      via: old as RepoPath,
    }))
    const all = graph.downstream(sources, { seeds })
    const importTime = graph.downstream(sources, { seeds, kinds: atLoad }).length
    const deepest = all.reduce((m, f) => Math.max(m, f.ring), 0)
    return {
      direct: all.filter((f) => f.ring === 1).length,
      total: all.length,
      deepest,
      importTime,
      lazyOrTypeOnly: all.length - importTime,
      broken: seeds.length && (brokenOf.get(old!) ?? []).length,
      changedReached: all.filter((f) => changedPaths.has(f.path)).length,
    }
  }
  const rows: ChangedRow[] = impact.changed.map((file) => {
    const change = statusOf.get(file.path)
    const status = change?.status ?? 'modified'
    return {
      path: file.path,
      status,
      ...(change?.previousPath !== undefined && { previousPath: change.previousPath }),
      ...reach([file.path], change?.status === 'renamed' ? change.previousPath : undefined),
    }
  })
  for (const file of gone) {
    if (file.status !== 'removed' || !file.stillImportedBy.length) continue
    rows.push({ path: file.path as RepoPath, status: 'removed', ...reach([], file.path) })
  }
  const affected = impact.affected.files
  const ringCounts: number[] = []
  for (const file of affected) ringCounts[file.ring - 1] = (ringCounts[file.ring - 1] ?? 0) + 1
  const confidence = assessConfidence(input.analysis)
  const brokenImports = gone.reduce((sum, g) => sum + g.stillImportedBy.length, 0)
  const brokenStatuses = new Set(gone.filter((g) => g.stillImportedBy.length).map((g) => g.status))
  const thresholds = input.thresholds ?? DEFAULT_RISK_THRESHOLDS
  const risk = assessRisk(
    {
      changes: changes.length,
      inGraph: input.analysis.inGraph.length,
      affected: affected.length,
      graphFiles: graph.files.length,
      blindChanged: confidence.blindChanged,
      brokenImports,
      brokenBy: brokenStatuses.has('renamed') ? (brokenStatuses.has('removed') ? 'both' : 'renamed') : 'removed',
      removedSources: input.analysis.goneSources,
      unresolvedLocal: confidence.unresolvedInReach,
      changesIncomplete: input.changesIncomplete,
      undecodable: graph.undecodable,
    },
    thresholds,
  )
  const through = throughCounts(affected)
  const hubs = hubsOf(affected)
  const { areas, areaOf, split } = areasOf(affected.map((f) => f.path))
  const testRun = testRunOf(input.analysis, risk, confidence)
  const prefix = pathPrefix(input)
  const codeowners = input.analysis.codeowners && parseCodeowners(input.analysis.codeowners)
  return {
    input,
    graphFiles: graph.files.length,
    graphEdges: graph.stats.edges,
    languages: languageCounts(graph.files, affected),
    rows,
    affected,
    importTimeTotal: importTimeImpact.affected.total,
    ringCounts: Array.from(ringCounts, (n) => n ?? 0),
    folders: countByFolder(affected.map((f) => f.path)),
    tests: input.analysis.affectedTests,
    testRun,
    hubs,
    areas,
    areaOf,
    splitAreas: split,
    chains: explainingChains(
      graph,
      affected,
      hubs.map((h) => h.path),
      areas.slice(0, TOP_AREAS).map(([a]) => a),
      areaOf,
      through,
      new Set([...input.analysis.declared.readers.keys(), ...input.analysis.declared.everything.map((e) => e.path)]),
    ),
    ...(codeowners && {
      owners: {
        file: codeowners.path,
        owners: ownersOf(
          codeowners,
          [...input.analysis.inGraph, ...gone.map((g) => g.path)],
          affected.map((f) => f.path),
          prefix,
        ),
        errors: codeowners.errors.length,
      },
    }),
    figures: {
      head: input.headSha ?? '',
      changed: input.analysis.inGraph.length,
      affected: affected.length,
      importTime: importTimeImpact.affected.total,
      tests: testRun.all ? 'all' : testRun.files.length,
      risk: risk.level,
    },
    gone,
    brokenImports,
    confidence,
    thresholds,
    risk,
  }
}

/** Areas a report names and explains: the few that hold most of a radius. */
export const TOP_AREAS = 3

/**
 * An area as every reporter names it: its folder with a slash (`./` for the root), `code` around it; one
 * whose subfolders are areas of their own says it holds the rest, so that `tests/` 1,141 beside
 * `tests/migrations/` 135 does not read as counting them too (the snapshot labels it so as well).
 */
export function areaWords(facts: Pick<ReportFacts, 'splitAreas'>, area: string, code = (text: string) => text): string {
  return `${code(area === '.' ? './' : `${area}/`)}${facts.splitAreas.has(area) ? ' (rest)' : ''}`
}

/** The analysed folder as a prefix of repository paths: '' or `services/api/`. */
export function pathPrefix(input: ReportInput): string {
  const folder = (input.pathPrefix ?? '').replace(/^\.?\/+|\/+$/gu, '')
  return folder === '' || folder === '.' ? '' : `${folder}/`
}

/**
 * The kinds of edge that are not followed at load time, by name: "lazy or type"; undefined where the graph's
 * languages have none (Go loads every package it imports), so that "at import time" is the whole radius.
 */
export function laterKinds(facts: ReportFacts): string | undefined {
  const { graph } = facts.input.analysis
  const later = graph.kinds.filter((k) => !k.atLoad)
  const present = later.filter((k) => graph.edgeCount(k.kind) > 0)
  const names = (present.length ? present : later).map((k) => k.kind)
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}` : names[0]
}

/** "82.6%" of the graph's files. */
export function shareOf(n: number, facts: ReportFacts): string {
  return percent(n, facts.graphFiles)
}
