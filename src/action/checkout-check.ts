import * as core from '@actions/core'
import { checkedOutCommit } from './git.js'
import type { PullRequestRef } from './pull-request.js'

/**
 * The commit being analysed, and a note for the report when it may not be the PR's code: a
 * workflow_dispatch run checks out the default branch unless told otherwise, pull_request_target
 * the base branch.
 */
export async function checkCheckout(
  dir: string,
  pr: PullRequestRef,
  accepted: readonly string[],
): Promise<{ head?: string; note?: string }> {
  const head = await checkedOutCommit(dir)
  if (head === undefined) {
    return {
      note: `The workspace is not a git checkout, so it cannot be confirmed that it holds the head of #${pr.number} (${pr.headSha.slice(0, 7)}).`,
    }
  }
  if (accepted.includes(head)) return { head }
  const note =
    `The checked-out commit ${head.slice(0, 7)} is not the head of #${pr.number} (${pr.headSha.slice(0, 7)}): ` +
    `the graph is that of the checked-out tree. Check out the pull request's head (ref: refs/pull/${pr.number}/head) for its own figures.`
  core.warning(note)
  return { head, note }
}
