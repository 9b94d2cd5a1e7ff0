import * as core from '@actions/core'
import type { ChangeAnalysis } from '../change/analyze-change.js'

/** The outputs of CONTRACTS.md §3 that come from the analysis. */
export interface CountOutputs {
  readonly changedCount: number
  readonly affectedCount: number
  readonly affectedFiles: readonly string[]
  readonly affectedTests: readonly string[]
}

export function countOutputs(analysis: ChangeAnalysis): CountOutputs {
  const affectedFiles = analysis.impact.affected.files.map((f) => f.path)
  return {
    changedCount: analysis.inGraph.length,
    affectedCount: analysis.impact.affected.total,
    affectedFiles,
    affectedTests: analysis.affectedTests,
  }
}

/** Sets every output, empty where this run has no value, so later steps can always read them. */
export function setOutputs(counts: CountOutputs | undefined, paths: { reportJson?: string; commentUrl?: string; snapshotUrl?: string }): void {
  core.setOutput('changed-count', counts?.changedCount ?? 0)
  core.setOutput('affected-count', counts?.affectedCount ?? 0)
  core.setOutput('affected-files', pathLines(counts?.affectedFiles ?? []))
  core.setOutput('affected-tests', pathLines(counts?.affectedTests ?? []))
  core.setOutput('report-json', paths.reportJson ?? '')
  core.setOutput('comment-url', paths.commentUrl ?? '')
  core.setOutput('snapshot-url', paths.snapshotUrl ?? '')
}

/**
 * One path a line. A path that holds a line break would read as two paths, so it is written quoted
 * with escapes, as git quotes such names ("odd/new\nline.txt"); the report JSON has it verbatim.
 */
function pathLines(paths: readonly string[]): string {
  return paths.map((path) => (/[\r\n]/.test(path) ? JSON.stringify(path) : path)).join('\n')
}
