import { ArtifactNotFoundError } from '@actions/artifact'
import * as core from '@actions/core'
import { commentMarker } from '../report/comment.js'
import { commentFailure, upsertComment } from './comment.js'
import { downloadForkReport, forkArtifactName, UntrustedReportError } from './fork-report.js'
import type { ActionInputs } from './inputs.js'
import type { GitHub } from './octokit.js'
import { setOutputs } from './outputs.js'
import { toPullRequestRef, type PullRequestRef } from './pull-request.js'
import type { RunnerEnv } from './runner-env.js'
import { writeSummary } from './summary.js'
import type { Target } from './target.js'

/**
 * The second half of the fork pattern, in a workflow_run run that may write but checks out no fork
 * code: find the PR by the run's head SHA (workflow_run.pull_requests is empty for forks), fetch the
 * report artifact, check it as untrusted input, and post it.
 */
export async function postForkReport(
  env: RunnerEnv,
  inputs: ActionInputs,
  github: GitHub | undefined,
  target: Extract<Target, { kind: 'fork-report' }>,
): Promise<void> {
  const stop = async (reason: string, level: 'notice' | 'warning') => {
    core[level](`Blast radius: ${reason}`)
    await writeSummary(`### Blast radius\n\nNothing posted: ${reason}.\n`)
    setOutputs(undefined, {})
  }
  if (!github) return stop('posting a report from a fork needs a github-token', 'warning')
  const pr = await pullRequestOfHead(github, env, target)
  if (!pr) return stop(`no open pull request has the head ${target.headSha.slice(0, 7)}`, 'notice')

  let report
  try {
    report = await downloadForkReport(
      env.runnerTemp,
      { token: inputs.token, owner: env.owner, repo: env.repo, runId: target.runId },
      { headSha: pr.headSha, workingDirectory: inputs.workingDirectory },
    )
  } catch (error) {
    if (error instanceof UntrustedReportError) return stop(`the report artifact of run ${target.runId} was refused: ${error.message}`, 'warning')
    // A same-repository PR comments from its own run and leaves no artifact: nothing to do then.
    if (error instanceof ArtifactNotFoundError) {
      return stop(`run ${target.runId} left no ${forkArtifactName(inputs.workingDirectory)} artifact (only runs that may not comment do)`, 'notice')
    }
    throw error
  }

  const marker = commentMarker(inputs.workingDirectory)
  const body = `${marker}\n${report.body.trim()}\n\n<sub>Computed by workflow run ${target.runId} on ${pr.headSha.slice(0, 7)}, posted by a workflow_run run.</sub>\n`
  const outcome = await upsertComment(
    github,
    { owner: env.owner, repo: env.repo, number: pr.number },
    { marker, body, fingerprint: report.fingerprint, mode: inputs.commentMode, hasImpact: report.outputs.affectedCount > 0 },
  )
  if (outcome.kind === 'refused') core.warning(`The token may not comment on #${pr.number}: ${outcome.message}. The workflow_run workflow needs pull-requests: write.`)
  await writeSummary(body)
  setOutputs(report.outputs, { commentUrl: 'url' in outcome ? outcome.url : undefined })
  if (outcome.kind === 'failed') core.setFailed(commentFailure(pr.number, outcome))
}

/** The open PR whose head is `headSha`; for a fork's branch the commit lookup may miss it, so its head branch is tried too. */
async function pullRequestOfHead(
  github: GitHub,
  env: RunnerEnv,
  target: Extract<Target, { kind: 'fork-report' }>,
): Promise<PullRequestRef | undefined> {
  const repo = { owner: env.owner, repo: env.repo }
  const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: target.headSha })
  let found = data.find((pr) => pr.state === 'open' && pr.head.sha === target.headSha)
  if (!found && target.headOwner && target.headBranch) {
    const open = await github.rest.pulls.list({ ...repo, state: 'open', head: `${target.headOwner}:${target.headBranch}`, per_page: 100 })
    found = open.data.find((pr) => pr.head.sha === target.headSha)
  }
  return found ? toPullRequestRef(found) : undefined
}
