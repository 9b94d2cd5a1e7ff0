import * as core from '@actions/core'
import { httpStatus } from '../core/http-status.js'
import { reviewerRequest, type Owner } from '../report/owners.js'
import { collectPages, GitHubAnswerError } from './github-answer.js'
import type { IssueRef } from './comment.js'
import { at, stringAt } from './json-fields.js'
import { messageOf } from './message-of.js'
import { isPermissionRefusal, type GitHub } from './octokit.js'

/** A pull request's reviews fill pages slowly; past these the list is taken for a loop. */
const MAX_REVIEW_PAGES = 30

/** What became of `request-reviewers`, for the log and the tests. */
export interface ReviewRequestOutcome {
  /** Logins and team slugs GitHub accepted. */
  readonly requested: readonly string[]
  /** Those GitHub refused (422: not a collaborator, say), each with its message. */
  readonly refused: readonly { readonly name: string; readonly message: string }[]
}

/**
 * Asks the code owners of the change for a review: users as `reviewers`, teams as `team_reviewers`,
 * skipping the author, anyone already requested and anyone who has already reviewed (a re-run must not
 * ask again). A review request is an extra: GitHub's refusals and failures are warnings, never a
 * failed step. When GitHub refuses the whole request (422, one owner is not a collaborator), each is
 * asked alone, so the others still get it.
 */
export async function requestOwnerReviews(github: GitHub, pr: IssueRef, owners: readonly Owner[]): Promise<ReviewRequestOutcome> {
  const none: ReviewRequestOutcome = { requested: [], refused: [] }
  const ref = { owner: pr.owner, repo: pr.repo, pull_number: pr.number }
  let ask: ReturnType<typeof reviewerRequest>
  try {
    // Fresh from GitHub: the event's payload predates reviews given since.
    const { data } = await github.rest.pulls.get(ref)
    const author = stringAt(data, 'user', 'login')
    const requested = [...names(at(data, 'requested_reviewers'), 'login'), ...names(at(data, 'requested_teams'), 'slug')]
    const reviews = await collectPages(
      github.paginate.iterator(github.rest.pulls.listReviews, { ...ref, per_page: 100 }),
      `the reviews of #${pr.number}`,
      (item): item is unknown => typeof item === 'object' && item !== null,
      MAX_REVIEW_PAGES,
    )
    const reviewed = reviews.flatMap((review) => stringAt(review, 'user', 'login') ?? [])
    ask = reviewerRequest(owners, author, [...requested, ...reviewed])
  } catch (error) {
    core.warning(`request-reviewers: could not read #${pr.number}'s reviewers, so none was requested: ${messageOf(error)}`)
    return none
  }
  if (!ask.reviewers.length && !ask.teamReviewers.length) {
    core.info('request-reviewers: every code owner of the change is the author, already requested or has reviewed')
    return none
  }
  const all = [...ask.reviewers.map((name) => ({ name, team: false })), ...ask.teamReviewers.map((name) => ({ name, team: true }))]
  const first = await tryRequest(github, ref, ask.reviewers, ask.teamReviewers)
  if (first === undefined) return report({ requested: all.map((a) => a.name), refused: [] })
  if (first.status !== 422 || all.length === 1)
    return report({ requested: [], refused: [{ name: all.map((a) => a.name).join(', '), message: first.message }] })
  const outcome: { requested: string[]; refused: { name: string; message: string }[] } = { requested: [], refused: [] }
  for (const { name, team } of all) {
    const failed = await tryRequest(github, ref, team ? [] : [name], team ? [name] : [])
    if (failed) outcome.refused.push({ name, message: failed.message })
    else outcome.requested.push(name)
  }
  return report(outcome)
}

/** One request; undefined when GitHub took it, else what it said. */
async function tryRequest(
  github: GitHub,
  ref: { owner: string; repo: string; pull_number: number },
  reviewers: readonly string[],
  teamReviewers: readonly string[],
): Promise<{ status?: number; message: string } | undefined> {
  try {
    await github.rest.pulls.requestReviewers({
      ...ref,
      ...(reviewers.length && { reviewers: [...reviewers] }),
      ...(teamReviewers.length && { team_reviewers: [...teamReviewers] }),
    })
    return undefined
  } catch (error) {
    const status = httpStatus(error)
    const why = isPermissionRefusal(error) ? ' (a read-only token, as a fork gets, may not request reviews)' : ''
    return { status, message: `${messageOf(error)}${status === undefined ? '' : ` (HTTP ${status})`}${why}` }
  }
}

function report(outcome: ReviewRequestOutcome): ReviewRequestOutcome {
  if (outcome.requested.length) core.info(`request-reviewers: requested ${outcome.requested.join(', ')}`)
  for (const { name, message } of outcome.refused)
    core.warning(`request-reviewers: GitHub refused a review request for ${name}: ${message}`)
  return outcome
}

/** The `key` of each entry of a list in GitHub's answer (logins, slugs); an answer that is not a list is malformed. */
function names(list: unknown, key: string): string[] {
  if (list === undefined || list === null) return []
  if (!Array.isArray(list)) throw new GitHubAnswerError(`GitHub's list of requested reviewers is not a list`)
  return list.flatMap((entry) => stringAt(entry, key) ?? [])
}
