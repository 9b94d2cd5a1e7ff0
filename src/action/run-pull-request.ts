import * as core from '@actions/core'
import { commentMarker, renderComment } from '../report/comment.js'
import { mdText } from '../format/escape.js'
import type { ReportInput } from '../report/report-input.js'
import type { Risk } from '../report/risk.js'
import { reportFacts, type ReportFacts } from '../report/report-facts.js'
import { comparedWith } from '../report/trend.js'
import { renderSummary } from '../report/summary.js'
import { repoOf, repoUrl, type ActionContext } from './action-context.js'
import { analyseFolder, analysisDir, reportBasics } from './analysis.js'
import { prChangedFiles } from './changed-files.js'
import { checkCheckout } from './checkout-check.js'
import { commentFailure, tellReplaced, upsertComment, type CommentOutcome, type RenderedComment } from './comment.js'
import { reportFingerprint } from './fingerprint.js'
import { failOnRisk } from './gate.js'
import { forkArtifactName, FORK_REPORT_SCHEMA, uploadForkReport } from './fork-report.js'
import { messageOf } from './message-of.js'
import type { GitHub } from './octokit.js'
import { countOutputs, hasImpact, setOutputs, type CountOutputs } from './outputs.js'
import type { PullRequestRef } from './pull-request.js'
import { requestOwnerReviews } from './reviewers.js'
import { publishSnapshot, startSnapshotCards, writeSnapshotFiles, type PublishedSnapshot } from './snapshot.js'
import { writeSummary } from './summary.js'
import type { Target } from './target.js'

/** Where the docs explain the two-workflow pattern for pull requests from forks. */
export const FORK_PATTERN_DOC = 'docs/action.md#pull-requests-from-forks'

/** A pull request: the comment where the token may write, the job summary always. */
export async function runPullRequest(ctx: ActionContext, target: Extract<Target, { kind: 'pull-request' }>): Promise<void> {
  const { pr } = target
  const cards = startSnapshotCards(ctx)
  const dir = await analysisDir(ctx)
  const checkout = await checkCheckout(dir, pr, target.accepted)
  const changes = await prChangedFiles(ctx.github, repoOf(ctx), pr, dir)
  const folder = await analyseFolder(ctx, dir, changes, checkout.note ? [checkout.note] : [])
  // Written while the comment in view is looked up: only publishing the files needs it.
  const writing = writeSnapshotFiles(ctx, folder.analysis, cards)
  const { workflowFile } = ctx.env
  // Computed once, when the previous comment is known (its figures are what the trend compares with,
  // its artifacts what a re-run with the same snapshot links again): the snapshot, the comment, its
  // fingerprint, the summary and the fork report all say these facts.
  let rendered: (RenderedComment & { facts: ReportFacts; snapshot: PublishedSnapshot }) | undefined
  const render = async (previousBody: string | undefined) => {
    const snapshot = await publishSnapshot(ctx, writing, pr.number, previousBody)
    const input: ReportInput = {
      ...reportBasics(ctx, folder, snapshot.notes),
      headSha: checkout.head ?? pr.headSha,
      snapshot: snapshot.links,
      rerun: { prNumber: pr.number, ...(workflowFile && { workflowUrl: `${repoUrl(ctx)}/actions/workflows/${workflowFile}` }) },
    }
    const facts = reportFacts({ ...input, previous: comparedWith(previousBody, input.headSha) })
    // The snapshot's line after a blank one: a link reference definition cannot interrupt a paragraph.
    const body = renderComment(facts).trimEnd() + (snapshot.commentLine ? `\n\n${snapshot.commentLine}\n` : '\n')
    rendered = { facts, snapshot, body, fingerprint: reportFingerprint(facts) }
    return rendered
  }
  const impact = hasImpact(folder.analysis)
  const outcome = ctx.github ? await comment(ctx, ctx.github, pr, { render, hasImpact: impact }) : undefined
  const report = rendered ?? (await render(undefined))
  const { facts, snapshot } = report
  await writeSummary(renderSummary(facts) + summaryTail(outcome))
  // The fork pattern: the workflow_run run that posts the report also requests the reviews and applies the gate.
  const relayed =
    outcome?.kind === 'refused' &&
    (await leaveForkReport(ctx, pr, { ...report, hasImpact: impact, outputs: countOutputs(folder.analysis), risk: facts.risk }))
  if (relayed) sayRelayed(ctx)
  else if (ctx.github && ctx.inputs.requestReviewers) await requestReviews(ctx, ctx.github, pr, facts)
  setOutputs(
    countOutputs(folder.analysis),
    { reportJson: folder.reportJson, commentUrl: outcome && 'url' in outcome ? outcome.url : undefined, snapshotUrl: snapshot.url },
    { risk: facts.risk.level, tests: facts.testRun },
  )
  await folder.cacheSaved
  // Last, after the summary and the outputs: later `if: always()` steps still have the report.
  if (outcome?.kind === 'failed') core.setFailed(commentFailure(pr.number, outcome))
  if (!relayed) failOnRisk(ctx, facts.risk)
}

