import * as core from '@actions/core'
import type { ChangeAnalysis } from '../change/analyze-change.js'
import { plural } from '../format/numbers.js'
import type { Risk } from '../report/risk.js'
import { testOutputs, type TestRun } from '../report/tests-to-run.js'
import { testRunnerNames } from '../languages/registry.js'

/** The outputs of CONTRACTS.md §3 that come from the analysis. */
export interface CountOutputs {
  readonly changedCount: number
  readonly affectedCount: number
  readonly affectedFiles: readonly string[]
  readonly affectedTests: readonly string[]
}

/** What the report decided, for the outputs a later step acts on: the gate's level and the tests to run. */
export interface ReportOutputs {
  readonly risk: Risk['level']
  readonly tests: TestRun
}

/**
 * A job's outputs may hold 1 MB in all (GitHub's limit): the path list and the three forms of the
 * test list share it, with room for the rest. The path list past its share ends with outputCutLine
 * instead of its tail (report-json has all); a test list past its share says "all" instead, since a
 * CI step would run a short list as if it were complete.
 */
const OUTPUT_BYTES = { affectedFiles: 600_000, eachTestOutput: 100_000 } as const

/** The last line of a cut path list: "… 1,234 more (the report-json output lists every file)". */
export function outputCutLine(more: number): string {
  return `… ${more.toLocaleString('en-US')} more (the report-json output lists every file)`
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

/** What `comment-mode: on-impact` waits for: something is affected, or a removed module is still imported. */
export function hasImpact(analysis: ChangeAnalysis): boolean {
  return analysis.impact.affected.total > 0 || analysis.gone.some((g) => g.stillImportedBy.length > 0)
}

/**
 * Sets every output, empty where this run has no value, so later steps can always read them. Without
 * `report` (a run that only relays a report made elsewhere) the risk and the test outputs beside
 * `affected-tests` are empty; with nothing analysed the test list is an empty one.
 */
export function setOutputs(
  counts: CountOutputs | undefined,
  paths: { reportJson?: string; commentUrl?: string; snapshotUrl?: string },
  report?: ReportOutputs,
): void {
  core.setOutput('changed-count', counts?.changedCount ?? 0)
  core.setOutput('affected-count', counts?.affectedCount ?? 0)
  core.setOutput('affected-files', pathLines(counts?.affectedFiles ?? [], OUTPUT_BYTES.affectedFiles))
  core.setOutput('risk', report?.risk ?? '')
  const tests = report
    ? testOutputsWithin(report.tests)
    : {
        ...testOutputs({ all: false, files: [], runners: [] }, RUNNERS),
        'affected-tests': pathLines(counts?.affectedTests ?? [], OUTPUT_BYTES.eachTestOutput),
        ...(counts && { 'affected-tests-json': '' }),
      }
  for (const [name, value] of Object.entries(tests)) core.setOutput(name, value)
  core.setOutput('report-json', paths.reportJson ?? '')
  core.setOutput('comment-url', paths.commentUrl ?? '')
  core.setOutput('snapshot-url', paths.snapshotUrl ?? '')
}

/** The languages' test runners, each with its `<name>-args` output. */
const RUNNERS = testRunnerNames()

/** The test outputs of src/report, or "all" with why when one of them would pass its share of GitHub's 1 MB. */
function testOutputsWithin(run: TestRun): Record<string, string> {
  const outputs = testOutputs(run, RUNNERS)
  if (run.all || Object.values(outputs).every((value) => Buffer.byteLength(value) <= OUTPUT_BYTES.eachTestOutput)) return outputs
  return testOutputs(
    { all: true, reasons: [`${plural(run.files.length, 'affected test file')} are more than a step's outputs can hold`] },
    RUNNERS,
  )
}

/**
 * One path a line, within `maxBytes`. A path that holds a line break would read as two paths, so it
 * is written quoted with escapes, as git quotes such names ("odd/new\nline.txt"); the report JSON has
 * it verbatim.
 */
function pathLines(paths: readonly string[], maxBytes: number): string {
  const lines: string[] = []
  let bytes = 0
  for (const [index, path] of paths.entries()) {
    const line = /[\r\n]/.test(path) ? JSON.stringify(path) : path
    // Room is kept for the cut line itself.
    if (bytes + Buffer.byteLength(line) + 1 > maxBytes - 100) {
      lines.push(outputCutLine(paths.length - index))
      break
    }
    lines.push(line)
    bytes += Buffer.byteLength(line) + 1
  }
  return lines.join('\n')
}
