import type { ChangeAnalysis } from '../change/analyze-change.js'
import type { RepoPath } from '../core/repo-path.js'
import { shellWords } from '../format/escape.js'
import { plural } from '../format/numbers.js'
import type { Confidence } from './confidence.js'
import type { Risk } from './risk.js'

/** The tests a CI step should run: the affected test files, or all of them with why, never a silently short list. */
export type TestRun =
  | { readonly all: true; readonly reasons: readonly string[] }
  | {
      readonly all: false
      readonly files: readonly RepoPath[]
      /** Per language with a runner: its name (`pytest`) and the arguments that run these files. */
      readonly runners: ChangeAnalysis['testScope']['runners']
    }

export function testRunOf(analysis: ChangeAnalysis, risk: Risk, confidence: Confidence): TestRun {
  const reasons = [...analysis.testScope.allBecause]
  if (confidence.blindChanged > 0)
    reasons.push(`${plural(confidence.blindChanged, 'changed file')} of code the graph does not read, whose tests it cannot find`)
  if (risk.level === 'unknown') reasons.push(`the risk is unknown: ${risk.why}`)
  if (reasons.length) return { all: true, reasons }
  return { all: false, files: analysis.testsToRun, runners: analysis.testScope.runners }
}

/**
 * The action's test outputs. `affected-tests`: one path a line, or `all`; `affected-tests-json`: a JSON
 * array of paths for `fromJSON`, or the string "all"; `<runner>-args` (`pytest-args`): the runner's
 * arguments for exactly those files, empty when all must run (a bare `pytest` runs everything), and
 * the step should be skipped when `affected-tests` is empty (every runner of `runnerNames` has one,
 * empty where it runs nothing); `tests-reason`: why all.
 */
export function testOutputs(run: TestRun, runnerNames: readonly string[]): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const name of runnerNames) outputs[`${name}-args`] = ''
  if (run.all) return { ...outputs, 'affected-tests': 'all', 'affected-tests-json': '"all"', 'tests-reason': run.reasons.join('; ') }
  for (const runner of run.runners) outputs[`${runner.name}-args`] = shellWords(runner.args)
  return {
    ...outputs,
    'affected-tests': run.files.map((path) => (/[\r\n]/u.test(path) ? JSON.stringify(path) : path)).join('\n'),
    'affected-tests-json': JSON.stringify(run.files),
    'tests-reason': '',
  }
}