/** What this run leaves to the workflow_run run of the fork pattern, in the log. */
function sayRelayed(ctx: ActionContext): void {
  const left = [
    ...(ctx.inputs.requestReviewers ? ['request-reviewers'] : []),
    ...(ctx.inputs.failOn !== 'never' ? [`fail-on ${ctx.inputs.failOn}`] : []),
  ]
  if (left.length)
    core.info(
      `${left.join(' and ')}: left to the workflow_run run that posts the report, with its own inputs (see ${FORK_PATTERN_DOC}); ` +
        'this run, which may not write, only leaves the report.',
    )
}

/** `request-reviewers`: the CODEOWNERS owners of the change, when the repository has a CODEOWNERS file. */
async function requestReviews(ctx: ActionContext, github: GitHub, pr: PullRequestRef, facts: ReportFacts): Promise<void> {
  if (!facts.owners) {
    core.info('request-reviewers: the repository has no CODEOWNERS file (.github/, the root or docs/), so no review was requested')
    return
  }
  await requestOwnerReviews(github, { ...repoOf(ctx), number: pr.number }, facts.owners.owners)
}

async function comment(
  ctx: ActionContext,
  github: GitHub,
  pr: PullRequestRef,
  report: { render: (previousBody: string | undefined) => Promise<RenderedComment>; hasImpact: boolean },
): Promise<CommentOutcome> {
  const outcome = await upsertComment(
    github,
    { ...repoOf(ctx), number: pr.number },
    { marker: commentMarker(ctx.inputs.workingDirectory), ...report, mode: ctx.inputs.commentMode, hideOutdated: ctx.inputs.hideOutdated },
  )
  tellReplaced(outcome)
  if (outcome.kind === 'refused') {
    const why = pr.fromFork
      ? `Pull requests from forks get a read-only token: the two-workflow pattern in ${FORK_PATTERN_DOC} posts the report as a comment.`
      : `Give the job \`permissions: pull-requests: write\` (a fork's pull request needs the two-workflow pattern in ${FORK_PATTERN_DOC}).`
    core.warning(`The token may not comment on #${pr.number} (${outcome.message}); the report is in the job summary. ${why}`)
  } else if (outcome.kind === 'skipped') {
    core.info(`No comment: ${outcome.reason}`)
  } else if (outcome.kind !== 'failed') {
    // A failure is said once, by setFailed at the end of the run.
    core.info(
      `Comment ${outcome.kind}: ${outcome.url}${outcome.duplicatesDeleted ? ` (${outcome.duplicatesDeleted} duplicate deleted)` : ''}`,
    )
  }
  return outcome
}

function summaryTail(outcome: CommentOutcome | undefined): string {
  if (outcome && 'url' in outcome) return `\n[The pull request comment](${outcome.url})\n`
  if (outcome?.kind === 'refused') return `\nThis run may not comment on the pull request: see ${FORK_PATTERN_DOC}.\n`
  if (outcome?.kind === 'failed')
    return `\n**The pull request comment could not be written**: ${mdText(outcome.message)}${outcome.status ? ` (HTTP ${outcome.status})` : ''}.\n`
  return ''
}

/** The first half of the fork pattern: leave the report where a workflow_run run with a writing token finds it; whether it was left. */
async function leaveForkReport(
  ctx: ActionContext,
  pr: PullRequestRef,
  report: RenderedComment & { hasImpact: boolean; outputs: CountOutputs; risk: Risk },
): Promise<boolean> {
  const { workingDirectory } = ctx.inputs
  const name = forkArtifactName(workingDirectory)
  if (!ctx.env.hasArtifactService) {
    core.warning(`No artifact service in this run (ACTIONS_RUNTIME_TOKEN is not set): the report artifact ${name} was not uploaded.`)
    return false
  }
  try {
    await uploadForkReport(ctx.env.runnerTemp, {
      schema: FORK_REPORT_SCHEMA,
      headSha: pr.headSha,
      workingDirectory,
      body: report.body,
      fingerprint: report.fingerprint,
      hasImpact: report.hasImpact,
      outputs: report.outputs,
      risk: report.risk,
    })
    core.info(`Report uploaded as the artifact ${name} for the workflow_run run to post.`)
    return true
  } catch (error) {
    // The report is already in the job summary: a failed upload loses the comment, not the result.
    core.warning(`The report artifact ${name} could not be uploaded: ${messageOf(error)}`)
    return false
  }
}
