import { InputError, type ActionInputs } from './inputs.js'
import { at, integerAt, stringAt } from './json-fields.js'
import { httpStatus, type GitHub } from './octokit.js'
import { toPullRequestRef, type PullRequestRef } from './pull-request.js'
import type { RunnerEnv } from './runner-env.js'

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
  | { readonly kind: 'fork-report'; readonly runId: number; readonly headSha: string; readonly headOwner?: string; readonly headBranch?: string }
  /** Nothing to analyse: `reason` says why, for the notice and the job summary. */
  | { readonly kind: 'nothing'; readonly reason: string }

export async function resolveTarget(env: RunnerEnv, inputs: ActionInputs, github: GitHub | undefined): Promise<Target> {
  const { eventName, payload } = env
  const prNumber = inputs.prNumber ?? dispatchPrNumber(env)
  if (prNumber !== undefined) {
    if (!github) return { kind: 'nothing', reason: `pull request #${prNumber} cannot be read without a github-token` }
    const pr = await getPullRequest(github, env, prNumber)
    // On its own pull_request run, the merge commit GitHub checks out is the PR's code too.
    const ownMerge = eventName === 'pull_request' && integerAt(payload, 'pull_request', 'number') === prNumber
    return { kind: 'pull-request', pr, accepted: ownMerge ? [pr.headSha, env.sha] : [pr.headSha] }
  }
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const action = stringAt(payload, 'action') ?? ''
      if (!(PR_ACTIONS as readonly string[]).includes(action)) {
        return { kind: 'nothing', reason: `${eventName} '${action}' does not change the code; nothing to report (runs on ${PR_ACTIONS.join(', ')})` }
      }
      const pr = toPullRequestRef(at(payload, 'pull_request'))
      return { kind: 'pull-request', pr, accepted: eventName === 'pull_request' ? [pr.headSha, env.sha] : [pr.headSha] }
    }
    case 'push':
      return pushTarget(env, github)
    case 'workflow_dispatch':
      return { kind: 'nothing', reason: 'workflow_dispatch needs the pr-number input to know which pull request to analyse' }
    case 'workflow_run':
      return forkReportTarget(payload)
    default:
      return { kind: 'nothing', reason: `the ${eventName || 'unknown'} event names no pull request; run on pull_request, push or workflow_dispatch with pr-number` }
  }
}

/** A workflow_dispatch run may name the PR as a workflow input of the same name. */
function dispatchPrNumber(env: RunnerEnv): number | undefined {
  if (env.eventName !== 'workflow_dispatch') return undefined
  const raw = String(at(env.payload, 'inputs', 'pr-number') ?? '').trim()
  return /^[1-9]\d*$/.test(raw) ? Number(raw) : undefined
}

async function pushTarget(env: RunnerEnv, github: GitHub | undefined): Promise<Target> {
  const after = stringAt(env.payload, 'after') || env.sha
  if (!after || NO_COMMIT.test(after)) return { kind: 'nothing', reason: 'the push deleted its branch or tag' }
  const beforeRaw = stringAt(env.payload, 'before')
  const before = beforeRaw && !NO_COMMIT.test(beforeRaw) ? beforeRaw : undefined
  if (!github) return { kind: 'push', before, after }
  let data
  try {
    ;({ data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ owner: env.owner, repo: env.repo, commit_sha: after }))
  } catch (error) {
    // Which PR the push belongs to is unknown, but the pushed range still has a report to give.
    return { kind: 'push', before, after, note: `GitHub did not say which pull request has this commit (${(error as Error).message}): this report of the pushed range is in the job summary only.` }
  }
  const open = data.filter((pr) => pr.state === 'open')
  const chosen = open.find((pr) => pr.head.sha === after) ?? open[0]
  if (!chosen) return { kind: 'push', before, after }
  // The list gives the short form; the full one carries changed_files, which tells when listFiles is cut off.
  const pr = await getPullRequest(github, env, chosen.number)
  return { kind: 'pull-request', pr, accepted: [pr.headSha, after] }
}

async function getPullRequest(github: GitHub, env: RunnerEnv, number: number): Promise<PullRequestRef> {
  try {
    return toPullRequestRef((await github.rest.pulls.get({ owner: env.owner, repo: env.repo, pull_number: number })).data)
  } catch (error) {
    if (httpStatus(error) === 404) throw new InputError(`pr-number: ${env.owner}/${env.repo} has no pull request #${number} (or the token cannot see it)`)
    throw error
  }
}

function forkReportTarget(payload: Readonly<Record<string, unknown>>): Target {
  const run = at(payload, 'workflow_run')
  const runId = integerAt(run, 'id')
  const headSha = stringAt(run, 'head_sha')
  const event = stringAt(run, 'event')
  if (runId === undefined || !headSha) return { kind: 'nothing', reason: 'the workflow_run event carries no run id or head SHA' }
  if (event !== 'pull_request') {
    return { kind: 'nothing', reason: `workflow_run of a '${event}' run: only pull_request runs leave a report to post` }
  }
  if (stringAt(run, 'conclusion') !== 'success') {
    return { kind: 'nothing', reason: `the pull_request run ended '${stringAt(run, 'conclusion') ?? 'unfinished'}': no report to post` }
  }
  return { kind: 'fork-report', runId, headSha, headOwner: stringAt(run, 'head_repository', 'owner', 'login'), headBranch: stringAt(run, 'head_branch') }
}
