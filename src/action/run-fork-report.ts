import * as core from '@actions/core'
import { parseCodeowners } from '../report/codeowners.js'
import { commentMarker } from '../report/comment.js'
import { ownersOf } from '../report/owners.js'
import { repoOf, type ActionContext } from './action-context.js'
import { baseCodeowners } from './base-codeowners.js'
import { prChangedFiles } from './changed-files.js'
import { commentFailure, tellReplaced, upsertComment } from './comment.js'
import { downloadForkReport, NoForkReportError, UntrustedReportError } from './fork-report.js'
import { failOnRisk } from './gate.js'
import { listOf } from './github-answer.js'
import { messageOf } from './message-of.js'
import type { GitHub } from './octokit.js'
import { setOutputs } from './outputs.js'
import { isListedPullRequest, toPullRequestRef, type PullRequestRef } from './pull-request.js'
import { requestOwnerReviews } from './reviewers.js'
import { writeSummary } from './summary.js'
import type { Target } from './target.js'

/**
 * The second half of the fork pattern, in a workflow_run run that may write but checks out no fork
 * code: find the PR by the run's head SHA (workflow_run.pull_requests is empty for forks), fetch the
 * report artifact, check it as untrusted input, and post it.
 */
export async function runForkReport(ctx: ActionContext, target: Extract<Target, { kind: 'fork-report' }>): Promise<void> {
  const stop = async (reason: string, level: 'notice' | 'warning') => {
    core[level](`Blast radius: ${reason}`)
    await writeSummary(`### Blast radius\n\nNothing posted: ${reason}.\n`)
    setOutputs(undefined, {})
  }
  const { github, inputs } = ctx
  if (!github) return stop('posting a report from a fork needs a github-token', 'warning')
  const pr = await pullRequestOfHead(github, ctx, target)
  if (!pr) return stop(`no open pull request has the head ${target.headSha.slice(0, 7)}`, 'notice')

  let report
  try {
    report = await downloadForkReport(
      github,
      { ...repoOf(ctx), runId: target.runId },
      { headSha: pr.headSha, workingDirectory: inputs.workingDirectory },
    )
  } catch (error) {
    if (error instanceof UntrustedReportError)
      return stop(`the report artifact of run ${target.runId} was refused: ${error.message}`, 'warning')
    // A same-repository PR comments from its own run and leaves no artifact: nothing to do then.
    if (error instanceof NoForkReportError) return stop(`${error.message} (only runs that may not comment do)`, 'notice')
    throw error
  }

  const marker = commentMarker(inputs.workingDirectory)
  const body = `${marker}\n${report.body.trim()}\n\n<sub>Computed by workflow run ${target.runId} on ${pr.headSha.slice(0, 7)}, posted by a workflow_run run.</sub>\n`
  const outcome = await upsertComment(
    github,
    { ...repoOf(ctx), number: pr.number },
    {
      marker,
      render: () => ({ body, fingerprint: report.fingerprint }),
      mode: inputs.commentMode,
      hideOutdated: inputs.hideOutdated,
      hasImpact: report.hasImpact,
    },
  )
  tellReplaced(outcome)
  if (outcome.kind === 'refused')
    core.warning(`The token may not comment on #${pr.number}: ${outcome.message}. The workflow_run workflow needs pull-requests: write.`)
  await writeSummary(body)
  if (inputs.requestReviewers) await requestBaseOwners(ctx, github, pr, report.outputs.affectedFiles)
  setOutputs(report.outputs, { commentUrl: 'url' in outcome ? outcome.url : undefined })
  if (outcome.kind === 'failed') core.setFailed(commentFailure(pr.number, outcome))
  // The gate of the fork's change, with this workflow's fail-on: the fork's run only left the report.
  if (report.risk) failOnRisk(ctx, report.risk)
  else if (inputs.failOn !== 'never')
    core.warning(
      `fail-on ${inputs.failOn}: the report of run ${target.runId} states no risk (an older release made it), so no gate was applied`,
    )
}

/**
 * `request-reviewers` for a fork's pull request: the owners, by the default branch's CODEOWNERS (which
 * the pull request cannot change), of the files GitHub lists as changed and of the affected files
 * the report names. The report is the fork's: it can only choose among people that file names.
 */
async function requestBaseOwners(ctx: ActionContext, github: GitHub, pr: PullRequestRef, affected: readonly string[]): Promise<void> {
  let file
  try {
    file = await baseCodeowners(github, repoOf(ctx))
  } catch (error) {
    core.warning(`request-reviewers: the repository's CODEOWNERS could not be read, so no review was requested: ${messageOf(error)}`)
    return
  }
  if (!file) {
    core.info('request-reviewers: the default branch has no CODEOWNERS file (.github/, the root or docs/), so no review was requested')
    return
  }
  const folder = ctx.inputs.workingDirectory === '.' ? '' : `${ctx.inputs.workingDirectory}/`
  const { files } = await prChangedFiles(github, repoOf(ctx), pr, ctx.env.workspace)
  const changed = files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])])
  const inFolder = changed.filter((path) => path.startsWith(folder)).map((path) => path.slice(folder.length))
  await requestOwnerReviews(github, { ...repoOf(ctx), number: pr.number }, ownersOf(parseCodeowners(file), inFolder, affected, folder))
}

/** The open PR whose head is `headSha`; for a fork's branch the commit lookup may miss it, so its head branch is tried too. */
async function pullRequestOfHead(
  github: GitHub,
  ctx: ActionContext,
  target: Extract<Target, { kind: 'fork-report' }>,
): Promise<PullRequestRef | undefined> {
  const repo = repoOf(ctx)
  const isHead = (pr: { state: string; head: { sha: string } }) => pr.state === 'open' && pr.head.sha === target.headSha
  const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: target.headSha })
  let found = listOf(data, `the pull requests of ${target.headSha.slice(0, 7)}`, isListedPullRequest).find(isHead)
  if (!found && target.headOwner && target.headBranch) {
    const open = await github.rest.pulls.list({ ...repo, state: 'open', head: `${target.headOwner}:${target.headBranch}`, per_page: 100 })
    found = listOf(open.data, `the open pull requests of ${target.headOwner}:${target.headBranch}`, isListedPullRequest).find(isHead)
  }
  return found ? toPullRequestRef(found) : undefined
}
