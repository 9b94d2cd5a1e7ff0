import { impactJson } from './impact-json.js'
import type { ReportFacts } from './report-facts.js'

export const REPORT_SCHEMA = 'blast-radius/report@1'

/** Everything the report knows, uncut: the numbers behind the comment, and the contract's impact document. */
export function reportJson(facts: ReportFacts) {
  const { input } = facts
  const c = facts.confidence
  return {
    schema: REPORT_SCHEMA,
    version: input.version,
    generatedAt: input.now.toISOString(),
    head: input.headSha ?? null,
    workingDirectory: input.workingDirectory,
    notes: input.notes ?? [],
    graph: { files: facts.graphFiles, edges: facts.graphEdges, ms: input.analysis.graph.stats.ms, languages: facts.languages },
    analysisMs: Math.round(input.analysisMs),
    risk: { ...facts.risk, thresholds: facts.thresholds },
    changes: input.analysis.changes.map(({ path, status, previousPath }) => ({
      path,
      status,
      ...(previousPath !== undefined && { previousPath }),
    })),
    changed: facts.rows,
    affected: { total: facts.affected.length, importTime: facts.importTimeTotal, ringCounts: facts.ringCounts },
    folders: facts.folders.map(([folder, files]) => ({ folder, files })),
    tests: facts.tests,
    testRun: facts.testRun,
    hubs: facts.hubs,
    areas: facts.areas.map(([folder, files]) => ({ folder, files })),
    owners: facts.owners ?? null,
    figures: facts.figures,
    chains: facts.chains,
    gone: facts.gone.map(({ path, status, stillImportedBy }) => ({
      path,
      status,
      stillImportedBy: stillImportedBy.map(({ from, specifier, line }) => ({ from, specifier, line })),
    })),
    confidence: {
      outside: c.outside.map(({ change, why }) => ({ path: change.path, status: change.status, ...why })),
      blindChanged: c.blindChanged,
      unresolvedLocal: c.unresolvedLocal,
      partial: c.partial,
      skipped: c.skipped,
      dynamic: c.dynamic,
      unread: c.unread,
      leftOut: c.leftOut,
    },
    names: namesJson(facts),
    impact: impactJson(input.analysis.impact),
  }
}

/**
 * The radius narrowed to the changed names beside the file-level one (issue 17; docs/contracts.md), null
 * where no changed file's users are known: `precision` says which one the other figures are.
 */
function namesJson(facts: ReportFacts) {
  const names = facts.input.analysis.names
  if (!names) return null
  return {
    precision: names.precision,
    fileLevel: { total: names.fileLevel.affected.total },
    narrowed: { total: names.narrowed.affected.total },
    files: names.files.map(({ path, names: changed, importers, users, total }) => ({ path, names: changed, importers, users, total })),
  }
}
