import { httpStatus } from '../core/http-status.js'
import { repoOf, type ActionContext } from './action-context.js'
import { GitHubAnswerError, listOf } from './github-answer.js'
import { InputError, isPrNumber } from './inputs.js'
import { at, integerAt, stringAt } from './json-fields.js'
import { messageOf } from './message-of.js'
import type { GitHub } from './octokit.js'
import { isCommitSha, isListedPullRequest, toPullRequestRef, type PullRequestRef } from './pull-request.js'
import { RunnerEnvError } from './runner-env.js'

/** The pull_request activity types that change the PR's code or bring it back into view. */
export const PR_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'] as const

const NO_COMMIT = /^0+$/

/** What this run reports on, decided from the event. */
export type Target =
  /** A pull request: its changed files, a comment on it. `accepted` are the commits that count as its code. */
  | { readonly kind: 'pull-request'; readonly pr: PullRequestRef; readonly accepted: readonly string[] }
  /** A push with no open pull request: the pushed range, reported in the job summary only. */
  | { readonly kind: 'push'; readonly before?: string; readonly after: string; readonly note?: string }
  /** The second half of the fork pattern: post the report a fork's pull_request run left as an artifact. */
  | {
      readonly kind: 'fork-report'
      readonly runId: number
      readonly headSha: string
      readonly headOwner?: string
      readonly headBranch?: string
    }
  /** Nothing to analyse: `reason` says why, for the notice and the job summary. */
  | { readonly kind: 'nothing'; readonly reason: string }

export async function resolveTarget(ctx: ActionContext): Promise<Target> {
  const { env, github } = ctx
  const { eventName, payload } = env
  const prNumber = ctx.inputs.prNumber ?? dispatchPrNumber(ctx)
  if (prNumber !== undefined) {
    if (!github) return { kind: 'nothing', reason: `pull request #${prNumber} cannot be read without a github-token` }
    const pr = await getPullRequest(github, ctx, prNumber)
    // On its own pull_request run, the merge commit GitHub checks out is the PR's code too.
    const ownMerge = eventName === 'pull_request' && integerAt(payload, 'pull_request', 'number') === prNumber
    return { kind: 'pull-request', pr, accepted: ownMerge ? [pr.headSha, env.sha] : [pr.headSha] }
  }
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const action = stringAt(payload, 'action') ?? ''
      if (!(PR_ACTIONS as readonly string[]).includes(action)) {
        return {
          kind: 'nothing',
          reason: `${eventName} '${action}' does not change the code; nothing to report (runs on ${PR_ACTIONS.join(', ')})`,
        }
      }
      const pr = toPullRequestRef(at(payload, 'pull_request'))
      if (!pr)
        throw new RunnerEnvError(`the ${eventName} event holds no pull request with a number and the commit ids of its head and base`)
      return { kind: 'pull-request', pr, accepted: eventName === 'pull_request' ? [pr.headSha, env.sha] : [pr.headSha] }
    }
    case 'push':
      return pushTarget(ctx)
    case 'workflow_dispatch':
      return { kind: 'nothing', reason: 'workflow_dispatch needs the pr-number input to know which pull request to analyse' }
    case 'workflow_run':
      return forkReportTarget(payload)
    default:
      return {
        kind: 'nothing',
        reason: `the ${eventName || 'unknown'} event names no pull request; run on pull_request, push or workflow_dispatch with pr-number`,
      }
  }
}

/** A workflow_dispatch run may name the PR as a workflow input of the same name; one that names no PR is refused like the action's input. */
function dispatchPrNumber(ctx: ActionContext): number | undefined {
  if (ctx.env.eventName !== 'workflow_dispatch') return undefined
  const given = at(ctx.env.payload, 'inputs', 'pr-number')
  const raw = typeof given === 'string' || typeof given === 'number' ? String(given).trim() : ''
  if (!raw) return undefined
  if (!isPrNumber(raw)) throw new InputError(`pr-number (workflow_dispatch input): expected a pull request number, got '${raw}'`)
  return Number(raw)
}

async function pushTarget(ctx: ActionContext): Promise<Target> {
  const { env, github } = ctx
  const after = stringAt(env.payload, 'after') || env.sha
  if (!after || NO_COMMIT.test(after)) return { kind: 'nothing', reason: 'the push deleted its branch or tag' }
  if (!isCommitSha(after)) throw new RunnerEnvError('the push event names a pushed commit that is not a commit id')
  const beforeRaw = stringAt(env.payload, 'before')
  if (beforeRaw !== undefined && !NO_COMMIT.test(beforeRaw) && !isCommitSha(beforeRaw)) {
    throw new RunnerEnvError('the push event names an earlier commit that is not a commit id')
  }
  const before = beforeRaw && !NO_COMMIT.test(beforeRaw) ? beforeRaw : undefined
  if (!github) return { kind: 'push', before, after }
  let open
  try {
    const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ ...repoOf(ctx), commit_sha: after })
    open = listOf(data, `the pull requests of ${after.slice(0, 7)}`, isListedPullRequest).filter((pr) => pr.state === 'open')
  } catch (error) {
    // Which PR the push belongs to is unknown, but the pushed range still has a report to give.
    return {
      kind: 'push',
      before,
      after,
      note: `GitHub did not say which pull request has this commit (${messageOf(error)}): this report of the pushed range is in the job summary only.`,
    }
  }
  // Only a PR whose head is this very commit: a PR that merely contains it has other code, and its own comment.
  const chosen = open.find((pr) => pr.head.sha === after)
  if (!chosen) return { kind: 'push', before, after }
  // The list gives the short form; the full one carries changed_files, which tells when listFiles is cut off.
  const pr = await getPullRequest(github, ctx, chosen.number)
  return { kind: 'pull-request', pr, accepted: [pr.headSha, after] }
}

async function getPullRequest(github: GitHub, ctx: ActionContext, number: number): Promise<PullRequestRef> {
  const { owner, repo } = repoOf(ctx)
  let data: unknown
  try {
    ;({ data } = await github.rest.pulls.get({ owner, repo, pull_number: number }))
  } catch (error) {
    if (httpStatus(error) === 404)
      throw new InputError(`pr-number: ${owner}/${repo} has no pull request #${number} (or the token cannot see it)`)
    throw error
  }
  const pr = toPullRequestRef(data)
  if (!pr || pr.number !== number) throw new GitHubAnswerError(`GitHub's answer for pull request #${number} is not that pull request`)
  return pr
}

function forkReportTarget(payload: Readonly<Record<string, unknown>>): Target {
  const run = at(payload, 'workflow_run')
  const runId = integerAt(run, 'id')
  const headSha = stringAt(run, 'head_sha')
  const event = stringAt(run, 'event')
  if (runId === undefined || !isCommitSha(headSha))
    return { kind: 'nothing', reason: 'the workflow_run event carries no run id or head commit id' }
  if (event !== 'pull_request') {
    return { kind: 'nothing', reason: `workflow_run of a '${event}' run: only pull_request runs leave a report to post` }
  }
  if (stringAt(run, 'conclusion') !== 'success') {
    return { kind: 'nothing', reason: `the pull_request run ended '${stringAt(run, 'conclusion') ?? 'unfinished'}': no report to post` }
  }
  return {
    kind: 'fork-report',
    runId,
    headSha,
    headOwner: stringAt(run, 'head_repository', 'owner', 'login'),
    headBranch: stringAt(run, 'head_branch'),
  }
}
