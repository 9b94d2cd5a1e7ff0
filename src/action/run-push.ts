import * as core from '@actions/core'
import { reportFacts } from '../report/report-facts.js'
import { renderSummary } from '../report/summary.js'
import type { ActionContext } from './action-context.js'
import { analyseFolder, analysisDir, reportBasics } from './analysis.js'
import { pushChangedFiles } from './changed-files.js'
import { failOnRisk } from './gate.js'
import { countOutputs, setOutputs } from './outputs.js'
import { publishSnapshot, startSnapshotCards, writeSnapshotFiles } from './snapshot.js'
import { writeSummary } from './summary.js'
import type { Target } from './target.js'

/** A push no open PR covers: the pushed range, in the job summary only. */
export async function runPush(ctx: ActionContext, target: Extract<Target, { kind: 'push' }>): Promise<void> {
  const cards = startSnapshotCards(ctx)
  const dir = await analysisDir(ctx)
  const folder = await analyseFolder(ctx, dir, await pushChangedFiles(dir, target.before, target.after), [
    target.note ?? 'No open pull request has this commit as its head: this report of the pushed range is in the job summary only.',
  ])
  if (target.note) core.warning(target.note)
  const snapshot = await publishSnapshot(ctx, writeSnapshotFiles(ctx, folder.analysis, cards), undefined, undefined)
  const input = { ...reportBasics(ctx, folder, snapshot.notes), headSha: target.after, snapshot: snapshot.links }
  const facts = reportFacts(input)
  await writeSummary(renderSummary(facts))
  setOutputs(
    countOutputs(folder.analysis),
    { reportJson: folder.reportJson, snapshotUrl: snapshot.url },
    { risk: facts.risk.level, tests: facts.testRun },
  )
  await folder.cacheSaved
  failOnRisk(ctx, facts.risk)
}
